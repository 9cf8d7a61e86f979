"""Why an online-only action failed, in words that say what to do (Qt-free).

Making a category or uploading an image happens in Medusa at once; edits never need
the network. A failure while Medusa is known to be offline says so plainly instead
of showing a transport error.
"""

from __future__ import annotations

from desktop_app.exchange.connectivity import Reach
from desktop_app.servers import Server
from desktop_app.services.offline import OfflineCatalog


def online_failure(catalog: OfflineCatalog, offline: str, failed: str,
                   exc: BaseException) -> str:
    """``offline`` while Medusa is known to be offline ("Medusa is offline: to make the
    tag, …"), else ``failed`` with the error in ``{error}`` ("Could not make the tag:
    {error}"); both already in the interface's language (whole sentences translate)."""
    if catalog.connectivity.state(Server.MEDUSA) is Reach.UNREACHABLE:
        return offline
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return failed.format(error=message)
