"""A ContentEditor over the real ContentService and in-process fake servers."""

from __future__ import annotations

import pytest
import shiboken6

from desktop_app.services.offline import OfflineCatalog
from desktop_app.ui.content_editor import ContentEditor
from tests.services.content_fakes import content_env
from tests.ui.qt_support import wait_until


@pytest.fixture
async def loaded(qtbot, tmp_path):
    """(editor, payload fake, product id) with the product loaded."""
    service, _medusa, payload, pid = content_env(tmp_path)
    editor = ContentEditor(service, pid)
    # Not qtbot.addWidget: pytest-qt would close (and, with delete-on-close, destroy) the
    # editor before this fixture's own teardown runs; the fixture closes it itself.
    editor.show()
    editor.start()
    await wait_until(lambda: editor.content is not None, 5, "content loaded")
    # The shop's locales and drafts are asked in the background: done before the test, so
    # no task of this editor steps between the fixture's loop run and the test's.
    await wait_until(lambda: not editor.asking, 5, "the shop's capabilities")
    yield editor, payload, pid
    if shiboken6.isValid(editor):
        editor._close_confirmed = True
        editor.close()
    await service.aclose()


async def close(editor: ContentEditor, catalog: OfflineCatalog) -> None:
    """Closes an editor (unless a test did) without asking, then its service and catalog."""
    if shiboken6.isValid(editor):
        editor._close_confirmed = True
        editor.close()
    await editor.service.aclose()
    await catalog.aclose()
