"""What a deployment offers editors (issue 16), found out from the servers themselves.

Shops differ: the seed's Payload products collection has no versions, drafts or localised
fields, many real shops turn them on; Medusa's translation module is opt-in. The app asks,
read-only, and shows only what works; each missing capability carries a reason a merchant (or
whoever runs the shop) can act on. Observed answers of both configurations of the local stack
are in docs/editorial.md and tests/fixtures/{payload,medusa}/capabilities/.

Reasons and feature labels are in the interface's language (``desktop_app.i18n``, context
"Capabilities"). A reason is translated when it is detected and kept with the capability (the
session's cache, services/capabilities.py), so it reads in the language it was detected in;
the language changes only at the next start. ``evidence`` (what the server answered, for
diagnostics) stays English; the CLI installs no translator and reads English throughout.

Payload (the API key's user; every request a read):

* ``GET /api/access``: the user's permissions per collection. ``products.readVersions``
  exists only when the collection has versions, ``products.fields._status`` only with drafts.
  Payload drops denied permissions from the answer, so versions without ``readVersions`` but
  with ``_status`` are versions this user may not read.
* ``GET /api/products/versions?limit=1``: 200 and a page of versions where they exist. It is
  asked only when ``/api/access`` says so (or cannot be read): on a collection without versions
  the route exists too and answers **500** "Something went wrong." (logging a TypeError).
* ``GET /api/products/count`` with ``where[or][i][<field>.zz-probe][exists]=true`` for the
  content fields: Payload refuses (400 QueryError) every path it cannot query and names it.
  A localised field's path comes back as ``<field>.<default locale>.zz-probe``, an
  unlocalised one as ``<field>.zz-probe``: which fields are localised, and the default locale.
* The same with candidate locale codes (``title.de``, ``title.fr``, …): a configured locale is
  a valid path, any other comes back as ``title.<default>.<code>``. Candidates: ISO 639-1,
  common BCP 47 tags, the keys of a ``?locale=all`` sample and any the caller knows of.
  A locale named otherwise is found once a product holds content in it.

Medusa (2.12.3 or later; 2.21.2 on the stack):

* ``GET /admin/translations``: 200 with the translation module; 404 (an HTML page) without
  its feature flag; 500 "An unknown error occurred." when the flag is on but the module is
  not loaded (the flag alone does not load it in 2.21.2).
* ``GET /admin/translations/settings?entity_type=product``: the translatable product fields.
* ``GET /admin/stores?fields=id,supported_locales.locale_code``: the store's locales.
"""

from __future__ import annotations

import asyncio
import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from desktop_app.api.errors import (
    ApiError,
    BadCredentials,
    Forbidden,
    NotFound,
    RouteMissing,
    ServerError,
    TransportError,
)
from desktop_app.api.http import Retry
from desktop_app.api.medusa import MedusaClient
from desktop_app.api.payload import METHOD_OVERRIDE, PayloadClient
from desktop_app.api.responses import MEDUSA, PAYLOAD
from desktop_app.content_fields import TEXT_FIELDS
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

PRODUCTS = "products"
JOBS = "payload-jobs"  # Payload's job queue (scheduled publishing)
# The content fields the app edits (desktop_app.store.fields), as Payload query paths.
CONTENT_FIELDS = TEXT_FIELDS
# A "locale" no deployment names: every path ending in it is refused, and the refusal says how
# Payload read the path (with the default locale inserted for a localised field).
PROBE = "zz-probe"
LOCALE_CHUNK = 100  # candidate codes per locale probe (sent as a POST override when long)
SAMPLE_SIZE = 20  # products read with ?locale=all for locale codes beyond the candidates

# ISO 639-1 language codes.
ISO_639_1 = tuple(
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv "
    "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr "
    "ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw "
    "ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv "
    "ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr "
    "ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
    "yo za zh zu".split()
)
# Language-region tags shops use (Medusa's own locale list among them), as written and in
# lower case, and the usual script tags.
_REGIONAL = (
    "en-US en-GB en-AU en-CA en-IE en-NZ en-IN es-ES es-MX es-AR es-US fr-FR fr-CA fr-BE fr-CH "
    "de-DE de-AT de-CH it-IT it-CH pt-BR pt-PT nl-NL nl-BE da-DK sv-SE nb-NO fi-FI pl-PL lt-LT "
    "lv-LV et-EE cs-CZ sk-SK hu-HU ro-RO bg-BG el-GR tr-TR ru-RU uk-UA ar-SA ar-AE ar-EG he-IL "
    "hi-IN bn-BD th-TH vi-VN id-ID ms-MY tl-PH zh-CN zh-TW zh-HK ja-JP ko-KR ka-GE mn-MN sl-SI "
    "hr-HR sr-RS is-IS".split()
)
COMMON_TAGS = (
    *_REGIONAL,
    *(tag.lower() for tag in _REGIONAL),
    "zh-Hans",
    "zh-Hant",
    "sr-Latn",
    "sr-Cyrl",
)
_CODE = re.compile(r"^[A-Za-z0-9_-]{1,35}$")


class Feature(enum.StrEnum):
    VERSIONS = "versions"  # Payload keeps versions of products (the timeline)
    DRAFTS = "drafts"  # Payload products have drafts (edit as draft, publish, unpublish)
    LOCALISED_CONTENT = "localised_content"  # Payload's product content per locale
    MEDUSA_TRANSLATIONS = "medusa_translations"  # Medusa's translation module
    SCHEDULE_PUBLISH = "schedule_publish"  # Payload's scheduled publish, over REST (drafts.md)

    @property
    def label(self) -> str:
        return translate("Capabilities", _LABELS[self])


_LABELS = {
    Feature.VERSIONS: QT_TRANSLATE_NOOP("Capabilities", "Versions"),
    Feature.DRAFTS: QT_TRANSLATE_NOOP("Capabilities", "Drafts and publishing"),
    Feature.LOCALISED_CONTENT: QT_TRANSLATE_NOOP(
        "Capabilities", "Translations of content (Payload)"
    ),
    Feature.MEDUSA_TRANSLATIONS: QT_TRANSLATE_NOOP(
        "Capabilities", "Translations of product data (Medusa)"
    ),
    Feature.SCHEDULE_PUBLISH: QT_TRANSLATE_NOOP("Capabilities", "Scheduled publishing"),
}


class Support(enum.StrEnum):
    AVAILABLE = "available"
    MISSING = "missing"  # the server answered: the deployment does not have it
    UNKNOWN = "unknown"  # could not be checked (server down, no key, not allowed to look)


@dataclass(frozen=True)
class Capability:
    """One feature's verdict. ``reason`` (empty when available) says why it is missing or
    unknown and how to turn it on; ``evidence`` is what the server answered."""

    feature: Feature
    support: Support
    reason: str = ""
    evidence: str = ""

    @property
    def available(self) -> bool:
        return self.support is Support.AVAILABLE

    def to_json(self) -> dict[str, Any]:
        return {"support": self.support.value, "reason": self.reason, "evidence": self.evidence}


def _available(feature: Feature, evidence: str) -> Capability:
    return Capability(feature, Support.AVAILABLE, "", evidence)


def _missing(feature: Feature, reason: str, evidence: str) -> Capability:
    return Capability(feature, Support.MISSING, reason, evidence)


def _unknown(feature: Feature, reason: str, evidence: str = "") -> Capability:
    return Capability(feature, Support.UNKNOWN, reason, evidence)


@dataclass(frozen=True)
class PayloadCapabilities:
    versions: Capability
    drafts: Capability
    localised_content: Capability
    locales: tuple[str, ...] = ()  # configured locale codes, the default first
    default_locale: str | None = None
    localised_fields: tuple[str, ...] = ()  # of CONTENT_FIELDS
    schedule_publish: Capability = field(
        default_factory=lambda: _not_checked(Feature.SCHEDULE_PUBLISH, _no_connection(PAYLOAD))
    )


@dataclass(frozen=True)
class MedusaCapabilities:
    translations: Capability
    locales: tuple[str, ...] = ()  # the store's supported locales (BCP 47)
    translatable_fields: tuple[str, ...] = ()  # product fields the module translates


@dataclass(frozen=True)
class ShopCapabilities:
    """What one shop offers editors; ``missing()`` lists what the app must not offer, each
    with its reason. ``complete`` is False when something could not be checked."""

    versions: Capability
    drafts: Capability
    localised_content: Capability
    medusa_translations: Capability
    locales: tuple[str, ...] = ()
    default_locale: str | None = None
    localised_fields: tuple[str, ...] = ()
    medusa_locales: tuple[str, ...] = ()
    medusa_translatable_fields: tuple[str, ...] = ()
    # Not in ``all()``: it refines ``drafts`` (docs/drafts.md) and is not a deployment
    # feature of its own that the other screens list.
    schedule_publish: Capability = field(
        default_factory=lambda: _not_checked(Feature.SCHEDULE_PUBLISH, _no_connection(PAYLOAD))
    )

    def all(self) -> tuple[Capability, ...]:
        return (self.versions, self.drafts, self.localised_content, self.medusa_translations)

    def __getitem__(self, feature: Feature | str) -> Capability:
        wanted = Feature(feature)
        return next(c for c in self.all() if c.feature is wanted)

    def missing(self) -> tuple[Capability, ...]:
        return tuple(c for c in self.all() if not c.available)

    @property
    def complete(self) -> bool:
        return all(c.support is not Support.UNKNOWN for c in self.all())

    @property
    def translation_locales(self) -> tuple[str, ...]:
        """Payload's locales to translate into (all but the default)."""
        return tuple(code for code in self.locales if code != self.default_locale)

    def to_json(self) -> dict[str, Any]:
        return {
            "capabilities": {c.feature.value: c.to_json() for c in self.all()},
            "payload": {
                "locales": list(self.locales),
                "default_locale": self.default_locale,
                "localised_fields": list(self.localised_fields),
            },
            "medusa": {
                "locales": list(self.medusa_locales),
                "translatable_fields": list(self.medusa_translatable_fields),
            },
            "complete": self.complete,
            "schedule_publish": self.schedule_publish.to_json(),
        }


# --------------------------------------------------------------------------- reasons

NO_VERSIONS = QT_TRANSLATE_NOOP(
    "Capabilities",
    "Payload's products collection has no versions: turn on versions (with drafts: "
    "versions.drafts) in the collection config.",
)
VERSIONS_NOT_READABLE = QT_TRANSLATE_NOOP(
    "Capabilities",
    "Payload's products collection keeps versions, but this API key's user may not read "
    "them: allow readVersions in the collection's access rules.",
)
NO_SCHEDULING = QT_TRANSLATE_NOOP(
    "Capabilities",
    "Payload has no scheduled publishing for products: turn on "
    "versions.drafts.schedulePublish in the collection config (and jobs.autoRun, so due "
    "jobs run).",
)
SCHEDULING_CLOSED = QT_TRANSLATE_NOOP(
    "Capabilities",
    "Payload schedules publishing from its admin only: its payload-jobs collection is "
    "closed to the REST API. Let signed-in users read, create and delete schedulePublish "
    "jobs (jobs.jobsCollectionOverrides), as the editorial stack does "
    "(stack/payload/src/editorial/scheduling.ts).",
)
NO_DRAFTS = QT_TRANSLATE_NOOP(
    "Capabilities",
    "Payload's products collection has no drafts: turn on versions.drafts in the collection "
    "config.",
)
NOT_LOCALISED = QT_TRANSLATE_NOOP(
    "Capabilities",
    "Payload's product content is not localised: add localization (locales and a default "
    "locale) to the Payload config and mark title, subtitle, description and the SEO fields "
    "localized.",
)
NO_MEDUSA_TRANSLATIONS = QT_TRANSLATE_NOOP(
    "Capabilities",
    "Medusa has no translation routes: turn on its Translation module (Medusa 2.12.3 or "
    'later): add { resolve: "@medusajs/medusa/translation" } to modules and '
    "featureFlags: { translation: true } in medusa-config.ts, then run medusa db:migrate.",
)
MEDUSA_MODULE_NOT_LOADED = QT_TRANSLATE_NOOP(
    "Capabilities",
    "Medusa's translation routes are on but its Translation module is not loaded: add "
    '{ resolve: "@medusajs/medusa/translation" } to modules in medusa-config.ts (the '
    "feature flag alone does not load it), then run medusa db:migrate.",
)


# --------------------------------------------------------------------------- Payload


@dataclass(frozen=True)
class Answer:
    """A raw answer: the probes read statuses and bodies, not the client's error mapping."""

    status: int
    body: Any  # parsed JSON, or None when the body was not JSON

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def describe(self, request: str) -> str:
        message = _first_message(self.body)
        return f"{request}: HTTP {self.status}" + (f" ({message})" if message else "")


def _first_message(body: Any) -> str:
    if isinstance(body, dict):
        if isinstance(body.get("message"), str):
            return body["message"]
        errors = body.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            message = errors[0].get("message")
            return message if isinstance(message, str) else ""
    return ""


async def payload_get(
    client: PayloadClient, path: str, params: Sequence[tuple[str, str]] = ()
) -> Answer:
    """``GET /api{path}`` with the client's key and retries; a query too long for a URL goes
    as a POST with Payload's method-override header, as the client's reads do."""
    headers = {"Authorization": client._authorization}
    encoded = urlencode(list(params), safe="[],$")
    if len(encoded) <= client.max_url_length:
        resp = await client._http.send(
            "GET", path, retry=Retry.SAFE, params=list(params), headers=headers
        )
    else:
        resp = await client._http.send(
            "POST",
            path,
            retry=Retry.SAFE,
            content=encoded.encode("ascii"),
            headers={
                **headers,
                METHOD_OVERRIDE: "GET",
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
    try:
        body = resp.json()
    except ValueError:
        body = None
    return Answer(resp.status_code, body)


def versions_params() -> list[tuple[str, str]]:
    # one version, only its status (present with drafts): the answer stays small
    return [("limit", "1"), ("depth", "0"), ("select[version][_status]", "true")]


def path_probe_params(paths: Iterable[str]) -> list[tuple[str, str]]:
    """``where[or][i][<path>][exists]=true`` for each path."""
    return [(f"where[or][{i}][{path}][exists]", "true") for i, path in enumerate(paths)]


def field_probe_params() -> list[tuple[str, str]]:
    return path_probe_params(f"{name}.{PROBE}" for name in CONTENT_FIELDS)


def locale_probe_params(field_name: str, codes: Iterable[str]) -> list[tuple[str, str]]:
    return path_probe_params(f"{field_name}.{code}" for code in codes)


def sample_params(field_name: str) -> list[tuple[str, str]]:
    return [
        ("limit", str(SAMPLE_SIZE)),
        ("depth", "0"),
        ("locale", "all"),
        ("sort", "-updatedAt"),
        (f"select[{field_name.replace('.', '][')}]", "true"),
        ("select[_status]", "true"),
    ]


def refused_paths(answer: Answer) -> set[str] | None:
    """The paths a 400 QueryError names (``data[].path``, else its message), or None when
    the answer is not such a refusal."""
    if answer.status != 400 or not isinstance(answer.body, dict):
        return None
    errors = answer.body.get("errors")
    if not isinstance(errors, list):
        return None
    found: set[str] = set()
    for err in errors:
        if not isinstance(err, dict):
            continue
        data = err.get("data")
        if isinstance(data, list):  # the error's name is minified under Next ("m"): not used
            found |= {
                d["path"] for d in data if isinstance(d, dict) and isinstance(d.get("path"), str)
            }
            continue
        message = err.get("message")
        if isinstance(message, str) and "cannot be queried:" in message:
            found |= {p.strip() for p in message.split("cannot be queried:", 1)[1].split(",")}
    return found or None


def localisation_from_probe(refused: set[str]) -> tuple[tuple[str, ...], str | None]:
    """(localised content fields, default locale) from the refused probe paths."""
    localised: list[str] = []
    default: str | None = None
    for name in CONTENT_FIELDS:
        prefix, suffix = f"{name}.", f".{PROBE}"
        for path in refused:
            middle = (
                path[len(prefix) : -len(suffix)]
                if path.startswith(prefix) and path.endswith(suffix)
                else None
            )
            if middle:  # "<field>.<default>.zz-probe": localised
                localised.append(name)
                default = default or middle
                break
    return tuple(localised), default


def _candidates(default: str, seen: Iterable[str], extra: Iterable[str]) -> list[str]:
    ordered = dict.fromkeys([default, *seen, *extra, *ISO_639_1, *COMMON_TAGS])
    return [code for code in ordered if _CODE.match(code) and code != PROBE]


def _access_products(answer: Answer) -> dict[str, Any] | None:
    if not answer.ok or not isinstance(answer.body, dict):
        return None
    collections = answer.body.get("collections")
    products = collections.get(PRODUCTS) if isinstance(collections, dict) else None
    return products if isinstance(products, dict) else None


def _granted(value: Any) -> bool:
    # sanitised permissions are ``true``; unsanitised ones ``{"permission": true}``
    return value is True or (isinstance(value, dict) and value.get("permission") is True)


def _unreachable(feature: Feature, err: ApiError) -> Capability:
    return _unknown(feature, _could_not_check(err), type(err).__name__)


async def detect_payload(
    client: PayloadClient, *, extra_locales: Iterable[str] = ()
) -> PayloadCapabilities:
    """Versions, drafts and localisation of Payload's products collection (reads only)."""
    try:
        return await _detect_payload(client, list(extra_locales))
    except TransportError as err:
        return PayloadCapabilities(
            _unreachable(Feature.VERSIONS, err),
            _unreachable(Feature.DRAFTS, err),
            _unreachable(Feature.LOCALISED_CONTENT, err),
            schedule_publish=_unreachable(Feature.SCHEDULE_PUBLISH, err),
        )


async def _detect_payload(client: PayloadClient, extra: list[str]) -> PayloadCapabilities:
    access, fields_probe = await asyncio.gather(
        payload_get(client, "/access"),
        payload_get(client, f"/{PRODUCTS}/count", field_probe_params()),
    )
    products = _access_products(access)
    localised, default = (), None
    refused = refused_paths(fields_probe)
    if refused is not None:
        localised, default = localisation_from_probe(refused)

    # Versions: the versions route only where /api/access says so or cannot tell.
    versions_answer: Answer | None = None
    if products is None or _granted(products.get("readVersions")):
        versions_answer = await payload_get(client, f"/{PRODUCTS}/versions", versions_params())
    sample: Answer | None = None
    if localised or products is None:  # locale codes in content; drafts without access rules
        sample = await payload_get(
            client, f"/{PRODUCTS}", sample_params(localised[0] if localised else "title")
        )

    versions, drafts = _versions_and_drafts(access, products, versions_answer, sample)
    schedule = _schedule_publish(access, drafts)
    if localised and default:
        locales = await _locales(client, localised[0], default, sample, extra)
        fields = ", ".join(localised)
        localisation = _available(
            Feature.LOCALISED_CONTENT,
            f"GET /api/products/count: localised {fields}; default locale {default}; "
            f"locales {', '.join(locales)}",
        )
        return PayloadCapabilities(
            versions, drafts, localisation, locales, default, localised, schedule
        )
    if refused is not None:
        localisation = _missing(
            Feature.LOCALISED_CONTENT,
            translate("Capabilities", NOT_LOCALISED),
            "GET /api/products/count: no content field is localised",
        )
    elif fields_probe.status in (401, 403):
        localisation = _unknown(
            Feature.LOCALISED_CONTENT,
            translate(
                "Capabilities",
                "Could not check: this API key's user may not read Payload's products.",
            ),
            fields_probe.describe("GET /api/products/count"),
        )
    else:
        localisation = _unknown(
            Feature.LOCALISED_CONTENT,
            translate(
                "Capabilities",
                "Could not check: Payload answered the localisation check unexpectedly.",
            ),
            fields_probe.describe("GET /api/products/count"),
        )
    return PayloadCapabilities(versions, drafts, localisation, schedule_publish=schedule)


def _schedule_publish(access: Answer, drafts: Capability) -> Capability:
    """Scheduling over REST: drafts, and ``payload-jobs`` open to this user for reading and
    creating (``/api/access``; Payload's own config keeps the collection closed and
    schedules from its admin through a server function)."""
    feature = Feature.SCHEDULE_PUBLISH
    if not drafts.available:
        return Capability(
            feature,
            drafts.support,
            translate("Capabilities", "Scheduled publishing needs drafts. {reason}").format(
                reason=drafts.reason
            ),
            drafts.evidence,
        )
    collections = (
        access.body.get("collections") if access.ok and isinstance(access.body, dict) else None
    )
    if not isinstance(collections, dict):
        return _unknown(
            feature,
            translate("Capabilities", "Could not check: Payload's access rules could not be read."),
            access.describe("GET /api/access"),
        )
    jobs = collections.get(JOBS)
    if not isinstance(jobs, dict):
        return _missing(
            feature, translate("Capabilities", NO_SCHEDULING), f"GET /api/access: no {JOBS}"
        )
    if _granted(jobs.get("create")) and _granted(jobs.get("read")):
        return _available(feature, f"GET /api/access: {JOBS} create, read")
    return _missing(
        feature,
        translate("Capabilities", SCHEDULING_CLOSED),
        f"GET /api/access: {JOBS} without create/read",
    )


def _versions_and_drafts(
    access: Answer,
    products: dict[str, Any] | None,
    versions_answer: Answer | None,
    sample: Answer | None,
) -> tuple[Capability, Capability]:
    route = "GET /api/products/versions"
    if products is not None:
        has_drafts = "_status" in (products.get("fields") or {})
        if versions_answer is None:  # no readVersions in /api/access
            if has_drafts:
                versions = _missing(
                    Feature.VERSIONS,
                    translate("Capabilities", VERSIONS_NOT_READABLE),
                    "GET /api/access: products has _status but no readVersions",
                )
            else:
                versions = _missing(
                    Feature.VERSIONS,
                    translate("Capabilities", NO_VERSIONS),
                    "GET /api/access: products has no readVersions",
                )
        elif versions_answer.ok and _is_page(versions_answer.body):
            versions = _available(
                Feature.VERSIONS, f"GET /api/access: readVersions; {route}: HTTP 200"
            )
        else:
            versions = _unknown(
                Feature.VERSIONS,
                translate(
                    "Capabilities",
                    "Could not check: Payload lists versions for products but did not return them.",
                ),
                versions_answer.describe(route),
            )
        if has_drafts:
            drafts = _available(Feature.DRAFTS, "GET /api/access: products.fields._status")
        else:
            drafts = _missing(
                Feature.DRAFTS,
                translate("Capabilities", NO_DRAFTS if versions.available else NO_VERSIONS),
                "GET /api/access: products has no _status field",
            )
        return versions, drafts

    # /api/access unreadable: the versions route and a sample of products tell instead.
    why_no_access = access.describe("GET /api/access")
    assert versions_answer is not None
    if versions_answer.ok and _is_page(versions_answer.body):
        versions = _available(Feature.VERSIONS, f"{why_no_access}; {route}: HTTP 200")
        docs = versions_answer.body["docs"]
        status_seen = (
            bool(docs)
            and isinstance(docs[0].get("version"), dict)
            and ("_status" in docs[0]["version"])
        )
    elif versions_answer.status == 403:
        versions = _missing(
            Feature.VERSIONS,
            translate("Capabilities", VERSIONS_NOT_READABLE),
            versions_answer.describe(route),
        )
        status_seen = False
    elif versions_answer.status in (400, 404, 500, 501):
        # a collection without versions: the route exists and fails (500 in Payload 3.90)
        versions = _missing(
            Feature.VERSIONS,
            translate("Capabilities", NO_VERSIONS),
            versions_answer.describe(route),
        )
        status_seen = False
    else:
        versions = _unknown(
            Feature.VERSIONS,
            translate(
                "Capabilities", "Could not check: Payload answered the versions check unexpectedly."
            ),
            versions_answer.describe(route),
        )
        status_seen = False
    sample_docs = (
        sample.body.get("docs") if sample and sample.ok and _is_page(sample.body) else None
    )
    if status_seen or (sample_docs and any("_status" in d for d in sample_docs)):
        drafts = _available(Feature.DRAFTS, "products carry _status")
    elif versions.support is Support.MISSING and not sample_docs:
        drafts = _missing(Feature.DRAFTS, translate("Capabilities", NO_VERSIONS), versions.evidence)
    elif sample_docs:
        drafts = _missing(
            Feature.DRAFTS,
            translate("Capabilities", NO_DRAFTS if versions.available else NO_VERSIONS),
            "GET /api/products: no _status on products",
        )
    else:
        drafts = _unknown(
            Feature.DRAFTS,
            translate(
                "Capabilities",
                "Could not check: Payload's access rules could not be read and no product shows "
                "its status.",
            ),
            why_no_access,
        )
    return versions, drafts


def _is_page(body: Any) -> bool:
    return isinstance(body, dict) and isinstance(body.get("docs"), list)


async def _locales(
    client: PayloadClient,
    field_name: str,
    default: str,
    sample: Answer | None,
    extra: list[str],
) -> tuple[str, ...]:
    seen: list[str] = []
    if sample is not None and sample.ok and _is_page(sample.body):
        for doc in sample.body["docs"]:
            value: Any = doc
            for part in field_name.split("."):
                value = value.get(part) if isinstance(value, dict) else None
            if isinstance(value, dict):
                seen += [key for key in value if isinstance(key, str)]
    candidates = _candidates(default, seen, extra)
    configured = {default}
    for start in range(0, len(candidates), LOCALE_CHUNK):
        chunk = candidates[start : start + LOCALE_CHUNK]
        answer = await payload_get(
            client, f"/{PRODUCTS}/count", locale_probe_params(field_name, chunk)
        )
        refused = refused_paths(answer)
        if answer.ok:  # every path in the chunk is a configured locale
            configured.update(chunk)
        elif refused is not None:
            configured.update(
                code
                for code in chunk
                if f"{field_name}.{code}" not in refused
                and f"{field_name}.{default}.{code}" not in refused
            )
        else:  # unexpected: keep what the content shows
            configured.update(seen)
    order = {code: i for i, code in enumerate(candidates)}
    return tuple(sorted(configured, key=lambda code: (code != default, order.get(code, 0))))


# --------------------------------------------------------------------------- Medusa


# The Medusa reads: (path, params).
TRANSLATIONS = ("/admin/translations", [("limit", "1")])
TRANSLATION_SETTINGS = ("/admin/translations/settings", [("entity_type", "product")])
STORE_LOCALES = ("/admin/stores", [("fields", "id,supported_locales.locale_code")])


async def detect_medusa(client: MedusaClient) -> MedusaCapabilities:
    """Whether Medusa's translation module answers, its product fields and store locales."""
    feature = Feature.MEDUSA_TRANSLATIONS
    route = "GET /admin/translations"
    try:
        await client._request("GET", TRANSLATIONS[0], retry=Retry.SAFE, params=TRANSLATIONS[1])
    except (RouteMissing, NotFound) as err:
        return MedusaCapabilities(
            _missing(
                feature,
                translate("Capabilities", NO_MEDUSA_TRANSLATIONS),
                f"{route}: HTTP {err.status}",
            )
        )
    except ServerError as err:
        return MedusaCapabilities(
            _missing(
                feature,
                translate("Capabilities", MEDUSA_MODULE_NOT_LOADED),
                f"{route}: HTTP {err.status}",
            )
        )
    except (BadCredentials, Forbidden) as err:
        return MedusaCapabilities(_unknown(feature, _could_not_check(err), route))
    except ApiError as err:
        return MedusaCapabilities(_unknown(feature, _could_not_check(err), route))
    settings, stores = await asyncio.gather(
        medusa_read(client, *TRANSLATION_SETTINGS), medusa_read(client, *STORE_LOCALES)
    )
    fields: tuple[str, ...] = ()
    product = (settings or {}).get("translation_settings", {})
    product = product.get("product") if isinstance(product, dict) else None
    if isinstance(product, dict) and isinstance(product.get("fields"), list):
        inactive = set(product.get("inactive_fields") or ())
        active = product.get("is_active", True) is not False
        fields = (
            tuple(f for f in product["fields"] if isinstance(f, str) and f not in inactive)
            if active
            else ()
        )
    locales: tuple[str, ...] = ()
    store_list = (stores or {}).get("stores")
    if isinstance(store_list, list) and store_list and isinstance(store_list[0], dict):
        locales = tuple(
            loc["locale_code"]
            for loc in store_list[0].get("supported_locales") or ()
            if isinstance(loc, dict) and isinstance(loc.get("locale_code"), str)
        )
    evidence = (
        f"{route}: HTTP 200; product fields {', '.join(fields) or 'unknown'}; "
        f"store locales {', '.join(locales) or 'none'}"
    )
    return MedusaCapabilities(_available(feature, evidence), locales, fields)


async def medusa_read(
    client: MedusaClient, path: str, params: list[tuple[str, str]]
) -> dict[str, Any] | None:
    try:
        body = await client._request("GET", path, retry=Retry.SAFE, params=params)
    except ApiError:
        return None  # the detail is optional; the module's presence is decided already
    return body if isinstance(body, dict) else None


# --------------------------------------------------------------------------- a shop


def _not_checked(feature: Feature, why: str) -> Capability:
    return _unknown(feature, translate("Capabilities", "Not checked: {reason}").format(reason=why))


def _could_not_check(err: ApiError) -> str:
    return translate("Capabilities", "Could not check: {error}").format(error=err.message)


def _no_connection(server: str) -> str:
    if server == MEDUSA:
        return translate("Capabilities", "no Medusa connection")
    return translate("Capabilities", "no Payload connection")


async def detect(
    medusa: MedusaClient | None,
    payload: PayloadClient | None,
    *,
    problems: Mapping[str, str] | None = None,
    extra_locales: Iterable[str] = (),
) -> ShopCapabilities:
    """Both servers at once; a server without a client (``problems`` says why) is unknown."""
    problems = problems or {}

    async def nothing() -> None:
        return None

    found_payload, found_medusa = await asyncio.gather(
        detect_payload(payload, extra_locales=extra_locales) if payload else nothing(),
        detect_medusa(medusa) if medusa else nothing(),
    )
    if found_payload is None:
        why = problems.get(PAYLOAD) or _no_connection(PAYLOAD)
        found_payload = PayloadCapabilities(
            _not_checked(Feature.VERSIONS, why),
            _not_checked(Feature.DRAFTS, why),
            _not_checked(Feature.LOCALISED_CONTENT, why),
            schedule_publish=_not_checked(Feature.SCHEDULE_PUBLISH, why),
        )
    if found_medusa is None:
        why = problems.get(MEDUSA) or _no_connection(MEDUSA)
        found_medusa = MedusaCapabilities(_not_checked(Feature.MEDUSA_TRANSLATIONS, why))
    return ShopCapabilities(
        versions=found_payload.versions,
        drafts=found_payload.drafts,
        localised_content=found_payload.localised_content,
        medusa_translations=found_medusa.translations,
        locales=found_payload.locales,
        default_locale=found_payload.default_locale,
        localised_fields=found_payload.localised_fields,
        medusa_locales=found_medusa.locales,
        medusa_translatable_fields=found_medusa.translatable_fields,
        schedule_publish=found_payload.schedule_publish,
    )
