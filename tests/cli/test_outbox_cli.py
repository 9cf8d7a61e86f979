"""``desktop-app outbox resolve | discard``: a conflict or a refused edit settled headless
(the fakes of tests/exchange/fakes.py, recorded shapes), then pushed."""

from __future__ import annotations

import pytest

from desktop_app.cli.main import build_parser
from desktop_app.config import MedusaAuth, Profile, ProfileStore
from desktop_app.secrets import SecretKind
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports
from tests.exchange.fakes import API_KEY, SECRET, fake_pair

PROFILE = Profile(
    name="Shop",
    medusa_url="http://medusa.test",
    medusa_auth=MedusaAuth.SECRET_KEY,
    payload_url="http://payload.test",
)


@pytest.fixture
def shop(monkeypatch, capsys):
    ProfileStore().add(PROFILE, activate=True)
    monkeypatch.setenv(SecretKind.MEDUSA_SECRET_KEY.env_var, SECRET)
    monkeypatch.setenv(SecretKind.PAYLOAD_API_KEY.env_var, API_KEY)
    medusa, payload = fake_pair(2)
    transports = Transports(medusa.transport, payload.transport)
    run(transports, "pull", "--quiet")
    capsys.readouterr()
    return payload, transports


def run(transports: Transports, *argv: str) -> int:
    args = build_parser().parse_args(list(argv))
    return args.func(args, transports) if argv[0] in ("pull", "push") else args.func(args)


def edit(changes: dict) -> int:
    catalog = OfflineCatalog.open(PROFILE)
    try:
        catalog.edit("prod_00001", changes)
        return catalog.outbox()[-1].seq
    finally:
        catalog.close_now()


def pending() -> list[tuple[str, str]]:
    catalog = OfflineCatalog.open(PROFILE)
    try:
        return [(e.field, e.state) for e in catalog.outbox()]
    finally:
        catalog.close_now()


@pytest.mark.parametrize(
    ("choice", "title"), [("--keep-mine", "mine"), ("--take-theirs", "theirs")]
)
def test_a_conflict_is_settled_then_push_succeeds(shop, capsys, choice, title):
    payload, transports = shop
    seq = edit({"title": "mine"})
    payload.by_medusa("prod_00001")["title"] = "theirs"  # a colleague, in Payload admin
    assert run(transports, "push", "--quiet") == 1
    assert pending() == [("title", "conflict")]

    assert run(transports, "outbox", "resolve", str(seq), choice) == 0
    assert f"Edit #{seq}" in capsys.readouterr().out
    assert run(transports, "push", "--quiet") == 0
    assert pending() == []
    assert payload.by_medusa("prod_00001")["title"] == title


def test_discard_drops_a_pending_edit(shop, capsys):
    _payload, transports = shop
    seq = edit({"subtitle": "not after all"})
    assert run(transports, "outbox", "discard", str(seq)) == 0
    assert pending() == []


def test_a_wrong_number_is_a_clear_error(shop, capsys):
    _payload, transports = shop
    seq = edit({"subtitle": "queued, nothing to resolve"})
    assert run(transports, "outbox", "resolve", str(seq), "--keep-mine") == 1
    assert run(transports, "outbox", "discard", "999") == 1
    err = capsys.readouterr().err
    assert f"outbox entry {seq} has nothing to resolve" in err
    assert "outbox entry 999 cannot be discarded now" in err
    assert pending() == [("subtitle", "queued")]
    with pytest.raises(SystemExit):  # one of the two choices is required
        build_parser().parse_args(["outbox", "resolve", str(seq)])


def test_push_can_override_a_lock_it_was_refused_by(shop, capsys):
    """A 423 (open in Payload admin) keeps the edit 'locked'; the message offers an
    override, and 'push --override-lock PRODUCT' is it (overrideLock=true, §7)."""
    payload, transports = shop
    edit({"title": "mine"})
    doc = payload.by_medusa("prod_00001")
    payload.locked.add(doc["id"])
    assert run(transports, "push", "--quiet") == 1
    assert pending() == [("title", "locked")]

    assert run(transports, "push", "--quiet", "--override-lock", "prod_00001") == 0
    assert pending() == []
    assert doc["title"] == "mine" and doc["id"] not in payload.locked


def test_override_lock_of_an_unknown_product_is_refused(shop, capsys):
    _payload, transports = shop
    assert run(transports, "push", "--override-lock", "prod_nope") == 1
    assert "no product prod_nope is stored" in capsys.readouterr().err


def test_an_edit_already_sent_is_not_discarded(shop, capsys):
    """The history keeps what happened: a sent edit is refused, not relabelled 'discarded'."""
    _payload, transports = shop
    seq = edit({"subtitle": "sent"})
    assert run(transports, "push", "--quiet") == 0
    assert run(transports, "outbox", "discard", str(seq)) == 1
    assert f"outbox entry {seq} cannot be discarded now" in capsys.readouterr().err
    catalog = OfflineCatalog.open(PROFILE)
    try:
        [entry] = [e for e in catalog.outbox(None) if e.seq == seq]
    finally:
        catalog.close_now()
    assert (entry.state, entry.outcome) == ("done", "sent")
