"""Replacing a schedule when Payload refuses the new job (a validation error): the
schedule the product had must still be on the server, not deleted before the new job
was known to be accepted (the merchant would believe it publishes then, and it never
would)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from tests.publishing.test_catalog_drafts import make

# Payload's answer to a create its validation refuses (the shape of every ValidationError).
REFUSED = {
    "errors": [
        {
            "name": "ValidationError",
            "message": "The following field is invalid: waitUntil",
            "data": {"errors": [{"path": "waitUntil", "message": "invalid"}]},
        }
    ]
}


def refusing_new_jobs(payload):
    state = {"refuse": False}

    def handle(request: httpx.Request) -> httpx.Response:
        if state["refuse"] and request.method == "POST" and "payload-jobs" in request.url.path:
            return httpx.Response(400, json=REFUSED)
        return payload.handle(request)

    transport = httpx.MockTransport(handle)
    transport.state = state  # type: ignore[attr-defined]
    payload.refuse = state
    return transport


async def test_a_refused_replacement_does_not_leave_a_schedule_that_is_gone(tmp_path) -> None:
    catalog, payload, pid, _doc = make(tmp_path, transport=refusing_new_jobs)
    try:
        await catalog.pull()
        await catalog.read_publication()
        at = datetime(2030, 1, 1, 9, 0, tzinfo=UTC)
        await catalog.schedule(pid, at)
        await catalog.push()
        assert len(payload.jobs) == 1
        payload.refuse["refuse"] = True
        await catalog.schedule(pid, at + timedelta(days=1))
        await catalog.push()
        assert [job["waitUntil"][:16] for job in payload.jobs] == ["2030-01-01T09:00"]
        entry = next(e for e in catalog.outbox() if e.field == "schedule")
        assert entry.state == "failed" and "waitUntil" in (entry.message or "")
    finally:
        await catalog.aclose()
