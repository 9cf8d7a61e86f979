"""Content quality (issue 16): rules per shop, a completeness score per product, reports.

``rules`` (what counts, kept with the profile), ``facts`` (what a product's records
measure), ``checks`` (each rule's verdict and the score), ``stored`` (scores in the
store's rows), ``upkeep`` (keeping them current), ``report`` (the catalog's figures).
Qt-free: the GUI and ``desktop-app quality`` share it through the shop's catalog.
"""
