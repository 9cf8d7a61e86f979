"""``desktop-app push`` as an admin reads it: what was refused, why, and which list holds
it (a fake Medusa answering in recorded shapes, tests/cli/fake_medusa.py)."""

from __future__ import annotations

import httpx

from desktop_app.cli.main import build_parser
from desktop_app.services.transports import Transports
from tests.cli.catalog_shop import Result, Shop
from tests.cli.fake_medusa import FakeMedusa


def push_text(cli: Shop, medusa: FakeMedusa) -> Result:
    """``desktop-app push --quiet`` in text mode, through the fake's transports."""
    cli.capsys.readouterr()
    args = build_parser().parse_args(["push", "--quiet"])
    code = args.func(args, medusa.transports())
    out, err = cli.capsys.readouterr()
    return Result(code, out, err)


def test_a_refused_create_is_named_with_its_reason_and_its_list(
    cli: Shop, medusa: FakeMedusa
) -> None:
    medusa.handles.add("cap")  # someone made a 'cap' since the last pull
    cli.json("products", "create", "--title", "Cap")
    result = push_text(cli, medusa)
    assert result.code == 1
    # The server's reason, not only a count…
    assert "Product with handle: cap, already exists." in result.err
    # …and the list that shows it: a create is an operation, the outbox holds field edits.
    assert "'desktop-app operations list'" in result.out
    assert "outbox list" not in result.out
    assert cli.catalog_state() == (1, 0)  # kept, to fix and push again


def test_each_reason_is_printed_once(cli: Shop, medusa: FakeMedusa) -> None:
    medusa.handles.update({"cap", "hat"})
    cap = cli.json("products", "create", "--title", "Cap").json["id"]
    hat = cli.json("products", "create", "--title", "Hat").json["id"]
    result = push_text(cli, medusa)
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.startswith("error:")]
    assert sorted(errors) == sorted(
        [
            f"error: {cap} create: Product with handle: cap, already exists.",
            f"error: {hat} create: Product with handle: hat, already exists.",
        ]
    )
    assert push_text(cli, medusa).err.count("error:") == 2  # a later push says it again


def test_a_proxy_page_instead_of_medusa_is_reported_once(cli: Shop, medusa: FakeMedusa) -> None:
    """Two creates met by a gateway's HTML page: one line saying so, both kept."""
    cli.json("products", "create", "--title", "Cap")
    cli.json("products", "create", "--title", "Hat")
    page = httpx.Response(
        502, text="<html>bad gateway</html>", headers={"content-type": "text/html"}
    )
    cli.capsys.readouterr()
    args = build_parser().parse_args(["push", "--quiet"])
    code = args.func(
        args, Transports(httpx.MockTransport(lambda r: page), httpx.MockTransport(lambda r: page))
    )
    out, err = cli.capsys.readouterr()
    assert code == 1
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "502" in errors[0], out + err
    assert cli.catalog_state() == (2, 0)


def test_without_credentials_it_says_which_are_missing(cli: Shop) -> None:
    """No keyring entry and no environment variable: the reason, not a silent zero."""
    cli.json("products", "create", "--title", "Cap")
    result = push_text(cli, FakeMedusa())
    assert result.code == 1
    assert "No Medusa secret API key is stored for this profile" in result.err
    assert "No Payload API key is stored for this profile" in result.err
    assert cli.catalog_state() == (1, 0)


def test_a_push_that_lost_its_lease_says_another_process_took_over(
    cli: Shop, medusa: FakeMedusa, monkeypatch
) -> None:
    from desktop_app.cli.push import report_json
    from desktop_app.exchange.push import PushReport
    from desktop_app.services.offline import OfflineCatalog

    lost = PushReport(deferred=2, taken_over=True)

    async def push(self, progress=None, *, wait=True):  # the lease lapsed mid-push
        return lost

    monkeypatch.setattr(OfflineCatalog, "push", push)
    result = push_text(cli, medusa)
    assert "another process took over the push" in result.out and result.code == 1
    assert report_json(lost)["taken_over"] is True
