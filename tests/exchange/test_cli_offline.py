"""``desktop-app pull | push | outbox list`` against the fakes."""

from __future__ import annotations

import argparse
import json

import pytest

from desktop_app.cli import outbox as outbox_cli
from desktop_app.cli import pull as pull_cli
from desktop_app.cli import push as push_cli
from desktop_app.cli.main import build_parser
from desktop_app.config import MedusaAuth, Profile, ProfileStore
from desktop_app.secrets import SecretKind
from desktop_app.services.offline import OfflineCatalog
from desktop_app.services.transports import Transports
from tests.exchange.fakes import API_KEY, SECRET, fake_pair


@pytest.fixture
def cli_env(monkeypatch):
    profile = Profile(name="Shop", medusa_url="http://medusa.test",
                      medusa_auth=MedusaAuth.SECRET_KEY, payload_url="http://payload.test")
    ProfileStore().add(profile, activate=True)
    monkeypatch.setenv(SecretKind.MEDUSA_SECRET_KEY.env_var, SECRET)
    monkeypatch.setenv(SecretKind.PAYLOAD_API_KEY.env_var, API_KEY)
    medusa, payload = fake_pair(4)
    return profile, medusa, payload, Transports(medusa.transport, payload.transport)


def ns(**kw):
    args = {"profile": None, "json": True, "quiet": True, "full": False, "all": False, **kw}
    return argparse.Namespace(**args)


def test_commands_are_registered():
    parser = build_parser()
    assert parser.parse_args(["pull", "--full"]).func is pull_cli.cmd_pull
    assert parser.parse_args(["push"]).func is push_cli.cmd_push
    assert parser.parse_args(["outbox", "list", "--json"]).func is outbox_cli.cmd_list


def test_pull_edit_outbox_push_round_trip(cli_env, capsys):
    profile, _medusa, payload, transports = cli_env
    assert pull_cli.cmd_pull(ns(), transports) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["medusa"]["changed"] == 4 and report["medusa"]["full"]

    catalog = OfflineCatalog.open(profile)  # offline: no secrets needed to edit
    catalog.edit("prod_00002", {"subtitle": "from the cli test"})
    catalog.close_now()

    assert outbox_cli.cmd_list(ns()) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert (entry["product_id"], entry["field"], entry["state"]) == (
        "prod_00002", "subtitle", "queued")

    assert push_cli.cmd_push(ns(), transports) == 0
    assert json.loads(capsys.readouterr().out)["sent"] == 1
    assert payload.by_medusa("prod_00002")["subtitle"] == "from the cli test"
    assert outbox_cli.cmd_list(ns()) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_push_exits_1_when_edits_are_left(cli_env, capsys):
    profile, _medusa, payload, transports = cli_env
    pull_cli.cmd_pull(ns(), transports)
    catalog = OfflineCatalog.open(profile)
    catalog.edit("prod_00001", {"title": "x"})
    catalog.close_now()
    payload.down = True
    capsys.readouterr()
    assert push_cli.cmd_push(ns(), transports) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["deferred"] == 1 and "Payload" in report["errors"]["payload"]


def test_push_exits_1_while_an_earlier_pushs_conflict_is_left(cli_env, capsys):
    # A second push (the GUI's, or one that waited for it) meets nothing to send, but
    # the conflict it left still needs a decision: a script must not read "all sent".
    profile, _medusa, payload, transports = cli_env
    pull_cli.cmd_pull(ns(), transports)
    catalog = OfflineCatalog.open(profile)
    catalog.edit("prod_00001", {"title": "mine"})
    catalog.close_now()
    payload.by_medusa("prod_00001")["title"] = "theirs"  # changed in Payload admin
    capsys.readouterr()
    assert push_cli.cmd_push(ns(), transports) == 1
    first = json.loads(capsys.readouterr().out)
    assert (first["conflicts"], first["left"]) == (1, {"conflict": 1})

    assert push_cli.cmd_push(ns(), transports) == 1
    second = json.loads(capsys.readouterr().out)
    assert (second["sent"], second["conflicts"], second["left"]) == (0, 0, {"conflict": 1})
    assert push_cli.cmd_push(ns(json=False), transports) == 1
    assert "still in the outbox: 1 in conflict" in capsys.readouterr().out


def test_pull_lists_the_records_it_skipped(cli_env, capsys):
    _profile, _medusa, payload, transports = cli_env
    payload.docs[2]["description"] = "## Markdown, not Lexical"
    assert pull_cli.cmd_pull(ns(json=False), transports) == 0  # the rest was pulled
    out, err = capsys.readouterr()
    assert "payload: full pull, 3 changed, 0 deleted, 1 skipped" in out
    assert err.splitlines() == [
        "warning: payload: skipped 1 record in an unexpected shape:",
        "  2: description is text, not a Lexical rich-text object",
    ]

    assert pull_cli.cmd_pull(ns(full=True), transports) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["payload"]["skipped"] == [
        {"id": "2", "reason": "description is text, not a Lexical rich-text object"}]
    assert report["medusa"]["skipped"] == []
