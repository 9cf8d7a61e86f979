"""A private PostgreSQL 15 cluster for the stack (own data dir and port).

initdb refuses to run as root, so when started by root the cluster is owned by
and runs as the unprivileged `postgres` user.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

from settings import Settings

DATABASES = ("medusa", "payload")
_PG_BIN_DIRS = ("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin")


class MissingPostgres(RuntimeError):
    pass


def bin_path(tool: str) -> str:
    found = shutil.which(tool)
    if found:
        return found
    for folder in _PG_BIN_DIRS:
        candidate = Path(folder) / tool
        if candidate.exists():
            return str(candidate)
    raise MissingPostgres(
        "PostgreSQL 15 server binaries are missing (initdb, pg_ctl, postgres).\n"
        "Install them with:  apt-get update && "
        "apt-get install -y postgresql-15 postgresql-client-15"
    )


def _as_owner(argv: list[str], check: bool = True) -> subprocess.CompletedProcess[str]:
    if os.geteuid() == 0:
        argv = ["runuser", "-u", "postgres", "--", *argv]
    return subprocess.run(argv, check=check, capture_output=True, text=True)


def _dirs(settings: Settings) -> tuple[Path, Path, Path]:
    root = settings.pg_root
    return root / "data", root / "sock", root / "postgres.log"


def url(settings: Settings, database: str) -> str:
    return f"postgres://postgres@127.0.0.1:{settings.pg_port}/{database}"


# sun_path holds 108 bytes with the final NUL; PostgreSQL skips a longer socket path.
_SOCKET_PATH_MAX = 107


def socket_url(settings: Settings, database: str) -> str:
    """The same database over the cluster's Unix socket, for servers on this machine.

    Payload sends ~10 queries per document update; over loopback TCP the socket
    writes alone took a fifth of its CPU (node --cpu-prof), over the Unix socket
    a third of that. node-postgres reads the socket folder from ``host``.
    """
    _, sock, _ = _dirs(settings)
    if len(os.fsencode(sock / f".s.PGSQL.{settings.pg_port}")) > _SOCKET_PATH_MAX:
        return url(settings, database)  # PostgreSQL made no socket there: TCP it is
    return (f"postgres://postgres@localhost:{settings.pg_port}/{database}"
            f"?host={quote(str(sock), safe='/')}")


def ensure_running(settings: Settings) -> None:
    for tool in ("initdb", "pg_ctl", "psql"):
        bin_path(tool)
    data, sock, log = _dirs(settings)
    if not (data / "PG_VERSION").exists():
        _init(data, sock, log)
    if not is_running(settings):
        opts = f"-p {settings.pg_port} -k {sock} -c listen_addresses=127.0.0.1"
        _as_owner([bin_path("pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts, "-w", "start"])
    for db in DATABASES:
        _create_database(settings, db)


def _init(data: Path, sock: Path, log: Path) -> None:
    for folder in (data.parent, data, sock):
        folder.mkdir(parents=True, exist_ok=True)
    log.touch()
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        for path in (data.parent, data, sock, log):
            os.chown(path, user.pw_uid, user.pw_gid)
    data.chmod(0o700)
    _as_owner(
        [
            bin_path("initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ]
    )


def is_running(settings: Settings) -> bool:
    data, _, _ = _dirs(settings)
    if not (data / "PG_VERSION").exists():
        return False
    return _as_owner([bin_path("pg_ctl"), "-D", str(data), "status"], check=False).returncode == 0


def _psql(settings: Settings, sql: str) -> str:
    out = subprocess.run(
        [
            bin_path("psql"),
            "-h",
            "127.0.0.1",
            "-p",
            str(settings.pg_port),
            "-U",
            "postgres",
            "-d",
            "postgres",
            "-tAc",
            sql,
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip()


def _create_database(settings: Settings, name: str) -> None:
    if _psql(settings, f"select 1 from pg_database where datname = '{name}'") != "1":
        _psql(settings, f'create database "{name}"')


def stop(settings: Settings) -> None:
    data, _, _ = _dirs(settings)
    if is_running(settings):
        _as_owner([bin_path("pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"])


def wipe(settings: Settings) -> None:
    stop(settings)
    shutil.rmtree(settings.pg_root, ignore_errors=True)
