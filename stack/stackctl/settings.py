"""Where the stack lives and which ports it uses; every value is overridable by env."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

STACK_DIR = Path(__file__).resolve().parent.parent
MEDUSA_DIR = STACK_DIR / "medusa"
PAYLOAD_DIR = STACK_DIR / "payload"

# The opt-in editorial configuration (`--editorial` or STACK_EDITORIAL=1): Payload versions,
# drafts and localisation on products, Medusa's translation module. Its data cannot be shared
# with a stack made without it, so by default it lives beside the others with its own ports.
EDITORIAL_ENV = "STACK_EDITORIAL"
EDITORIAL_DEFAULTS = {
    "STACK_STATE_DIR": str(STACK_DIR / ".state-editorial"),
    "STACK_MEDUSA_PORT": "9300",
    "STACK_PAYLOAD_PORT": "8300",
    "STACK_PG_PORT": "54359",
}
_DEFAULTS = {
    "STACK_STATE_DIR": str(STACK_DIR / ".state"),
    "STACK_MEDUSA_PORT": "9000",
    "STACK_PAYLOAD_PORT": "8000",
    "STACK_PG_PORT": "54329",
}


@dataclass(frozen=True)
class Settings:
    host: str
    medusa_port: int
    payload_port: int
    pg_port: int
    state_dir: Path
    editorial: bool = False

    @property
    def medusa_url(self) -> str:
        return f"http://{self.host}:{self.medusa_port}"

    @property
    def payload_url(self) -> str:
        return f"http://{self.host}:{self.payload_port}"

    @property
    def state_file(self) -> Path:
        return self.state_dir / "stack.json"

    @property
    def log_dir(self) -> Path:
        return self.state_dir / "logs"

    @property
    def media_dir(self) -> Path:
        return self.state_dir / "media"

    @property
    def pg_root(self) -> Path:
        """PostgreSQL must be reachable by the unprivileged `postgres` user.

        A repo checked out under a private home (e.g. /root) is not, so the
        cluster then lives in a per-checkout folder under /var/tmp instead.
        """
        explicit = os.environ.get("STACK_PG_DIR")
        if explicit:
            return Path(explicit)
        if os.geteuid() != 0 or _world_traversable(self.state_dir):
            return self.state_dir / "pg"
        digest = hashlib.sha1(str(self.state_dir).encode()).hexdigest()[:10]
        return Path("/var/tmp") / f"desktop-app-stack-{digest}" / "pg"


def _world_traversable(path: Path) -> bool:
    for parent in [path, *path.parents]:
        if parent.exists() and not os.stat(parent).st_mode & 0o001:
            return False
    return True


def editorial_requested(env: Mapping[str, str] = os.environ) -> bool:
    return env.get(EDITORIAL_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def load() -> Settings:
    env = os.environ
    editorial = editorial_requested(env)
    defaults = EDITORIAL_DEFAULTS if editorial else _DEFAULTS
    return Settings(
        host=env.get("STACK_HOST", "127.0.0.1"),
        medusa_port=int(env.get("STACK_MEDUSA_PORT", defaults["STACK_MEDUSA_PORT"])),
        payload_port=int(env.get("STACK_PAYLOAD_PORT", defaults["STACK_PAYLOAD_PORT"])),
        pg_port=int(env.get("STACK_PG_PORT", defaults["STACK_PG_PORT"])),
        state_dir=Path(env.get("STACK_STATE_DIR", defaults["STACK_STATE_DIR"])).resolve(),
        editorial=editorial,
    )
