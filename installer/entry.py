"""Entry point of the frozen bundle: the same as the ``legalaid`` command."""

import sys

from legalaid.app import main

if __name__ == "__main__":
    sys.exit(main())
