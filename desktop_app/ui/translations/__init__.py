"""The translation editor of a product (issue 16): source locale left, target right.

``open_translations(catalog, product_id, parent)`` opens it (or raises the one open for that
product); the content editor's **Translations…** and the product list's **Translations…**
call it.
"""
