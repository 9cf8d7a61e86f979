"""Keeping the local store and the servers in step: pull, push, connectivity (Qt-free)."""

from desktop_app.sync.connectivity import Connectivity, Reach, ReachChange
from desktop_app.sync.pull import PullProgress, PullReport, pull
from desktop_app.sync.push import PushProgress, PushReport, push

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
