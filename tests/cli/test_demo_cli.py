"""``desktop-app demo``: the GUI's demo set-up, headless (issue 15, "The first hour")."""

from __future__ import annotations

import json

from desktop_app.cli import demo, products
from desktop_app.cli.main import build_parser, main
from desktop_app.config import ProfileStore
from desktop_app.secrets import SecretKind, open_secret_store
from desktop_app.services.demo import DEMO_PROFILE
from tests.services.fake_servers import PAYLOAD_KEY, SECRET_KEY, fake_shop
from tests.services.test_demo import fake_stack


def run_demo(stack_dir) -> int:
    args = build_parser().parse_args(["demo"])
    assert args.func is demo.cmd_demo  # registered in the main parser
    return demo.cmd_demo(args, stack_dir=stack_dir)


def test_a_fresh_machine_gets_the_demo_profile_with_its_keys(tmp_path, capsys,
                                                              memory_keyring) -> None:
    assert run_demo(fake_stack(tmp_path)) == 0
    out, err = capsys.readouterr()
    assert "[demo] starting payload on port 8000…" in err.splitlines()  # progress: stderr
    assert "npm noise" not in err + out
    assert f"profile {DEMO_PROFILE!r} (active)" in out
    assert "Medusa   http://127.0.0.1:9000" in out and "desktop-app products list" in out
    profile = ProfileStore().active()
    assert profile is not None and profile.name == DEMO_PROFILE
    secrets = open_secret_store()
    assert secrets.get(DEMO_PROFILE, SecretKind.MEDUSA_SECRET_KEY).reveal() == "sk_demo_key"
    assert secrets.get(DEMO_PROFILE, SecretKind.PAYLOAD_API_KEY).reveal() == "editor-key"
    assert "sk_demo_key" not in ProfileStore().path.read_text()  # keys: keyring only


def test_then_products_list_works(tmp_path, capsys) -> None:
    stack = fake_stack(tmp_path)
    state_file = tmp_path / "state.json"
    state = json.loads(state_file.read_text())  # the fake servers' keys
    state["medusa"]["secret_key"] = SECRET_KEY
    state["payload"]["users"]["editor"]["api_key"] = PAYLOAD_KEY
    state_file.write_text(json.dumps(state))
    assert run_demo(stack) == 0
    capsys.readouterr()
    shop = fake_shop(count=3)
    args = build_parser().parse_args(["products", "list", "--json"])
    assert products.cmd_list(args, transports=shop.transports) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_a_stack_that_fails_to_start_is_an_error(tmp_path, capsys) -> None:
    assert run_demo(fake_stack(tmp_path, up_exit=1)) == 1
    err = capsys.readouterr().err
    assert "error: Starting the local demo stack failed (exit code 1)" in err
    assert ProfileStore().load().profiles == []


def test_without_the_stack_it_says_what_to_do_instead(tmp_path, capsys) -> None:
    assert run_demo(tmp_path / "no-stack") == 1
    assert "Add a shop profile in Settings instead" in capsys.readouterr().err


def test_commands_without_a_profile_point_to_the_demo(capsys) -> None:
    for argv in (["products", "list"], ["pull"], ["outbox", "list"]):
        assert main(argv) == 2, argv
        assert "set up the local demo shop with 'desktop-app demo'" in capsys.readouterr().err
