"""``stack/up --editorial`` (issue 16) turns things on only for its own stack; the default
stack's configuration, bundle and environment stay the seed's."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

import pytest

STACKCTL = Path(__file__).resolve().parents[2] / "stack" / "stackctl"
sys.path.insert(0, str(STACKCTL))

import medusa_service  # noqa: E402
import nodeproj  # noqa: E402
import payload_service  # noqa: E402
import settings as settings_mod  # noqa: E402
from settings import MEDUSA_DIR, PAYLOAD_DIR, Settings  # noqa: E402

spec = importlib.util.spec_from_file_location("stackctl_main", STACKCTL / "__main__.py")
assert spec is not None and spec.loader is not None
stackctl = importlib.util.module_from_spec(spec)
spec.loader.exec_module(stackctl)


def settings(tmp_path: Path, editorial: bool) -> Settings:
    return Settings("127.0.0.1", 9300, 8300, 54359, tmp_path / "state", editorial=editorial)


def state() -> dict:
    return {
        "medusa": {"jwt_secret": "j", "cookie_secret": "c"},
        "payload": {"users": {"integration": {"api_key": "k"}}},
    }


def test_medusa_env_differs_only_by_the_translation_flag(tmp_path) -> None:
    plain = medusa_service._env(settings(tmp_path, False), state(), False)
    assert "MEDUSA_FF_TRANSLATION" not in plain
    editorial = medusa_service._env(settings(tmp_path, True), state(), False, editorial=True)
    assert editorial == {**plain, "MEDUSA_FF_TRANSLATION": "true"}


def test_medusa_config_lists_the_module_only_behind_the_flag() -> None:
    config = (MEDUSA_DIR / "medusa-config.ts").read_text()
    assert 'const translation = envFlag("MEDUSA_FF_TRANSLATION")' in config
    assert '...(translation ? [{ resolve: "@medusajs/medusa/translation" }] : [])' in config
    assert "...(translation ? { featureFlags: { translation: true } } : {})" in config


def test_the_default_bundle_never_depends_on_the_editorial_sources(monkeypatch) -> None:
    asked: list[tuple[Path, list[Path]]] = []
    monkeypatch.setattr(nodeproj, "ensure_installed", lambda *a: None)
    monkeypatch.setattr(nodeproj, "is_stale", lambda out, src: asked.append((out, src)) or False)
    payload_service.build(lambda _m: None)
    assert [out for out, _ in asked] == [payload_service.BUNDLE]
    assert payload_service.EDITORIAL_DIR not in asked[0][1]
    assert (PAYLOAD_DIR / "src" / "collections") in asked[0][1]
    asked.clear()
    payload_service.build(lambda _m: None, editorial=True)
    assert [out for out, _ in asked] == [payload_service.EDITORIAL_BUNDLE]
    assert payload_service.EDITORIAL_DIR in asked[0][1]
    with pytest.raises(RuntimeError, match="cannot be combined"):
        payload_service.build(lambda _m: None, admin_ui=True, editorial=True)


def test_each_configuration_restarts_on_its_own_bundle() -> None:
    assert payload_service.build_id({}) == payload_service.build_id({"admin_ui": False})
    bundle = payload_service.EDITORIAL_BUNDLE
    expected = bundle.stat().st_mtime_ns if bundle.exists() else 0
    assert payload_service.build_id({"editorial": True}) == expected
    package = (PAYLOAD_DIR / "package.json").read_text()
    assert "payload.config=src/editorial/payload.config.ts" in package
    assert "--outdir=dist-editorial" in package


def test_a_stack_never_switches_configuration(tmp_path) -> None:
    made = {"payload": {"users": {"admin": {}}}}
    stackctl._check_configuration(settings(tmp_path, False), made)  # the seed's: fine
    with pytest.raises(RuntimeError, match="made without --editorial"):
        stackctl._check_configuration(settings(tmp_path, True), made)
    editorial = {**made, "editorial": True}
    stackctl._check_configuration(settings(tmp_path, True), editorial)
    with pytest.raises(RuntimeError, match="made with --editorial"):
        stackctl._check_configuration(settings(tmp_path, False), editorial)
    stackctl._check_configuration(settings(tmp_path, True), {})  # a new stack: either


def test_the_switch_sets_the_environment_only_when_given(monkeypatch) -> None:
    # setenv first: monkeypatch then restores the variable's absence at teardown, so the
    # switch set below cannot leak into later tests (their stacks would turn editorial).
    monkeypatch.setenv(settings_mod.EDITORIAL_ENV, "")
    monkeypatch.delenv(settings_mod.EDITORIAL_ENV)
    stackctl._use_editorial(argparse.Namespace(editorial=False))
    assert settings_mod.EDITORIAL_ENV not in __import__("os").environ
    stackctl._use_editorial(argparse.Namespace(editorial=True))
    assert settings_mod.load().editorial


def test_the_editorial_payload_config_localises_and_versions_products() -> None:
    source = (PAYLOAD_DIR / "src" / "editorial" / "products.ts").read_text()
    config = (PAYLOAD_DIR / "src" / "editorial" / "payload.config.ts").read_text()
    assert "{ code: 'en'" in source and "{ code: 'de'" in source and "{ code: 'fr'" in source
    assert "defaultLocale: 'en'" in config
    assert "autosave: { interval: 800 }" in source and "maxPerDoc: 100" in source
    default = (PAYLOAD_DIR / "src" / "collections" / "Products.ts").read_text()
    assert "versions" not in default and "localized" not in default  # the seed's stays plain
