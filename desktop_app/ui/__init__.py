"""Qt widgets. They call desktop_app.services and render the results; no HTTP here."""
