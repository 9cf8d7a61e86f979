"""The variant grid: many products' variants, prices and stock edited like a spreadsheet.

Qt-free: the GUI's grid window and ``desktop-app grid export|import`` both use it.
``columns`` says what a column holds, ``rows`` reads variants from the shop's catalog,
``cells`` parses and checks what the merchant types, ``session`` keeps the staged cells
with undo and redo, ``review`` sums them up and ``plan`` turns them into the catalog's
one undoable grid edit.
"""
