"""The variant grid window (issue 13): variants, prices and stock of many products edited
like a spreadsheet over the Qt-free ``desktop_app.grid`` core.

``window`` composes it: ``model`` (the session's cells in view order, no proxy),
``grid_view``/``frozen_view`` (the table with frozen Product and Variant columns),
``delegate`` and ``cell_look`` (how a changed, bad, conflicted or read-only cell looks),
``editing`` (copy, paste, fill, replace, formulas, undo), ``loader`` and ``ordering``
(reading rows and sorting between frames), ``catalog_sync`` (the catalog's changes and
the servers' problems), ``saving`` (review, save to outbox, undo the save, push).
"""

from desktop_app.ui.grid.window import GridWindow

__all__ = ["GridWindow"]
