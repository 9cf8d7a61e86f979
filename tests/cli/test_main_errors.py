"""The command line's own output is scrubbed like the GUI's log: warnings and an
unexpected error's traceback never carry a secret to the terminal (or a CI log)."""

import argparse
import logging

from desktop_app.cli import main as cli_main

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl"
SK = "sk_FAKE_for_tests_only_0000"  # made up, in a secret key's shape
URL = "postgres://admin:hunter2secret@db.example:5432/shop"


def _parser_running(func):
    def build() -> argparse.ArgumentParser:
        parser = argparse.ArgumentParser(prog="desktop-app")
        parser.add_subparsers().add_parser("boom").set_defaults(func=func)
        return parser

    return build


def _secrets_in(text: str) -> list[str]:
    return [s for s in (JWT, SK, "hunter2secret") if s in text]


def test_unexpected_error_is_reported_scrubbed_with_exit_1(monkeypatch, capsys):
    def boom(_args):
        raise RuntimeError(f"request failed: Authorization: Bearer {JWT} key={SK} via {URL}")

    monkeypatch.setattr(cli_main, "build_parser", _parser_running(boom))
    assert cli_main.main(["boom"]) == 1
    err = capsys.readouterr().err
    assert "RuntimeError: request failed" in err and "Traceback" in err
    assert _secrets_in(err) == []
    assert "desktop-app doctor" in err


def test_warnings_reach_stderr_scrubbed_and_logging_is_restored(monkeypatch, capsys):
    root = logging.getLogger()
    handlers_before = list(root.handlers)

    def warn(_args):
        logging.getLogger("desktop_app.test").warning("server said %s for %s", SK, URL)
        return 0

    monkeypatch.setattr(cli_main, "build_parser", _parser_running(warn))
    assert cli_main.main(["boom"]) == 0
    err = capsys.readouterr().err
    assert "server said" in err
    assert _secrets_in(err) == []
    assert root.handlers == handlers_before


def test_keyboard_interrupt_still_exits_130(monkeypatch, capsys):
    def interrupted(_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_main, "build_parser", _parser_running(interrupted))
    assert cli_main.main(["boom"]) == 130
    assert "interrupted" in capsys.readouterr().err
