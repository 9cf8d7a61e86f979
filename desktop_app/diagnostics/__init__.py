"""Diagnostics: the rotated, scrubbed log and the report Help › Copy diagnostics makes."""
