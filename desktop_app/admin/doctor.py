"""Deployment doctor: non-destructive checks of a profile's two servers.

Every probe is a read, or a request the server must refuse before it does
anything. Each result carries a plain-language fix.

Probes and why they are safe:

* reachability: ``GET /health`` (Medusa) and an anonymous ``GET /api/{users}/me``
  (Payload answers ``{"user": null}``).
* credentials: the app's own clients (Medusa login or a ``limit=0`` list;
  Payload ``/me`` must name a user: a bad key is not a 401 there).
* sync route: ``OPTIONS /admin/payload/sync/products`` with credentials. Medusa's
  Express router answers an existing route with ``200`` and ``Allow: POST``
  without running the handler, and a missing one with the HTML 404. ``GET``
  cannot tell them apart (both 404 HTML) and ``POST`` would start a sync.
* products fields: ``GET /api/access`` with the key lists the fields the key's
  user may read, even when the collection is empty.
* anonymous-create hole: an anonymous ``POST /api/products?is_from_medusa=true``
  with the body ``{}``. Payload checks access before validation, so a closed
  collection answers 403; an open one gets as far as validation and answers 400
  (title and medusa_id are required), so nothing can be created either way. This
  is the only place the app sends ``is_from_medusa``, without credentials.
* clock skew: the ``Date`` headers of the replies above.
* new products linked: the newest Medusa products (older than ``LINK_GRACE``) each have
  their Payload document: the integration makes it on ``product.created``; one that
  never comes means its subscriber is not running or cannot write to Payload. Reads.
"""

from __future__ import annotations

import asyncio
import enum
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from desktop_app.api.errors import ApiError, BadCredentials
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.payload import PayloadClient
from desktop_app.api.where import Where
from desktop_app.config import Profile
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.money import format_number
from desktop_app.services.shop import MEDUSA, PAYLOAD, SecretLookup, open_shop
from desktop_app.services.transports import Transports

SYNC_PROBE_PATH = "/admin/payload/sync/products"
EXPECTED_FIELDS: dict[str, tuple[str, ...]] = {
    "medusa_id": (),
    "title": (),
    "subtitle": (),
    "options": ("title", "medusa_id"),
    "variants": ("title", "medusa_id"),
}
# The newest products the link check looks at, and how long the integration may take.
LINK_SAMPLE = 20
LINK_GRACE = 120.0
SKEW_WARN = 5.0  # the Date header has one-second resolution
SKEW_FAIL = 60.0  # the Medusa client renews its JWT 60 s before expiry
TIMEOUT = httpx.Timeout(15.0, connect=5.0)

# Each check's title, by id (shown through ``title``: also where a check is skipped).
TITLES = {
    "medusa_reachable": QT_TRANSLATE_NOOP("Doctor", "Medusa is reachable"),
    "payload_reachable": QT_TRANSLATE_NOOP("Doctor", "Payload is reachable"),
    "medusa_credentials": QT_TRANSLATE_NOOP("Doctor", "Medusa accepts the credentials"),
    "payload_credentials": QT_TRANSLATE_NOOP("Doctor", "Payload accepts the API key"),
    "sync_route": QT_TRANSLATE_NOOP("Doctor", "Medusa has the Payload sync route"),
    "products_fields": QT_TRANSLATE_NOOP(
        "Doctor", "Payload's products collection has the integration's fields"
    ),
    "anonymous_create": QT_TRANSLATE_NOOP("Doctor", "Payload refuses anonymous product creation"),
    "new_products_linked": QT_TRANSLATE_NOOP("Doctor", "New products get their Payload document"),
    "clock_skew": QT_TRANSLATE_NOOP("Doctor", "Clocks agree"),
}


def check_title(check_id: str) -> str:
    """A check's title in the interface's language."""
    return translate("Doctor", TITLES[check_id])


class Status(enum.StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Check:
    id: str
    title: str
    status: Status
    detail: str
    fix: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["status"] = self.status.value
        return data


@dataclass
class DoctorReport:
    profile: str
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(c.status is not Status.FAIL for c in self.checks)

    def get(self, check_id: str) -> Check:
        return next(c for c in self.checks if c.id == check_id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "ok": self.ok,
            "checks": [c.to_dict() for c in self.checks],
        }


@dataclass
class _Dates:
    """Server Date headers against the local clock at the middle of each request."""

    skew: dict[str, float] = field(default_factory=dict)

    def note(self, server: str, resp: httpx.Response, sent: float, received: float) -> None:
        header = resp.headers.get("date")
        if not header or server in self.skew:
            return
        try:
            server_time = parsedate_to_datetime(header).timestamp()
        except (TypeError, ValueError):
            return
        self.skew[server] = server_time - (sent + received) / 2


async def _timed(
    client: httpx.AsyncClient,
    dates: _Dates,
    server: str,
    clock: Callable[[], float],
    method: str,
    url: str,
    **kwargs: Any,
) -> httpx.Response:
    sent = clock()
    resp = await client.request(method, url, **kwargs)
    dates.note(server, resp, sent, clock())
    return resp


def _is_html(resp: httpx.Response) -> bool:
    return "text/html" in resp.headers.get("content-type", "")


def _json(resp: httpx.Response) -> Any:
    try:
        return resp.json()
    except ValueError:
        return None


async def _medusa_reachable(
    raw: httpx.AsyncClient, profile: Profile, dates: _Dates, clock: Callable[[], float]
) -> Check:
    title = check_title("medusa_reachable")
    try:
        resp = await _timed(
            raw, dates, MEDUSA, clock, "GET", profile.medusa_url.rstrip("/") + "/health"
        )
    except httpx.HTTPError as exc:
        return Check(
            "medusa_reachable",
            title,
            Status.FAIL,
            translate("Doctor", "No answer from {url} ({error}).").format(
                url=profile.medusa_url, error=type(exc).__name__
            ),
            translate("Doctor", "Start Medusa, or correct the Medusa URL in the profile."),
        )
    if resp.status_code != 200:
        return Check(
            "medusa_reachable",
            title,
            Status.FAIL,
            translate("Doctor", "{url}/health answered {status}.").format(
                url=profile.medusa_url, status=resp.status_code
            ),
            translate(
                "Doctor",
                "The Medusa URL must be the server's root (e.g. "
                "https://shop:9000), without a path.",
            ),
        )
    return Check(
        "medusa_reachable",
        title,
        Status.OK,
        translate("Doctor", "{url} is healthy.").format(url=profile.medusa_url),
    )


async def _payload_reachable(
    raw: httpx.AsyncClient, profile: Profile, dates: _Dates, clock: Callable[[], float]
) -> Check:
    title = check_title("payload_reachable")
    origin = profile.payload_url.rstrip("/").removesuffix("/api")
    url = f"{origin}/api/{profile.payload_auth_collection}/me"
    try:
        resp = await _timed(raw, dates, PAYLOAD, clock, "GET", url)  # anonymous on purpose
    except httpx.HTTPError as exc:
        return Check(
            "payload_reachable",
            title,
            Status.FAIL,
            translate("Doctor", "No answer from {url} ({error}).").format(
                url=profile.payload_url, error=type(exc).__name__
            ),
            translate("Doctor", "Start Payload, or correct the Payload URL in the profile."),
        )
    body = _json(resp)
    if resp.status_code != 200 or not isinstance(body, dict) or "user" not in body:
        return Check(
            "payload_reachable",
            title,
            Status.FAIL,
            translate("Doctor", "{url} answered {status}, not Payload's account reply.").format(
                url=url, status=resp.status_code
            ),
            translate(
                "Doctor",
                "The Payload URL must be the server's origin "
                "(Payload's REST API lives under /api), and the user collection "
                "must be right (usually 'users').",
            ),
        )
    return Check(
        "payload_reachable",
        title,
        Status.OK,
        translate("Doctor", "{url} answers.").format(url=profile.payload_url),
    )


async def _medusa_credentials(medusa: MedusaClient | None, problem: str | None) -> Check:
    title = check_title("medusa_credentials")
    if medusa is None:
        return Check(
            "medusa_credentials",
            title,
            Status.FAIL,
            problem or translate("Doctor", "No credentials."),
            translate(
                "Doctor", "Store the Medusa password or secret key in the profile's settings."
            ),
        )
    try:
        await medusa.login()
    except BadCredentials as exc:
        return Check(
            "medusa_credentials",
            title,
            Status.FAIL,
            exc.message,
            translate(
                "Doctor",
                "Enter a valid admin e-mail and password, or a "
                "secret API key (sk_…) created in Medusa admin → Settings → "
                "Secret API Keys.",
            ),
        )
    except ApiError as exc:
        return Check(
            "medusa_credentials",
            title,
            Status.FAIL,
            str(exc),
            translate("Doctor", "Check that the Medusa URL points at the Medusa server."),
        )
    return Check(
        "medusa_credentials", title, Status.OK, translate("Doctor", "Signed in to the admin API.")
    )


async def _payload_credentials(payload: PayloadClient | None, problem: str | None) -> Check:
    title = check_title("payload_credentials")
    if payload is None:
        return Check(
            "payload_credentials",
            title,
            Status.FAIL,
            problem or translate("Doctor", "No API key."),
            translate("Doctor", "Store the Payload API key in the profile's settings."),
        )
    try:
        user = await payload.verify_key()
    except BadCredentials as exc:
        return Check(
            "payload_credentials",
            title,
            Status.FAIL,
            exc.message,
            translate(
                "Doctor",
                "In Payload admin, open your user, tick 'Enable API "
                "Key', copy the key and save it in the profile. Payload treats "
                "an unknown key as anonymous.",
            ),
        )
    except ApiError as exc:
        return Check(
            "payload_credentials",
            title,
            Status.FAIL,
            str(exc),
            translate("Doctor", "Check the Payload URL and the user collection setting."),
        )
    owner = (
        translate("Doctor", "The key belongs to {email}.").format(email=user.email)
        if user.email
        else translate("Doctor", "The key belongs to user {id}.").format(id=user.id)
    )
    return Check("payload_credentials", title, Status.OK, owner)


async def _sync_route(medusa: MedusaClient, profile: Profile, raw: httpx.AsyncClient) -> Check:
    title = check_title("sync_route")
    # The client's own header (Basic sk_… or a fresh JWT): the probe must be
    # authenticated because Medusa's auth middleware answers OPTIONS with 401.
    header = await medusa._authorization()
    resp = await raw.request(
        "OPTIONS",
        profile.medusa_url.rstrip("/") + SYNC_PROBE_PATH,
        headers={"Authorization": header},
    )
    allow = resp.headers.get("allow", "")
    if resp.status_code in (200, 204) and "POST" in allow.upper():
        return Check(
            "sync_route",
            title,
            Status.OK,
            translate("Doctor", "OPTIONS {path} lists {allow} (probed without triggering).").format(
                path=SYNC_PROBE_PATH, allow=allow
            ),
        )
    if resp.status_code == 404:
        return Check(
            "sync_route",
            title,
            Status.FAIL,
            translate("Doctor", "Medusa has no {path} route.").format(path=SYNC_PROBE_PATH),
            translate(
                "Doctor",
                "Install the Payload integration's admin route "
                "({file}) in Medusa and restart it; without it products can "
                "only reach Payload when they are created.",
            ).format(file="src/api/admin/payload/sync/[collection]/route.ts"),
        )
    return Check(
        "sync_route",
        title,
        Status.WARN,
        translate("Doctor", "OPTIONS {path} answered {status}; could not tell.").format(
            path=SYNC_PROBE_PATH, status=resp.status_code
        ),
        translate("Doctor", "Check the Medusa URL and credentials, then run the doctor again."),
    )


async def _products_fields(payload: PayloadClient, raw: httpx.AsyncClient) -> Check:
    title = check_title("products_fields")
    resp = await raw.get(
        payload.origin + "/api/access", headers={"Authorization": payload._authorization}
    )
    body = _json(resp)
    collections = body.get("collections") if isinstance(body, dict) else None
    if resp.status_code != 200 or not isinstance(collections, dict):
        return Check(
            "products_fields",
            title,
            Status.WARN,
            translate(
                "Doctor", "GET /api/access answered {status}; could not inspect fields."
            ).format(status=resp.status_code),
            translate("Doctor", "Check the Payload URL and API key."),
        )
    products = collections.get("products")
    if not isinstance(products, dict):
        return Check(
            "products_fields",
            title,
            Status.FAIL,
            translate(
                "Doctor", "Payload has no 'products' collection (or the key's user cannot read it)."
            ),
            translate("Doctor", "Add the integration's Products collection to payload.config.ts."),
        )
    fields = products.get("fields")
    if fields is True:  # every field allowed: names are not listed, nothing to compare
        return Check(
            "products_fields", title, Status.OK, translate("Doctor", "All fields readable.")
        )
    fields = fields if isinstance(fields, dict) else {}
    missing = []
    for name, sub in EXPECTED_FIELDS.items():
        entry = fields.get(name)
        if not isinstance(entry, dict):
            missing.append(name)
            continue
        subfields = entry.get("fields")
        if sub and isinstance(subfields, dict):
            missing += [f"{name}.{s}" for s in sub if s not in subfields]
    if missing:
        return Check(
            "products_fields",
            title,
            Status.FAIL,
            translate("Doctor", "Missing fields: {fields}.").format(fields=", ".join(missing)),
            translate("Doctor", "Use the integration's Products collection ({fields}).").format(
                fields="medusa_id, title, subtitle, options[title, medusa_id], "
                "variants[title, medusa_id, option_values]"
            ),
        )
    version = (
        translate(
            "Doctor",
            "All expected fields present; looks like integration version B (relationship options).",
        )
        if "handle" in fields
        else translate(
            "Doctor",
            "All expected fields present; looks like integration version A (inline options).",
        )
    )
    return Check("products_fields", title, Status.OK, version)


async def _anonymous_create(
    profile: Profile, raw: httpx.AsyncClient, dates: _Dates, clock: Callable[[], float]
) -> Check:
    title = check_title("anonymous_create")
    origin = profile.payload_url.rstrip("/").removesuffix("/api")
    # No Authorization header; an empty body can never validate (see module doc).
    resp = await _timed(
        raw,
        dates,
        PAYLOAD,
        clock,
        "POST",
        origin + "/api/products",
        params={"is_from_medusa": "true"},
        json={},
    )
    fix = translate(
        "Doctor",
        "Restrict the products collection's create and delete access to "
        "an authenticated integration user as well as ?is_from_medusa (the "
        "official example allows anyone who adds ?is_from_medusa).",
    )
    if resp.status_code in (401, 403):
        return Check(
            "anonymous_create",
            title,
            Status.OK,
            translate(
                "Doctor", "An anonymous create with ?is_from_medusa was refused ({status})."
            ).format(status=resp.status_code),
        )
    if resp.status_code == 400:
        return Check(
            "anonymous_create",
            title,
            Status.FAIL,
            translate(
                "Doctor",
                "Anyone who adds ?is_from_medusa may create and delete "
                "products: the probe got past access control to validation "
                "(400).",
            ),
            fix,
        )
    if resp.status_code in (200, 201):
        body = _json(resp)
        doc = body.get("doc", {}) if isinstance(body, dict) else {}
        return Check(
            "anonymous_create",
            title,
            Status.FAIL,
            translate(
                "Doctor", "An anonymous create was accepted (doc {id}); delete it in Payload admin."
            ).format(id=doc.get("id")),
            fix,
        )
    return Check(
        "anonymous_create",
        title,
        Status.WARN,
        translate("Doctor", "The probe answered {status}; could not tell.").format(
            status=resp.status_code
        ),
        translate("Doctor", "Check the Payload URL, then run the doctor again."),
    )


def _skew_check(dates: _Dates) -> Check:
    title = check_title("clock_skew")
    if not dates.skew:
        return Check(
            "clock_skew",
            title,
            Status.SKIPPED,
            translate("Doctor", "No server sent a Date header."),
        )
    parts = [f"{server} {round(skew):+d} s" for server, skew in sorted(dates.skew.items())]
    worst = max(abs(s) for s in dates.skew.values())
    detail = translate("Doctor", "Server time minus this computer's: {skews}.").format(
        skews=", ".join(parts)
    )
    fix = translate(
        "Doctor",
        "Turn on automatic time (NTP) on this computer and on the servers; "
        "a wrong clock breaks sign-in renewal and change detection by timestamp.",
    )
    if worst > SKEW_FAIL:
        return Check("clock_skew", title, Status.FAIL, detail, fix)
    if worst > SKEW_WARN:
        return Check("clock_skew", title, Status.WARN, detail, fix)
    return Check("clock_skew", title, Status.OK, detail)


async def _new_products_linked(
    medusa: MedusaClient, payload: PayloadClient, clock: Callable[[], float]
) -> Check:
    title = check_title("new_products_linked")
    page = await medusa.list_products(
        fields="id,title,created_at", order="-created_at", limit=LINK_SAMPLE
    )
    due = [
        p
        for p in page.products
        if p.created_at is not None and clock() - p.created_at.timestamp() > LINK_GRACE
    ]
    if not due:
        return Check(
            "new_products_linked",
            title,
            Status.SKIPPED,
            translate("Doctor", "No product older than two minutes to look at."),
        )
    found = await payload.find(
        "products",
        where=Where.in_("medusa_id", [p.id for p in due]),
        limit=2 * len(due),
        depth=0,
        select=("medusa_id",),
    )
    linked = {doc.get("medusa_id") for doc in found.docs}
    missing = [p for p in due if p.id not in linked]
    if not missing:
        return Check(
            "new_products_linked",
            title,
            Status.OK,
            translate(
                "Doctor", "The %Ln newest products all have their Payload document.", None, len(due)
            ),
        )
    names = ", ".join(f"{p.title or p.id} ({p.id})" for p in missing[:5])
    return Check(
        "new_products_linked",
        title,
        Status.WARN,
        translate(
            "Doctor",
            "{missing} of the %Ln newest products never got a Payload "
            "document: {names}. Until it exists the app shows them as waiting for "
            "Payload, and their content (description, SEO, images) waits in the outbox.",
            None,
            len(due),
        ).format(missing=format_number(len(missing)), names=names),
        translate(
            "Doctor",
            "The integration makes the document when Medusa emits "
            "product.created: check that Medusa's worker runs and can reach Payload (the "
            "Payload URL and API key in Medusa's environment, and Medusa's log for "
            "payload errors); then copy what is missing with Sync products (admin panel, "
            "or desktop-app sync products).",
        ),
    )


def _skipped(check_id: str, why: str) -> Check:
    return Check(check_id, check_title(check_id), Status.SKIPPED, why)


async def run_doctor(
    profile: Profile,
    secrets: SecretLookup,
    transports: Transports = Transports(),
    *,
    clock: Callable[[], float] = time.time,
) -> DoctorReport:
    """Run every check; never raises for a server problem (it becomes a failed check)."""
    report = DoctorReport(profile.name)
    dates = _Dates()
    raw_medusa = httpx.AsyncClient(
        transport=transports.medusa, timeout=TIMEOUT, follow_redirects=False
    )
    raw_payload = httpx.AsyncClient(
        transport=transports.payload, timeout=TIMEOUT, follow_redirects=False
    )
    shop = open_shop(profile, secrets, transports)
    try:
        medusa_up, payload_up = await asyncio.gather(
            _medusa_reachable(raw_medusa, profile, dates, clock),
            _payload_reachable(raw_payload, profile, dates, clock),
        )
        report.checks += [medusa_up, payload_up]

        if medusa_up.status is Status.OK:
            medusa_auth = await _medusa_credentials(shop.medusa, shop.problems.get(MEDUSA))
        else:
            medusa_auth = _skipped(
                "medusa_credentials", translate("Doctor", "Medusa is not reachable.")
            )
        if payload_up.status is Status.OK:
            payload_auth = await _payload_credentials(shop.payload, shop.problems.get(PAYLOAD))
        else:
            payload_auth = _skipped(
                "payload_credentials", translate("Doctor", "Payload is not reachable.")
            )
        report.checks += [medusa_auth, payload_auth]

        if medusa_auth.status is Status.OK and shop.medusa is not None:
            report.checks.append(
                await _guard("sync_route", _sync_route(shop.medusa, profile, raw_medusa))
            )
        else:
            report.checks.append(
                _skipped("sync_route", translate("Doctor", "Needs working Medusa credentials."))
            )
        if payload_auth.status is Status.OK and shop.payload is not None:
            report.checks.append(
                await _guard("products_fields", _products_fields(shop.payload, raw_payload))
            )
        else:
            report.checks.append(
                _skipped("products_fields", translate("Doctor", "Needs a working Payload API key."))
            )
        if payload_up.status is Status.OK:
            report.checks.append(
                await _guard(
                    "anonymous_create", _anonymous_create(profile, raw_payload, dates, clock)
                )
            )
        else:
            report.checks.append(
                _skipped("anonymous_create", translate("Doctor", "Payload is not reachable."))
            )
        if (
            medusa_auth.status is Status.OK
            and payload_auth.status is Status.OK
            and shop.medusa is not None
            and shop.payload is not None
        ):
            report.checks.append(
                await _guard(
                    "new_products_linked", _new_products_linked(shop.medusa, shop.payload, clock)
                )
            )
        else:
            report.checks.append(
                _skipped(
                    "new_products_linked",
                    translate("Doctor", "Needs working credentials for both servers."),
                )
            )
        report.checks.append(_skew_check(dates))
    finally:
        await asyncio.gather(raw_medusa.aclose(), raw_payload.aclose(), shop.aclose())
    return report


async def _guard(check_id: str, probe: Any) -> Check:
    """A probe that breaks on the network becomes a warning, not a crash."""
    try:
        return await probe
    except (httpx.HTTPError, ApiError) as exc:
        return Check(
            check_id,
            check_title(check_id),
            Status.WARN,
            translate("Doctor", "The probe failed: {error}").format(error=exc),
            translate("Doctor", "Run the doctor again; if it persists, check the server's log."),
        )
