"""``desktop-app sync …`` and ``desktop-app doctor`` over fake servers."""

from __future__ import annotations

import csv
import json

import pytest

from desktop_app.cli import doctor as doctor_cli
from desktop_app.cli import sync as sync_cli
from desktop_app.cli.main import build_parser
from desktop_app.config import MedusaAuth, Profile, ProfileStore
from desktop_app.secrets import Secret, SecretKind, open_secret_store
from tests.admin.fakes import (
    PAYLOAD_KEY,
    SECRET_KEY,
    FakeClock,
    FakeShop,
    FakeSync,
    product,
    synced_shop,
)


def register_profile(name: str = "shop") -> None:
    ProfileStore().add(Profile(name=name, medusa_url="http://medusa.test",
                               medusa_auth=MedusaAuth.SECRET_KEY,
                               payload_url="http://payload.test"), activate=True)
    secrets = open_secret_store()  # the root conftest's in-memory keyring
    secrets.set(name, SecretKind.MEDUSA_SECRET_KEY, Secret(SECRET_KEY))
    secrets.set(name, SecretKind.PAYLOAD_API_KEY, Secret(PAYLOAD_KEY))


@pytest.fixture(autouse=True)
def profile() -> None:
    register_profile()


def run(shop: FakeShop, *argv: str, **kw) -> int:
    args = build_parser().parse_args(list(argv))
    return args.func(args, transports=shop.transports, **kw)


def drifted_shop() -> FakeShop:
    shop = synced_shop(4)
    shop.medusa.add(product(10))  # never synced
    shop.medusa.products["prod_0001"]["metadata"]["payload_id"] = "99"
    return shop


def test_commands_are_registered() -> None:
    parser = build_parser()
    assert parser.parse_args(["sync", "trigger", "--wait"]).func is sync_cli.cmd_trigger
    assert parser.parse_args(["sync", "verify", "--csv", "x.csv"]).func is sync_cli.cmd_verify
    assert parser.parse_args(["doctor", "--json"]).func is doctor_cli.cmd_doctor
    assert parser.parse_args(["sync", "verify", "--profile", "other"]).profile == "other"


def test_verify_json_and_csv_on_drift(tmp_path, capsys) -> None:
    out_csv = tmp_path / "drift.csv"
    assert run(drifted_shop(), "sync", "verify", "--json", "--csv", str(out_csv)) == 3
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["missing_in_payload"] == 1
    assert data["counts"]["stale_payload_id"] == 1
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8-sig")))
    assert {(r["kind"], r["medusa_id"]) for r in rows} == {
        ("missing_in_payload", "prod_0010"), ("stale_payload_id", "prod_0001")}


def test_verify_text_when_both_agree(capsys) -> None:
    assert run(synced_shop(3), "sync", "verify") == 0
    assert "Medusa and Payload agree: 3 products" in capsys.readouterr().out


def test_verify_unknown_collection_is_an_error(capsys) -> None:
    assert run(synced_shop(1), "sync", "verify", "collections") == 1
    assert "only products" in capsys.readouterr().err


def test_trigger_without_wait_just_presses_the_route(capsys) -> None:
    shop = synced_shop(1)
    assert run(shop, "sync", "trigger", "--json") == 0
    assert json.loads(capsys.readouterr().out)["message"] == "Syncing products with Payload"
    posts = [r for r in shop.medusa.requests if r.method == "POST"]
    assert [r.url.path for r in posts] == ["/admin/payload/sync/products"]


def waiting_shop(skip: set[str] = frozenset()) -> tuple[FakeShop, FakeClock]:
    shop = synced_shop(3)
    for n in range(3, 9):
        shop.medusa.add(product(n))
    fake_sync = FakeSync(shop.medusa, shop.payload, per_step=2, skip=set(skip))
    shop.medusa.on_sync = fake_sync.start
    return shop, FakeClock(fake_sync)


def test_trigger_wait_prints_progress_and_the_report(capsys) -> None:
    shop, clock = waiting_shop()
    code = run(shop, "sync", "trigger", "--wait", clock=clock, sleep=clock.sleep)
    out, err = capsys.readouterr()
    assert code == 0
    assert err.splitlines()[0].startswith("5/9 products in agreement")
    assert err.splitlines()[-1].startswith("9/9 products in agreement")
    assert "Sync finished: all 9 products agree." in out
    assert "Medusa and Payload agree" in out

    assert run(shop, "sync", "history", "--json") == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["outcome"] == "agreed"
    assert entry["before"]["missing"] == 6 and entry["after"]["missing"] == 0


def test_trigger_wait_json_names_what_a_stalled_sync_left_out(capsys) -> None:
    shop, clock = waiting_shop(skip={"prod_0007"})
    code = run(shop, "sync", "trigger", "--wait", "--json", "--stall-after", "6",
               clock=clock, sleep=clock.sleep)
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert data["outcome"] == "stalled" and data["missing_ids"] == ["prod_0007"]
    assert [f["medusa_id"] for f in data["report"]["findings"]] == ["prod_0007"]


def test_trigger_failure_exits_1(capsys) -> None:
    shop = synced_shop(1)
    shop.medusa.has_sync_route = False
    assert run(shop, "sync", "trigger") == 1
    assert "error: Medusa" in capsys.readouterr().err


def test_repair_dry_run_then_yes(capsys) -> None:
    shop = drifted_shop()
    assert run(shop, "sync", "repair") == 0
    out = capsys.readouterr().out
    assert "prod_0001: set metadata.payload_id to 2" in out and "Dry run" in out
    assert not any(r.method == "POST" for r in shop.medusa.requests)

    assert run(shop, "sync", "repair", "--yes", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["medusa_id"] for r in data["applied"]["done"]] == ["prod_0001"]
    assert data["applied"]["sync_message"] == "Syncing products with Payload"
    assert shop.medusa.products["prod_0001"]["metadata"]["payload_id"] == "2"


def test_missing_secret_is_reported(capsys) -> None:
    register_profile("bare")
    open_secret_store().delete("bare", SecretKind.PAYLOAD_API_KEY)
    assert run(synced_shop(1), "sync", "verify", "--profile", "bare") == 1
    assert "Payload" in capsys.readouterr().err


def test_doctor_json_and_exit_codes(capsys) -> None:
    shop = synced_shop(1)
    assert run(shop, "doctor", "--json") == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    shop.payload.anonymous_create_open = True
    assert run(shop, "doctor") == 1
    out = capsys.readouterr().out
    assert "[FAIL] Payload refuses anonymous product creation" in out
    assert "fix:" in out and "1 check failed." in out
