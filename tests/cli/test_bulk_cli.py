"""``desktop-app bulk …`` against the recorded-shape fakes: preview, record, push, undo, CSV."""

from __future__ import annotations

import json

import pytest

from desktop_app.cli.main import build_parser
from desktop_app.config import MedusaAuth, Profile, ProfileStore
from desktop_app.secrets import SecretKind
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports
from tests.exchange.fakes import API_KEY, SECRET, fake_pair


@pytest.fixture
def shop(monkeypatch):
    """Four pulled products in the active profile's store; returns the fakes and transports."""
    profile = Profile(name="Shop", medusa_url="http://medusa.test",
                      medusa_auth=MedusaAuth.SECRET_KEY, payload_url="http://payload.test")
    ProfileStore().add(profile, activate=True)
    monkeypatch.setenv(SecretKind.MEDUSA_SECRET_KEY.env_var, SECRET)
    monkeypatch.setenv(SecretKind.PAYLOAD_API_KEY.env_var, API_KEY)
    medusa, payload = fake_pair(4)
    transports = Transports(medusa.transport, payload.transport)
    run(["pull", "--quiet"], transports)
    return profile, medusa, payload, transports


def run(argv: list[str], transports: Transports = Transports()) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args, transports)


def outbox(profile: Profile) -> list:
    catalog = OfflineCatalog.open(profile)
    try:
        return catalog.outbox()
    finally:
        catalog.close_now()


def test_commands_are_registered():
    parser = build_parser()
    for argv in (["bulk", "set-status", "draft", "--all"], ["bulk", "list"],
                 ["bulk", "undo", "3"], ["bulk", "export-csv", "f.csv"],
                 ["bulk", "import-csv", "f.csv", "--dry-run"],
                 ["bulk", "replace", "a", "b", "--regex", "--field", "title"],
                 ["bulk", "set-seo", "--meta-title", "{title}", "--ids", "x"]):
        assert callable(parser.parse_args(argv).func)


def test_dry_run_prints_the_diff_and_writes_nothing(shop, capsys):
    profile, _medusa, payload, _t = shop
    capsys.readouterr()
    assert run(["bulk", "set-seo", "--meta-title", "{title} | Shop", "--search", "title",
                "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Set SEO meta title: 4 products change (4 fields)" in out
    assert 'seo.meta_title: (empty) → "Payload title 2 | Shop"' in out
    assert outbox(profile) == [] and payload.writes() == []


def test_record_then_push_then_undo(shop, capsys):
    profile, medusa, _payload, transports = shop
    assert run(["bulk", "set-status", "draft", "--ids", "prod_00001,prod_00003", "--json"]) == 0
    recorded = json.loads(capsys.readouterr().out)
    assert (recorded["products"], recorded["bulk_id"]) == (2, 1)
    assert [(e.product_id, e.mine) for e in outbox(profile)] == [
        ("prod_00001", "draft"), ("prod_00003", "draft")]
    assert medusa.writes() == []  # recorded only: no --push

    assert run(["bulk", "set-status", "proposed", "--status", "published", "--push",
                "--json", "--quiet"], transports) == 0
    pushed = json.loads(capsys.readouterr().out)
    assert pushed["products"] == 2 and pushed["push"]["sent"] == 4  # both bulk edits sent
    assert [medusa.products[f"prod_0000{n}"]["status"] for n in range(1, 5)] == [
        "draft", "proposed", "draft", "proposed"]

    assert run(["bulk", "undo", "2", "--push", "--json", "--quiet"], transports) == 0
    undone = json.loads(capsys.readouterr().out)
    assert (undone["reverted"], undone["push"]["sent"]) == (2, 2)
    assert medusa.products["prod_00002"]["status"] == "published"

    assert run(["bulk", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("#2 ") and "undone" in lines[0]
    assert "Set status to proposed" in lines[0]
    assert lines[1].startswith("#1 ") and "applied" in lines[1]


def test_bad_input_is_a_clear_error(shop, capsys):
    profile, *_ = shop
    capsys.readouterr()
    assert run(["bulk", "replace", "(", "x", "--regex", "--all"]) == 1
    assert "error: Invalid regular expression" in capsys.readouterr().err
    assert run(["bulk", "set-status", "draft"]) == 1
    assert "choose products with --search" in capsys.readouterr().err
    assert run(["bulk", "undo", "99"]) == 1
    assert "no bulk edit #99" in capsys.readouterr().err
    assert outbox(profile) == []


def test_csv_export_edit_dry_run_and_import(shop, tmp_path, capsys):
    profile, _medusa, payload, transports = shop
    path = tmp_path / "list.csv"
    assert run(["bulk", "export-csv", str(path), "--search", "title"]) == 0
    assert "Wrote 4 products" in capsys.readouterr().out
    text = path.read_text(encoding="utf-8-sig")
    path.write_text(text.replace("Payload title 3,", "Renamed in a spreadsheet,"),
                    encoding="utf-8")

    assert run(["bulk", "import-csv", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert 'title: "Payload title 3" → "Renamed in a spreadsheet"' in out
    assert outbox(profile) == []

    assert run(["bulk", "import-csv", str(path), "--push", "--quiet"], transports) == 0
    assert payload.by_medusa("prod_00003")["title"] == "Renamed in a spreadsheet"


def test_csv_with_bad_rows_is_refused_with_per_row_errors(shop, tmp_path, capsys):
    profile, *_ = shop
    path = tmp_path / "bad.csv"
    path.write_text("product_id,status\nprod_00001,draft\nprod_00002,gone\nprod_x,draft\n")
    capsys.readouterr()
    assert run(["bulk", "import-csv", str(path)]) == 1
    err = capsys.readouterr().err
    assert "row 3: status: status 'gone' is not one of" in err
    assert "row 4: no product prod_x in the local catalog" in err
    assert outbox(profile) == []  # nothing applied, not even the good row


def test_one_product_and_one_field_are_singular(shop, capsys):
    """Fails on the old main: "(1 products, 1 fields)" and "1 products change"."""
    capsys.readouterr()
    assert run(["bulk", "set-status", "draft", "--ids", "prod_00002", "--dry-run"]) == 0
    assert "Set status to draft: 1 product changes (1 field)" in capsys.readouterr().out
    assert run(["bulk", "set-status", "draft", "--ids", "prod_00002"]) == 0
    assert "recorded as bulk edit #1 (1 product, 1 field);" in capsys.readouterr().out
    assert run(["bulk", "list"]) == 0
    assert "  1 product  applied  " in capsys.readouterr().out


def test_push_without_a_key_says_so_and_keeps_the_edits(shop, capsys, monkeypatch):
    """No Medusa key (keyring or environment) for a Medusa field: recorded, and not
    reported as all pushed."""
    profile, medusa, _payload, transports = shop
    monkeypatch.delenv(SecretKind.MEDUSA_SECRET_KEY.env_var)
    capsys.readouterr()
    assert run(["bulk", "set-status", "draft", "--ids", "prod_00001", "--push", "--quiet"],
               transports) == 1
    out, err = capsys.readouterr()
    assert "recorded as bulk edit #1" in out
    assert "No Medusa secret API key is stored for this profile" in err
    assert "wait in the outbox" in err
    assert [(e.product_id, e.mine, e.state) for e in outbox(profile)] == [
        ("prod_00001", "draft", "queued")]
    assert medusa.writes() == []
