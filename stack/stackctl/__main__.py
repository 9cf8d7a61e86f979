"""stackctl: bring the local Medusa + Payload + PostgreSQL stack up, down, or report on it.

Run as `stack/up`, `stack/down`, `stack/status`, `stack/reset` (thin wrappers).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import sys
import time
from typing import Any

import medusa_service
import nodeproj
import payload_service
import postgres
import processes
import seed
import settings as settings_mod
import state
import web
from settings import Settings

SERVICES = {"payload": payload_service, "medusa": medusa_service}


def _log(quiet: bool):
    def log(message: str) -> None:
        if not quiet:
            print(f"[stack] {message}", flush=True)

    return log


def _port_taken(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def _ensure_service(
    name: str, s: Settings, st: dict[str, Any], wanted: dict[str, bool], log
) -> None:
    """Start `name`, or restart it when unhealthy, rebuilt, or a switch in `wanted` differs."""
    svc = SERVICES[name]
    pids = st.setdefault("pids", {})
    flags = st.setdefault("flags", {})
    pid = pids.get(name)
    ours = processes.is_ours(pid, name, s.state_dir)
    builds = st.setdefault("builds", {})
    running = {key: flags.get(key, False) for key in wanted}
    healthy = ours and web.is_up(svc.health_url(s, running), timeout=5)
    current = running == wanted and builds.get(name) == svc.build_id(wanted)
    if healthy and current:
        return
    switches = ", ".join(f"{key}={'on' if on else 'off'}" for key, on in wanted.items())
    if ours:
        why = "unhealthy" if not healthy else "new build or switch"
        log(f"restarting {name} ({why}; {switches})…")
        processes.stop(pid)
    port = s.medusa_port if name == "medusa" else s.payload_port
    if _port_taken(s.host, port):
        raise RuntimeError(
            f"port {port} is already used by a process this stack did not start; "
            f"stop it or choose another port with STACK_{name.upper()}_PORT"
        )
    log(f"starting {name} on port {port}…")
    started = time.monotonic()
    pids[name] = svc.start(s, st, **wanted)
    flags.update(wanted)
    builds[name] = svc.build_id(wanted)
    log(f"{name} healthy after {time.monotonic() - started:.1f}s")


def _record_urls(s: Settings, st: dict[str, Any]) -> None:
    st["medusa"]["url"] = s.medusa_url
    st["payload"]["url"] = s.payload_url
    st["postgres"] = {
        "port": s.pg_port,
        "data_dir": str(s.pg_root / "data"),
        "medusa_url": postgres.url(s, "medusa"),
        "payload_url": postgres.url(s, "payload"),
    }


def _use_editorial(args: argparse.Namespace) -> None:
    """``--editorial`` means STACK_EDITORIAL=1: its own state dir and ports (settings.py)."""
    if getattr(args, "editorial", False):
        os.environ[settings_mod.EDITORIAL_ENV] = "1"


def _check_configuration(s: Settings, st: dict[str, Any]) -> None:
    """A stack's data was made with or without the editorial configuration: never switch it."""
    made_editorial = bool(st.get("editorial"))
    if st.get("payload", {}).get("users") and made_editorial != s.editorial:
        made = "with" if made_editorial else "without"
        raise RuntimeError(
            f"the stack in {s.state_dir} was made {made} --editorial, and its databases "
            "cannot switch (Payload's localised fields and versions are other tables). Use "
            "the editorial stack's own state (stack/up --editorial without STACK_STATE_DIR, "
            "or eval \"$(python -m tests.support.stack_env --editorial)\"), or stack/reset"
        )


def cmd_up(args: argparse.Namespace) -> int:
    _use_editorial(args)
    s = settings_mod.load()
    log = _log(args.quiet)
    started = time.monotonic()
    nodeproj.check_node()
    postgres.bin_path("initdb")
    st = state.read(s.state_file)
    _check_configuration(s, st)
    if s.editorial:
        st["editorial"] = True
    nodeproj.log_steps_to(s.log_dir / "setup.log")
    admin_ui = args.admin_ui or os.environ.get("STACK_PAYLOAD_ADMIN_UI", "").strip().lower() in (
        "1",
        "true",
        "yes",
    )
    payload_service.build(log, admin_ui, s.editorial)
    medusa_service.build(log)
    postgres.ensure_running(s)
    payload_service.ensure_secret(st)
    medusa_service.ensure_secrets(st)
    state.write(s.state_file, st)
    s.media_dir.mkdir(parents=True, exist_ok=True)
    payload_flags = {"anonymous_medusa": args.anonymous_medusa, "admin_ui": admin_ui}
    medusa_flags = {"legacy_paging": args.legacy_paging}
    if s.editorial:
        payload_flags["editorial"] = medusa_flags["editorial"] = True
    _ensure_service("payload", s, st, payload_flags, log)
    state.write(s.state_file, st)
    payload_service.bootstrap_users(s, st)
    state.write(s.state_file, st)
    medusa_service.migrate(s, st, log, s.editorial)
    state.write(s.state_file, st)
    _ensure_service("medusa", s, st, medusa_flags, log)
    medusa_service.ensure_secret_key(s, st)
    if s.editorial:
        medusa_service.ensure_locales(s, st)
    _record_urls(s, st)
    state.write(s.state_file, st)
    if not args.no_seed:
        seed.seed(s, st, args.products, log)
    admin = f" (admin UI {s.payload_url}/admin)" if admin_ui else ""
    if s.editorial:
        admin += " with the editorial configuration"
    log(
        f"stack is up in {time.monotonic() - started:.1f}s: Medusa {s.medusa_url}, "
        f"Payload {s.payload_url}{admin}; state in {s.state_file}"
    )
    return 0


def _status(s: Settings, st: dict[str, Any], with_secrets: bool) -> dict[str, Any]:
    pids = st.get("pids", {})
    flags = st.get("flags", {})
    report: dict[str, Any] = {
        "medusa": {
            "url": s.medusa_url,
            "healthy": web.is_up(medusa_service.health_url(s)),
            "pid": pids.get("medusa")
            if processes.is_ours(pids.get("medusa"), "medusa", s.state_dir)
            else None,
            "legacy_paging": flags.get("legacy_paging", False),
        },
        "payload": {
            "url": s.payload_url,
            "healthy": web.is_up(payload_service.health_url(s, flags)),
            "pid": pids.get("payload")
            if processes.is_ours(pids.get("payload"), "payload", s.state_dir)
            else None,
            "anonymous_medusa": flags.get("anonymous_medusa", False),
            "admin_ui": flags.get("admin_ui", False),
            "admin_url": f"{s.payload_url}/admin" if flags.get("admin_ui") else None,
        },
        "postgres": {"port": s.pg_port, "running": _pg_running(s)},
        "state_file": str(s.state_file),
    }
    if s.editorial:
        report["editorial"] = {
            "payload": "versions, drafts (autosave), localisation en/de/fr on products",
            "medusa": "translation module (MEDUSA_FF_TRANSLATION)",
            "medusa_locales": st.get("medusa", {}).get("locales", []),
        }
    if with_secrets and st:
        medusa = st.get("medusa", {})
        report["medusa"]["credentials"] = {
            key: medusa.get(key) for key in ("admin_email", "admin_password", "secret_key")
        }
        report["payload"]["credentials"] = st.get("payload", {}).get("users", {})
    return report


def _pg_running(s: Settings) -> bool:
    try:
        return postgres.is_running(s)
    except postgres.MissingPostgres:
        return False


def cmd_status(args: argparse.Namespace) -> int:
    _use_editorial(args)
    s = settings_mod.load()
    report = _status(s, state.read(s.state_file), args.secrets)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for name in ("medusa", "payload"):
            item = report[name]
            health = "healthy" if item["healthy"] else "down"
            admin = f" admin UI {item['admin_url']}" if item.get("admin_url") else ""
            print(f"{name:8} {item['url']:28} {health:8} pid={item['pid']}{admin}")
        print(
            f"postgres port {s.pg_port:<22} "
            f"{'running' if report['postgres']['running'] else 'down'}"
        )
        if args.secrets:
            print(
                json.dumps(
                    {n: report[n].get("credentials") for n in ("medusa", "payload")}, indent=2
                )
            )
    healthy = report["medusa"]["healthy"] and report["payload"]["healthy"]
    return 0 if healthy else 3


def cmd_down(args: argparse.Namespace) -> int:
    _use_editorial(args)
    s = settings_mod.load()
    st = state.read(s.state_file)
    log = _log(args.quiet)
    for name in ("medusa", "payload"):
        pid = st.get("pids", {}).get(name)
        if processes.is_ours(pid, name, s.state_dir):
            log(f"stopping {name} (process group {pid})…")
            processes.stop(pid)
    try:
        if postgres.is_running(s):
            log("stopping PostgreSQL…")
            postgres.stop(s)
    except postgres.MissingPostgres:
        pass
    st["pids"] = {}
    if st:
        state.write(s.state_file, st)
    return 0


def cmd_reset(args: argparse.Namespace) -> int:
    cmd_down(args)
    s = settings_mod.load()
    _log(args.quiet)("wiping the stack's data (databases, media, state)…")
    postgres.wipe(s)
    shutil.rmtree(s.state_dir, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="stack")
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("up", help="install, start, bootstrap and seed the stack (idempotent)")
    up.add_argument("--products", type=int, default=40, help="seed at least this many products")
    up.add_argument("--no-seed", action="store_true")
    up.add_argument(
        "--legacy-paging",
        action="store_true",
        help="run Medusa's sync with the official example's defective paging",
    )
    up.add_argument(
        "--anonymous-medusa",
        action="store_true",
        help="reopen Payload's anonymous ?is_from_medusa hole (for doctor tests)",
    )
    up.add_argument(
        "--admin-ui",
        action="store_true",
        help="serve Payload through Next's production server with the admin UI at /admin "
        "(builds it when the sources changed; also STACK_PAYLOAD_ADMIN_UI=1)",
    )
    up.add_argument("--quiet", action="store_true")
    up.set_defaults(func=cmd_up)
    status = sub.add_parser("status", help="report each service's URL and health")
    status.add_argument("--json", action="store_true")
    status.add_argument("--secrets", action="store_true", help="include the credentials")
    status.set_defaults(func=cmd_status)
    for name, func, text in (
        ("down", cmd_down, "stop what up started; keep the data"),
        ("reset", cmd_reset, "stop and wipe all data"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("--quiet", action="store_true")
        p.set_defaults(func=func)
    for p in (up, status, *(sub.choices[n] for n in ("down", "reset"))):
        p.add_argument(
            "--editorial",
            action="store_true",
            help="the editorial stack (also STACK_EDITORIAL=1): Payload versions, drafts and "
            "localisation on products, Medusa's translation module; by default its own state "
            "(stack/.state-editorial) and ports 9300/8300/54359",
        )
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (nodeproj.MissingNode, postgres.MissingPostgres) as err:
        print(f"stack: {err}", file=sys.stderr)
        return 2
    except (RuntimeError, web.HttpError) as err:
        print(f"stack: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
