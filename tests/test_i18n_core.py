"""The Qt-free core speaks the interface's language: capability reasons, push outcomes and
progress, server, keyring and profile errors (docs/i18n.md).

German and French come from the committed catalogs compiled into a temporary folder and
installed as the app does at start (ui/translator.py); without a backend (the CLI, the
other tests) the same calls read English, word for word as before.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from desktop_app.api import capabilities as caps
from desktop_app.api.capabilities import Feature, Support
from desktop_app.api.responses import medusa_error
from desktop_app.exchange.pull import pull
from desktop_app.exchange.push import PushProgress, _Progress, push
from desktop_app.secrets import SecretKind
from desktop_app.services.shop import missing_secret_message
from desktop_app.store import CatalogStore
from desktop_app.store.fields import extract
from desktop_app.ui import translator
from tests.api.test_capabilities import run
from tests.exchange.fakes import fake_pair
from tests.fixtures.capabilities import Replay, folder, response_of

REPO = Path(__file__).resolve().parents[1]


def without_the_module() -> Replay:
    """The editorial stack with Medusa's translation flag on but its module not loaded."""
    record = json.loads((folder("medusa", "flag-without-module") / "translations.json").read_text())
    return Replay("editorial", overrides={"translations": response_of(record)})


async def a_conflict() -> str:
    """The message a push stores with an edit a colleague changed meanwhile."""
    medusa, payload = fake_pair(2)
    store = CatalogStore.open(":memory:")
    try:
        m, p = medusa.client(), payload.client()
        await pull(store, m, p)
        pid = "prod_00002"
        store.outbox.record(pid, {"title": "Mine"}, {"title": extract(store.payload(pid), "title")})
        payload.touch(pid, title="Theirs")
        report = await push(store, m, p)
        assert report.conflicts == 1
        [entry] = store.outbox.entries()
        return entry.message
    finally:
        store.close()


def progress_lines(total: int) -> list[str]:
    seen: list[PushProgress] = []
    progress = _Progress(total, seen.append)
    progress.start()
    progress.step()
    return [p.message for p in seen]


def rate_limited() -> str:
    request = httpx.Request("GET", "http://medusa.test/admin/products")
    response = httpx.Response(429, headers={"Retry-After": "30"}, request=request)
    return medusa_error(response).message


async def test_without_a_backend_the_core_reads_english() -> None:
    found = await run(without_the_module())
    assert found.medusa_translations.reason == caps.MEDUSA_MODULE_NOT_LOADED
    assert found.medusa_translations.reason.startswith("Medusa's translation routes are on")
    assert Feature.DRAFTS.label == "Drafts and publishing"
    assert await a_conflict() == "Changed on the server since you edited it."
    assert progress_lines(2000) == [
        "Sending changes of 2,000 products…",
        "Sent 1 of 2,000 products",
    ]
    assert rate_limited() == "Medusa is busy (HTTP 429); retry in 30 s."
    assert missing_secret_message(SecretKind.PAYLOAD_API_KEY) == (
        "No Payload API key is stored for this profile. Enter it in Settings."
    )


async def test_in_german_from_the_built_catalog(german: translator.Installed) -> None:
    found = await run(without_the_module())
    assert found.medusa_translations.support is Support.MISSING
    assert found.medusa_translations.reason.startswith(
        "Die Übersetzungsrouten von Medusa sind aktiv, aber das Translation-Modul ist nicht geladen"
    )
    assert found.medusa_translations.evidence.startswith("GET /admin/translations")  # as sent
    assert Feature.DRAFTS.label == "Entwürfe und Veröffentlichung"
    assert await a_conflict() == "Auf dem Server geändert, seit Sie es bearbeitet haben."
    assert progress_lines(2000) == [
        "Änderungen von 2.000 Produkten werden übertragen…",
        "1 von 2.000 Produkten übertragen",
    ]
    assert progress_lines(1)[0] == "Änderungen von 1 Produkt werden übertragen…"
    assert rate_limited() == "Medusa ist ausgelastet (HTTP 429); versuchen Sie es in 30 s erneut."
    assert missing_secret_message(SecretKind.PAYLOAD_API_KEY) == (
        "Für dieses Profil ist kein Payload-API-Schlüssel gespeichert. "
        "Geben Sie ihn in den Einstellungen ein."
    )


async def test_a_reason_reads_in_the_language_it_was_detected_in(
    german: translator.Installed,
) -> None:
    found = await caps.detect(None, None)
    german.uninstall()  # the language changes (in the app: at the next start)
    assert found.versions.support is Support.UNKNOWN
    assert found.versions.reason == "Nicht geprüft: keine Verbindung zu Payload"
    assert (await caps.detect(None, None)).versions.reason == "Not checked: no Payload connection"


async def test_in_french_with_its_no_break_spaces(french: translator.Installed) -> None:
    found = await caps.detect(None, None)
    assert found.versions.reason == "Non vérifié\u00a0: pas de connexion à Payload"
    assert await a_conflict() == "Modifié sur le serveur depuis votre modification."
