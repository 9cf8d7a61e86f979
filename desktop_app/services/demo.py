"""The local demo shop: start ``stack/`` and create a profile for it.

Used when no profile is configured, so a newcomer sees a working app. The
stack's credentials are read from its state file and go into the SecretStore
only; the profile on disk holds URLs alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.config import MedusaAuth, Profile
from desktop_app.i18n import translate
from desktop_app.secrets import Secret
from desktop_app.services.profiles import ProfileService, SaveResult

# Profile names cannot contain spaces (they are part of keyring user names).
DEMO_PROFILE = "Local-demo"
REPO_ROOT = Path(__file__).resolve().parents[2]
STACK_DIR = REPO_ROOT / "stack"
PROGRESS_PREFIX = "[stack]"


class DemoError(Exception):
    """The demo stack could not be started; ``str(exc)`` is shown to the user."""


@dataclass(frozen=True)
class DemoCredentials:
    medusa_url: str
    medusa_secret_key: Secret
    payload_url: str
    payload_api_key: Secret  # the editor's: the app edits content, it does not administer


def _stackctl(stack_dir: Path) -> list[str]:
    return [sys.executable, str(stack_dir / "stackctl")]


async def _run(
    argv: list[str], on_line: Callable[[str], None] | None, cwd: Path
) -> tuple[int, list[str]]:
    """Run ``argv``; forward ``[stack]`` lines; return the exit code and the output's tail."""
    proc = await asyncio.create_subprocess_exec(
        *argv,
        cwd=cwd,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    tail: deque[str] = deque(maxlen=20)
    try:
        assert proc.stdout is not None
        async for raw in proc.stdout:
            line = raw.decode("utf-8", "replace").rstrip()
            if not line:
                continue
            tail.append(line)
            if on_line is not None and line.startswith(PROGRESS_PREFIX):
                on_line(line.removeprefix(PROGRESS_PREFIX).strip())
        return await proc.wait(), list(tail)
    except asyncio.CancelledError:
        # The user closed the window: do not leave a half-run stackctl behind.
        # The services it already started keep running (stack/down stops them).
        with contextlib.suppress(ProcessLookupError):
            proc.terminate()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(proc.wait(), 10)
        raise


async def read_credentials(stack_dir: Path = STACK_DIR) -> DemoCredentials:
    """Credentials of a stack that is up, from the state file ``status --json`` names."""
    proc = await asyncio.create_subprocess_exec(
        *_stackctl(stack_dir), "status", "--json",
        cwd=stack_dir.parent,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    try:
        state_file = Path(json.loads(out)["state_file"])
        state = json.loads(state_file.read_text(encoding="utf-8"))
        medusa, payload = state["medusa"], state["payload"]
        return DemoCredentials(
            medusa_url=medusa["url"],
            medusa_secret_key=Secret(medusa["secret_key"]),
            payload_url=payload["url"],
            payload_api_key=Secret(payload["users"]["editor"]["api_key"]),
        )
    except (ValueError, KeyError, TypeError, OSError) as exc:
        # Never include the file's content: it holds passwords.
        raise DemoError(
            translate(
                "Profiles", "The demo stack is up but its credentials could not be read ({error})."
            ).format(error=type(exc).__name__)
        ) from None


async def start_stack(
    on_line: Callable[[str], None] | None = None, stack_dir: Path = STACK_DIR
) -> DemoCredentials:
    """Run ``stack/up`` (idempotent: quick when already up) and return its credentials."""
    if not (stack_dir / "stackctl").is_dir():
        raise DemoError(
            translate(
                "Profiles",
                "The local demo stack is not part of this installation. "
                "Add a shop profile in Settings instead.",
            )
        )
    # Not --quiet: that would also silence the "[stack] …" progress lines.
    code, tail = await _run([*_stackctl(stack_dir), "up"], on_line, stack_dir.parent)
    if code != 0:
        last = "\n".join(tail[-6:])
        raise DemoError(
            translate(
                "Profiles", "Starting the local demo stack failed (exit code {code}):\n{output}"
            ).format(code=code, output=last)
        )
    return await read_credentials(stack_dir)


def demo_profile(creds: DemoCredentials, name: str = DEMO_PROFILE) -> Profile:
    return Profile(
        name=name,
        medusa_url=creds.medusa_url,
        medusa_auth=MedusaAuth.SECRET_KEY,
        payload_url=creds.payload_url,
    )


async def set_up_demo(
    profiles: ProfileService,
    on_line: Callable[[str], None] | None = None,
    stack_dir: Path = STACK_DIR,
) -> SaveResult:
    """Start the stack and save (or refresh) the active "Local-demo" profile."""
    creds = await start_stack(on_line, stack_dir)
    profile = demo_profile(creds)
    existing = profiles.load().find(profile.name)
    return profiles.save(
        profile,
        medusa_secret=creds.medusa_secret_key,
        payload_secret=creds.payload_api_key,
        original_name=existing.name if existing else None,
        activate=True,
    )
