"""How the stack's servers reach PostgreSQL: the Unix socket when it can exist, else TCP."""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "stack" / "stackctl"))

import postgres
from settings import Settings


def settings(pg_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("STACK_PG_DIR", str(pg_dir))
    return Settings(host="127.0.0.1", medusa_port=9000, payload_port=8000, pg_port=54329,
                    state_dir=pg_dir / "state")


def test_the_socket_folder_is_the_host_escaped_in_the_query(monkeypatch, tmp_path):
    s = settings(tmp_path / "pg dir", monkeypatch)
    parts = urlsplit(postgres.socket_url(s, "payload"))
    assert (parts.path, parts.port) == ("/payload", 54329)
    assert " " not in parts.query
    assert parse_qs(parts.query)["host"] == [str(tmp_path / "pg dir" / "sock")]


def test_a_socket_path_too_long_for_the_kernel_falls_back_to_tcp(monkeypatch, tmp_path):
    s = settings(tmp_path / ("x" * 100), monkeypatch)
    assert postgres.socket_url(s, "payload") == postgres.url(s, "payload")
    assert postgres.url(s, "payload") == "postgres://postgres@127.0.0.1:54329/payload"
