"""Command line interface (no Qt imports here: the GUI is loaded lazily)."""
