"""Allow ``python -m desktop_app`` (same behaviour as the ``desktop-app`` script)."""

from desktop_app.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
