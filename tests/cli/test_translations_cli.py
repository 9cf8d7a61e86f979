"""``desktop-app translations status|export|import``: through the profile's catalog, offline
once the shop's setup is known; ``import --push`` sends through fakes of the editorial stack."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from translate.storage import xliff

from desktop_app.config import ProfileStore
from desktop_app.secrets import SecretKind
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.shop import Shop as ShopClients
from desktop_app.services.transports import Transports
from desktop_app.store import CatalogStore
from tests.cli.catalog_shop import PROFILE, Shop
from tests.exchange.fakes import API_KEY, SECRET
from tests.translations.fakes import (
    FixedCapabilities,
    LocalisedPayload,
    TranslatingMedusa,
    editorial_capabilities,
    editorial_pair,
)

P1 = "prod_00001"


@pytest.fixture
async def servers(monkeypatch: pytest.MonkeyPatch) -> tuple[TranslatingMedusa, LocalisedPayload]:
    """The profile's store pulled from fakes of the editorial stack, its setup known."""
    monkeypatch.setenv(SecretKind.MEDUSA_SECRET_KEY.env_var, SECRET)
    monkeypatch.setenv(SecretKind.PAYLOAD_API_KEY.env_var, API_KEY)
    ProfileStore().add(PROFILE, activate=True)
    medusa, payload = editorial_pair(2)
    shop = ShopClients(PROFILE, medusa.client(), payload.client(),
                       capability_cache=FixedCapabilities(await editorial_capabilities()))
    catalog = OfflineCatalog(CatalogStore.for_profile(PROFILE.name), shop)
    await catalog.pull()
    await catalog.detect_translations()
    await catalog.aclose()
    return medusa, payload


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Shop:
    return Shop(capsys)


def test_status_counts_and_lists_per_locale(servers, cli: Shop) -> None:
    result = cli.json("translations", "status")
    assert result.code == 0, result.err
    body = result.json
    assert body["source"] == "en"
    assert [(x["locale"], x["medusa_locale"], x["missing"], x["done"]) for x in body["locales"]] \
        == [("de", "de-DE", 2, 0), ("fr", "fr-FR", 2, 0)]
    first = next(p for p in body["products"] if p["product_id"] == P1 and p["locale"] == "de")
    assert first["status"] == "missing"
    assert first["fields"]["locales.de.title"] == "missing"
    text = cli.run("translations", "status", "--locale", "de-DE")
    assert text.code == 0 and "Not done in de:" in text.out and "Payload title 1" in text.out
    unknown = cli.json("translations", "status", "--locale", "it")
    assert unknown.code == 2 and unknown.json["error"]["field"] == "locale"


def test_export_fill_dry_run_import_and_push(servers, cli: Shop, tmp_path: Path) -> None:
    medusa, payload = servers
    target = tmp_path / "de.xlf"
    exported = cli.json("translations", "export", "--locale", "de", str(target),
                        "--product", P1)
    assert exported.code == 0, exported.err
    # title and subtitle (Payload's and Medusa's at once), SEO title, Medusa's description
    assert exported.json["units"] == 4 and exported.json["products"] == 1
    store = xliff.xlifffile.parsefile(str(target))
    for unit in store.units:
        unit.target = "DE: " + unit.source
    target.write_bytes(bytes(store))

    dry = cli.json("translations", "import", str(target), "--dry-run")
    assert dry.code == 0 and dry.json["dry_run"] and dry.json["counts"]["change"] == 4
    assert dry.json["edited"] == 0
    pending = OfflineCatalog.open(PROFILE)
    try:
        assert pending.outbox() == []
    finally:
        pending.close_now()

    cli.capsys.readouterr()
    from tests.cli.catalog_shop import build_parser

    args = build_parser().parse_args(["translations", "import", str(target), "--push", "--json"])
    code = args.func(args, Transports(medusa.transport, payload.transport))
    body = json.loads(cli.capsys.readouterr().out)
    assert code == 0, body
    assert body["push"]["sent"] == body["edited"] > 0 and body["push"]["failed"] == 0
    assert payload.locale_value(P1, "de", "title") == "DE: Payload title 1"
    assert medusa.translation(P1, "de-DE")["translations"]["title"] == "DE: Payload title 1"


def test_a_file_the_app_cannot_read_is_refused(servers, cli: Shop, tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlf"
    bad.write_text("<nope")
    result = cli.json("translations", "import", str(bad))
    assert result.code == 1 and "XLIFF" in result.json["error"]["message"]
    missing = cli.json("translations", "import", str(tmp_path / "none.csv"))
    assert missing.code == 2


def test_a_shop_without_translations_says_why(cli: Shop, monkeypatch) -> None:
    from tests.cli.catalog_shop import seed

    seed()

    async def unavailable(self, *, refresh: bool = False):  # the seed's stack, as recorded
        from tests.translations.fakes import default_capabilities

        return await default_capabilities()

    monkeypatch.setattr(OfflineCatalog, "capabilities", unavailable)
    result = cli.json("translations", "status")
    assert result.code == 1
    assert result.json["error"]["code"] == "unavailable"
    assert "not localised" in result.json["error"]["message"]
