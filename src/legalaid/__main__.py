"""``python -m legalaid``: the same entry point as the ``legalaid`` command."""

import sys

from legalaid.app import main

sys.exit(main())
