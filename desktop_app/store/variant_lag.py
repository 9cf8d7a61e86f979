"""Whether Payload's copy of a product's variants lags behind Medusa's.

The integration copies variants (title, ``medusa_id``) into the Payload document when
Medusa tells it a variant changed; a variant made through some routes never reaches it
(integration-behaviour.md §7). The editor says so rather than leaving the merchant to
wonder why the storefront shows an old size list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop_app.text import plural


def variant_lag(medusa: Mapping[str, Any] | None, payload: Mapping[str, Any] | None) -> str | None:
    """A sentence on how Payload's variants differ from Medusa's; None when in step.

    Only variants Medusa already holds count (a local variant is not expected there).
    """
    if medusa is None or payload is None or payload.get("variants") is None:
        return None
    ours = {v["id"]: v.get("title") or "" for v in medusa.get("variants") or ()
            if str(v.get("id", "")).startswith("variant_")}
    theirs = {v.get("medusa_id"): v.get("title") or "" for v in payload["variants"]}
    missing = [ours[vid] for vid in ours if vid not in theirs]
    extra = [theirs[vid] for vid in theirs if vid not in ours]
    renamed = [ours[vid] for vid in ours if vid in theirs and theirs[vid] != ours[vid]]
    parts = []
    if missing:
        parts.append(plural(len(missing), "{n} variant is missing there ({names})",
                            "{n} variants are missing there ({names})",
                            names=", ".join(missing)))
    if extra:
        parts.append(plural(len(extra), "it still lists {n} removed variant ({names})",
                            "it still lists {n} removed variants ({names})",
                            names=", ".join(extra)))
    if renamed:
        parts.append(f"titles differ ({', '.join(renamed)})")
    if not parts:
        return None
    return ("Payload's copy lags behind Medusa: " + "; ".join(parts) +
            ". The integration updates it when Medusa reports the change; "
            "an admin can run Sync products if it does not.")
