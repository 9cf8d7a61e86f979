"""Why an online-only action failed, in words that say what to do (Qt-free).

Making a category or uploading an image happens in Medusa at once; edits never need
the network. A failure while Medusa is known to be offline says so plainly instead
of showing a transport error.
"""

from __future__ import annotations

from desktop_app.exchange.connectivity import Reach
from desktop_app.servers import Server
from desktop_app.services.offline import OfflineCatalog


def online_failure(catalog: OfflineCatalog, action: str, exc: BaseException) -> str:
    """``action`` like "make the tag" or "upload the images"."""
    if catalog.connectivity.state(Server.MEDUSA) is Reach.UNREACHABLE:
        return (f"Medusa is offline: to {action}, Medusa must be online. "
                "Your other changes are kept.")
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return f"Could not {action}: {message}"
