"""The migration card and the registration of stay are documents whose expiry is a deadline and
raises the 90/30/7-day alerts like every other document."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(("kind", "title"), [
    ("migration_card", "Migration card expires"),
    ("stay_registration", "Registration of stay expires"),
])
def test_expiry_is_a_deadline_and_an_alert(assess: Callable[..., dict[str, Any]], kind: str,
                                           title: str) -> None:
    result = assess({"as_of": "2026-12-06", "citizenship": "UZ",
                     "trips": [{"entry": "2026-11-20", "exit": None}],
                     "documents": [{"type": kind, "valid_from": "2026-11-20",
                                    "valid_until": "2026-12-10"}]})
    assert {"rule": "DOC-EXPIRY", "document": kind, "due": "2026-12-10",
            "title": title} in result["deadlines"]
    alerts = [f for f in result["findings"] if f["rule"] == "DOC-EXPIRY"]
    assert alerts and alerts[0]["severity"] == "critical"  # 4 days left: within 7
