"""Pull and push: the exchange between the local store and the two servers (Qt-free).

"Sync" names only the integration's Medusa → Payload sync (desktop_app/admin); bringing the
store and the servers in step is a pull, sending the outbox is a push.
"""

from desktop_app.exchange.connectivity import Connectivity, Reach, ReachChange
from desktop_app.exchange.pull import PullProgress, PullReport, pull
from desktop_app.exchange.push import PushProgress, PushReport, push

__all__ = [
    "Connectivity",
    "PullProgress",
    "PullReport",
    "PushProgress",
    "PushReport",
    "Reach",
    "ReachChange",
    "pull",
    "push",
]
