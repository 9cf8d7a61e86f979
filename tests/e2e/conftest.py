"""End-to-end tests against the real local stack: every test here is marked ``e2e``.

The stack fixtures are imported rather than listed in ``pytest_plugins``,
which pytest only honours in the root conftest.
"""

from __future__ import annotations

import os

import pytest

from tests.support.stack import stack, stack_http  # noqa: F401


def pytest_collection_modifyitems(items):
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.e2e)
