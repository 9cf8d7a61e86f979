from __future__ import annotations

import io
import json

import httpx
import keyring
import pytest
import respx
from keyring.backends import fail

from desktop_app.cli.main import main
from desktop_app.config import ProfileStore
from desktop_app.secrets import SERVICE, Secret, SecretKind, open_secret_store
from desktop_app.secrets.testing import MemoryKeyring
from desktop_app.store import CatalogStore, store_path

PW = "medusa-pw-4b1f0c"
SK = "sk_medusa_secret_77aa"
KEY = "payload-key-0d9e3a"

ADD_EMAIL = [
    "profiles", "add", "--name", "shop",
    "--medusa-url", "http://localhost:9000", "--medusa-email", "admin@example.com",
    "--payload-url", "http://localhost:3000",
]  # fmt: skip
ADD_SECRET_KEY = [
    "profiles", "add", "--name", "cms",
    "--medusa-url", "https://medusa.example.com/", "--medusa-secret-key-stdin",
    "--payload-url", "https://cms.example.com", "--payload-collection", "admins",
]  # fmt: skip


@pytest.fixture
def stdin(monkeypatch: pytest.MonkeyPatch):
    def feed(text: str) -> io.StringIO:
        buf = io.StringIO(text)
        monkeypatch.setattr("sys.stdin", buf)
        return buf

    return feed


def files_under(*dirs) -> list:
    return [p for d in dirs if d.exists() for p in d.rglob("*") if p.is_file()]


# --- add ---------------------------------------------------------------------------


def test_add_reads_secrets_from_stdin_into_the_keyring(
    stdin, memory_keyring: MemoryKeyring, app_dirs, capsys
):
    stdin(f"{PW}\n{KEY}\n")
    assert main(ADD_EMAIL) == 0
    out = capsys.readouterr().out
    assert "Added profile 'shop' (active)." in out
    assert "Secrets saved in the OS keyring" in out
    assert memory_keyring.entries == {
        (SERVICE, "shop:medusa_password"): PW,
        (SERVICE, "shop:payload_api_key"): KEY,
    }
    profile = ProfileStore().get("shop")
    assert profile.medusa_email == "admin@example.com"
    text = (app_dirs.config / "profiles.json").read_text()
    assert PW not in text and KEY not in text


def test_add_with_secret_key(stdin, memory_keyring: MemoryKeyring):
    stdin(f"{SK}\r\n{KEY}\r\n")  # CRLF from a Windows-edited file is tolerated
    assert main(ADD_SECRET_KEY) == 0
    p = ProfileStore().get("cms")
    assert p.medusa_auth == "secret_key"
    assert p.medusa_email is None
    assert p.medusa_url == "https://medusa.example.com"
    assert p.payload_auth_collection == "admins"
    assert memory_keyring.entries == {
        (SERVICE, "cms:medusa_secret_key"): SK,
        (SERVICE, "cms:payload_api_key"): KEY,
    }


def test_malformed_secret_key_is_rejected_at_add(stdin, memory_keyring, capsys):
    stdin(f"not-a-key-123\n{KEY}\n")
    assert main(ADD_SECRET_KEY) == 2
    err = capsys.readouterr().err
    assert "starts with 'sk_'" in err
    assert "not-a-key-123" not in err
    assert memory_keyring.entries == {}
    assert ProfileStore().profiles() == []


def test_env_vars_win_over_stdin(stdin, monkeypatch: pytest.MonkeyPatch, memory_keyring):
    monkeypatch.setenv("DESKTOP_APP_MEDUSA_PASSWORD", "from-env")
    buf = stdin(f"{KEY}\nunused\n")
    assert main(ADD_EMAIL) == 0
    assert memory_keyring.entries[(SERVICE, "shop:medusa_password")] == "from-env"
    assert memory_keyring.entries[(SERVICE, "shop:payload_api_key")] == KEY
    assert buf.readline() == "unused\n"  # only what was needed was consumed


def test_terminal_input_uses_getpass(monkeypatch: pytest.MonkeyPatch, memory_keyring):
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Tty(""))
    prompts = []
    answers = iter([PW, KEY])
    monkeypatch.setattr(
        "getpass.getpass", lambda prompt="": prompts.append(prompt) or next(answers)
    )
    assert main(ADD_EMAIL) == 0
    assert prompts == [
        "Medusa admin password for profile 'shop': ",
        "Payload API key for profile 'shop': ",
    ]
    assert memory_keyring.entries[(SERVICE, "shop:payload_api_key")] == KEY


def test_missing_stdin_secret_fails_and_saves_nothing(stdin, memory_keyring, app_dirs, capsys):
    stdin(f"{PW}\n")
    assert main(ADD_EMAIL) == 2
    err = capsys.readouterr().err
    assert "expected the Payload API key on standard input" in err
    assert "DESKTOP_APP_PAYLOAD_API_KEY" in err
    assert memory_keyring.entries == {}
    assert ProfileStore().profiles() == []
    assert PW not in err


def test_invalid_settings_fail_before_reading_secrets(stdin, capsys):
    buf = stdin(f"{PW}\n{KEY}\n")
    args = [a if a != "http://localhost:9000" else "localhost:9000" for a in ADD_EMAIL]
    assert main(args) == 2
    assert "Medusa URL must start with http:// or https://" in capsys.readouterr().err
    assert buf.tell() == 0


def test_duplicate_name_fails_before_reading_secrets(stdin, memory_keyring, capsys):
    stdin(f"{PW}\n{KEY}\n")
    assert main(ADD_EMAIL) == 0
    buf = stdin("other-pw\nother-key\n")
    assert main([a if a != "shop" else "SHOP" for a in ADD_EMAIL]) == 1
    assert "a profile named 'shop' already exists" in capsys.readouterr().err
    assert buf.tell() == 0
    assert memory_keyring.entries[(SERVICE, "shop:medusa_password")] == PW


@pytest.mark.parametrize(
    "flag", ["--medusa-password", "--medusa-secret-key", "--payload-api-key", "--password"]
)
def test_secrets_cannot_be_passed_as_arguments(flag: str, capsys):
    with pytest.raises(SystemExit) as info:
        main([*ADD_EMAIL, flag, "s3cret"])
    assert info.value.code == 2


def test_email_and_secret_key_are_exclusive(capsys):
    with pytest.raises(SystemExit):
        main([*ADD_EMAIL, "--medusa-secret-key-stdin"])
    assert "not allowed with argument" in capsys.readouterr().err


# --- no OS keyring -----------------------------------------------------------------


def test_add_without_keyring_warns_keeps_secret_in_memory_and_writes_none_to_disk(
    stdin, app_dirs, tmp_path, capsys
):
    keyring.set_keyring(fail.Keyring())
    stdin(f"{PW}\n{KEY}\n")
    assert main(ADD_EMAIL) == 0
    out, err = capsys.readouterr()
    assert "Added profile 'shop'" in out
    assert "secrets were NOT saved" in err
    assert "No OS keyring is available: install and unlock a Secret Service provider" in err
    assert "apt install gnome-keyring" in err
    assert "in memory for this run only" in err
    assert PW not in out + err and KEY not in out + err

    # Usable for the rest of this run (same process).
    store = open_secret_store()
    assert not store.status.persistent
    assert store.get("shop", SecretKind.MEDUSA_PASSWORD) == Secret(PW)
    assert store.get("shop", SecretKind.PAYLOAD_API_KEY) == Secret(KEY)

    # ...and nowhere on disk: not in the config/data dirs, not anywhere in tmp.
    files = files_under(app_dirs.config, app_dirs.data, tmp_path)
    assert app_dirs.config / "profiles.json" in files  # the scan is not vacuous
    for path in files:
        data = path.read_bytes()
        assert PW.encode() not in data, path
        assert KEY.encode() not in data, path


def test_remove_without_keyring_still_removes(stdin, capsys):
    keyring.set_keyring(fail.Keyring())
    stdin(f"{PW}\n{KEY}\n")
    main(ADD_EMAIL)
    assert main(["profiles", "remove", "shop"]) == 0
    assert ProfileStore().profiles() == []
    assert open_secret_store().get("shop", SecretKind.PAYLOAD_API_KEY) is None


# --- list / use / remove -----------------------------------------------------------


def test_list_text_and_json_never_show_secrets(stdin, capsys):
    assert main(["profiles", "list"]) == 0
    assert "No profiles yet" in capsys.readouterr().out
    stdin(f"{PW}\n{KEY}\n{SK}\n{KEY}\n")
    main(ADD_EMAIL)
    main(ADD_SECRET_KEY)
    capsys.readouterr()

    assert main(["profiles", "list"]) == 0
    out = capsys.readouterr().out
    assert "* shop" in out and "  cms" in out
    assert "http://localhost:9000  (email admin@example.com)" in out
    assert "(secret API key)" in out and "collection admins" in out

    assert main(["profiles", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["active"] == "shop"
    assert [p["name"] for p in data["profiles"]] == ["shop", "cms"]
    for text in (out, json.dumps(data)):
        for secret in (PW, KEY, SK):
            assert secret not in text


def test_use_switches_active_profile(stdin, capsys):
    stdin(f"{PW}\n{KEY}\n{SK}\n{KEY}\n")
    main(ADD_EMAIL)
    main(ADD_SECRET_KEY)
    assert main(["profiles", "use", "cms"]) == 0
    assert ProfileStore().active().name == "cms"
    assert main(["profiles", "use", "nope"]) == 1
    assert "no profile named 'nope'" in capsys.readouterr().err


def test_remove_deletes_profile_and_only_its_keyring_entries(
    stdin, memory_keyring: MemoryKeyring, capsys
):
    stdin(f"{PW}\n{KEY}\n{SK}\n{KEY}\n")
    main(ADD_EMAIL)
    main(ADD_SECRET_KEY)
    capsys.readouterr()
    assert main(["profiles", "remove", "shop"]) == 0
    assert "Removed profile 'shop' and 2 keyring entries." in capsys.readouterr().out
    assert [p.name for p in ProfileStore().profiles()] == ["cms"]
    assert ProfileStore().active().name == "cms"
    assert sorted(u for _, u in memory_keyring.entries) == [
        "cms:medusa_secret_key",
        "cms:payload_api_key",
    ]
    assert main(["profiles", "remove", "shop"]) == 1
    assert "no profile named 'shop'" in capsys.readouterr().err


def test_remove_keeps_profile_when_keyring_fails(stdin, monkeypatch, capsys):
    stdin(f"{PW}\n{KEY}\n")
    main(ADD_EMAIL)

    class Locked(MemoryKeyring):
        def delete_password(self, service, username):
            raise keyring.errors.KeyringLocked("locked")

    keyring.set_keyring(Locked())
    assert main(["profiles", "remove", "shop"]) == 1
    err = capsys.readouterr().err
    assert "profile 'shop' kept" in err and "The OS keyring is locked" in err
    assert [p.name for p in ProfileStore().profiles()] == ["shop"]


# --- test --------------------------------------------------------------------------


def test_test_command_reports_each_server(stdin, capsys):
    stdin(f"{SK}\n{KEY}\n")
    main(ADD_SECRET_KEY)
    capsys.readouterr()
    with respx.mock(assert_all_called=True) as mock:
        health = mock.get("https://medusa.example.com/health").respond(200, text="OK")
        products = mock.get("https://medusa.example.com/admin/products").respond(
            200, json={"products": [], "count": 3, "offset": 0, "limit": 1}
        )
        me = mock.get("https://cms.example.com/api/admins/me").respond(200, json={"user": None})
        rc = main(["profiles", "test"])
    out = capsys.readouterr().out
    assert rc == 1
    assert health.called
    # The stored secrets reached the clients (and only as auth headers).
    assert products.calls.last.request.headers["authorization"].startswith("Basic ")
    assert me.calls.last.request.headers["authorization"] == f"admins API-Key {KEY}"
    lines = out.splitlines()
    assert lines[0].startswith("Medusa   https://medusa.example.com  ok:")
    assert "3 products" in lines[0]
    assert lines[1].startswith("Payload  https://cms.example.com  FAILED:")
    assert "API key not recognised" in lines[1]
    assert KEY not in out and SK not in out


def test_test_command_unreachable_server(stdin, capsys):
    stdin(f"{PW}\n{KEY}\n")
    main(ADD_EMAIL)
    capsys.readouterr()
    with respx.mock() as mock:
        mock.route(host="localhost", port=9000).mock(side_effect=httpx.ConnectError("refused"))
        mock.get("http://localhost:3000/api/users/me").respond(
            200, json={"user": {"id": 1, "email": "editor@example.com"}}
        )
        rc = main(["profiles", "test", "shop", "--timeout", "5"])
    out = capsys.readouterr().out
    assert rc == 1
    assert "Medusa   http://localhost:9000  FAILED:" in out
    assert "Payload  http://localhost:3000  ok:" in out and "editor@example.com" in out


def test_test_command_with_missing_secret_checks_the_other_server(
    stdin, memory_keyring: MemoryKeyring, capsys
):
    stdin(f"{SK}\n{KEY}\n")
    main(ADD_SECRET_KEY)
    del memory_keyring.entries[(SERVICE, "cms:payload_api_key")]
    capsys.readouterr()
    with respx.mock(assert_all_called=False) as mock:
        mock.get("https://medusa.example.com/health").respond(200)
        mock.get("https://medusa.example.com/admin/products").respond(
            200, json={"products": [], "count": 1, "offset": 0, "limit": 1}
        )
        payload = mock.route(host="cms.example.com")
        rc = main(["profiles", "test", "cms"])
    out, err = capsys.readouterr()
    assert rc == 1
    assert "DESKTOP_APP_PAYLOAD_API_KEY" in err
    assert "Medusa   https://medusa.example.com  ok:" in out
    assert "Payload  https://cms.example.com  FAILED:" in out
    assert not payload.called


def test_test_command_needs_a_profile(capsys):
    assert main(["profiles", "test"]) == 2
    assert "no active profile" in capsys.readouterr().err


# --- edit / remove keep the local store and its unsent edits ------------------------


def queue_edits(profile: str, count: int = 3) -> None:
    store = CatalogStore.for_profile(profile)
    for n in range(count):
        store.outbox.record(f"prod_{n}", {"title": f"Mine {n}"}, {"title": "Server"})
    store.close()


def outbox_titles(path) -> list[str]:
    store = CatalogStore.open(path)
    try:
        return [e.mine for e in store.outbox.entries()]
    finally:
        store.close()


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def shop_with_edits(stdin, memory_keyring, capsys) -> None:
    stdin(f"{PW}\n{KEY}\n")
    assert main(ADD_EMAIL) == 0
    queue_edits("shop")
    capsys.readouterr()


def test_edit_rename_keeps_the_store_and_the_secrets(shop_with_edits, memory_keyring, capsys):
    assert main(["profiles", "edit", "shop", "--rename", "shop-2"]) == 0
    assert "Saved profile 'shop-2' (was 'shop')." in capsys.readouterr().out
    assert outbox_titles(store_path("shop-2")) == ["Mine 0", "Mine 1", "Mine 2"]
    assert not store_path("shop").exists()
    assert memory_keyring.entries[(SERVICE, "shop-2:payload_api_key")] == KEY


def test_edit_server_with_unsent_edits_needs_yes(shop_with_edits, capsys):
    args = ["profiles", "edit", "shop", "--payload-url", "https://cms.other.example"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "3 edits made against http://localhost:3000 have not been sent" in err
    assert "They will not be sent to https://cms.other.example" in err and "--yes" in err
    assert ProfileStore().get("shop").payload_url == "http://localhost:3000"
    assert outbox_titles(store_path("shop")) == ["Mine 0", "Mine 1", "Mine 2"]

    assert main([*args, "--yes"]) == 0
    out = capsys.readouterr().out
    assert ProfileStore().get("shop").payload_url == "https://cms.other.example"
    assert not store_path("shop").exists()  # the new server starts with an empty store
    [backup] = (path for path in out.split() if path.endswith("catalog.sqlite3"))
    assert outbox_titles(backup) == ["Mine 0", "Mine 1", "Mine 2"]


def test_edit_server_asks_on_a_terminal(shop_with_edits, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", Tty(""))
    answers = iter(["n", "y"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    args = ["profiles", "edit", "shop", "--medusa-url", "http://localhost:9001"]
    assert main(args) == 1
    assert "Profile 'shop' unchanged." in capsys.readouterr().out
    assert ProfileStore().get("shop").medusa_url == "http://localhost:9000"
    assert main(args) == 0
    assert ProfileStore().get("shop").medusa_url == "http://localhost:9001"


def test_remove_with_unsent_edits_needs_yes_and_keeps_a_backup(shop_with_edits, capsys):
    assert main(["profiles", "remove", "shop"]) == 1
    err = capsys.readouterr().err
    assert "3 edits of profile 'shop' have not been sent" in err and "--yes" in err
    assert [p.name for p in ProfileStore().profiles()] == ["shop"]

    assert main(["profiles", "remove", "shop", "--yes"]) == 0
    out = capsys.readouterr().out
    assert ProfileStore().profiles() == []
    [backup] = (path for path in out.split() if path.endswith("catalog.sqlite3"))
    assert outbox_titles(backup) == ["Mine 0", "Mine 1", "Mine 2"]


def test_remove_asks_on_a_terminal(shop_with_edits, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", Tty(""))
    prompts = []
    monkeypatch.setattr("builtins.input", lambda prompt="": prompts.append(prompt) or "y")
    assert main(["profiles", "remove", "shop"]) == 0
    assert prompts == ["Remove the profile anyway? [y/N] "]
    assert ProfileStore().profiles() == []


def test_add_refuses_a_name_sharing_a_store(shop_with_edits, stdin, capsys):
    buf = stdin(f"{PW}\n{KEY}\n")
    assert main([a if a != "shop" else "shop." for a in ADD_EMAIL]) == 1
    assert "would share a local store" in capsys.readouterr().err
    assert buf.tell() == 0  # refused before reading any secret
