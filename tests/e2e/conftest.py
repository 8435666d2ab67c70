"""Commands run against a base directory whose database already has the test administrator,
unless a test is marked ``fresh_database`` (it then starts with no database at all)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import FRESH_MARK, prepare_base


@pytest.fixture(autouse=True)
def _initialised_base(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    if request.node.get_closest_marker(FRESH_MARK) is None:
        template = request.getfixturevalue("initialised_data")
        # the tests use either tmp_path itself or tmp_path / "base" as --base-dir
        prepare_base(template, tmp_path)
        prepare_base(template, tmp_path / "base")
