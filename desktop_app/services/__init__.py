"""Qt-free core services: what the GUI and the CLI both call.

Nothing in this package imports Qt; the UI renders what these return.
"""
