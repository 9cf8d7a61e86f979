"""Content quality in the GUI (issue 16): the list's completeness filter and the
quality dashboard. They render what the catalog's core computes (desktop_app.quality)."""
