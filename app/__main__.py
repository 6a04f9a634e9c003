"""Allows ``python -m app`` to behave exactly like the ``hearth`` command."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
