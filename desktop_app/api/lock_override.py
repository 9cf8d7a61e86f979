"""A Payload client whose writes break the document lock (HTTP 423), on request.

Payload enforces locks over REST unless ``?overrideLock=true`` is sent, and the
override removes the editor's lock (payload-rest-api.md §7). It is only ever
used for one push the merchant asked for after seeing the 423.
"""

from __future__ import annotations

from typing import Any

from desktop_app.api.payload import PayloadClient


class OverrideLock:
    def __init__(self, client: PayloadClient) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    async def patch(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["override_lock"] = True
        return await self._client.patch(*args, **kwargs)
