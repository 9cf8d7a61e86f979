"""The timeline window of a product (issue 16): its points, two of them side by side, restore.

``open_timeline(catalog, product_id, parent)`` opens it (or raises the one open for that
product); the content editor's **Timeline…** and the product list's **Timeline…** call it.
"""
