"""The impact preview of a new rules pack on a demo database, on both engines: whatever shortcut
it takes (reading only the clients a changed rule can reach), it lists exactly the clients that
evaluating every client under both packs here finds changed, with the same changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from tests import pack_texts

from legalaid.db.repositories import status as status_db
from legalaid.demo import generate_clients
from legalaid.rules import Assessment, Facts, evaluate, load_rulebook
from legalaid.rules.rulebook import load_rulebook_text
from legalaid.services import Services

from .conftest import TODAY

EAEU = ("RU", "BY", "AM", "KG")  # counted under STAY-02 in the shipped table
PACKS: dict[str, Callable[[], str]] = {
    "unchanged copy": pack_texts.same_copy,
    "EAEU limit lowered": pack_texts.stay_02_lowered,
    "EAEU limit lowered from next month": lambda: pack_texts.stay_02_lowered_from(
        TODAY + dt.timedelta(days=30)),
    "host notification term longer": pack_texts.reg_01_longer,
}


@pytest.fixture
def demo(services: Services) -> int:
    count = services.clients.bulk_insert(generate_clients(500, 3, TODAY))
    services.status.refresh(None, TODAY)
    return count


def expected(services: Services, text: str) -> dict[int, dict[str, Any]]:
    """Every live client evaluated here under the shipped pack and under ``text``: those whose
    status, last lawful day, deadlines or explanation differ, with what changed."""
    old, new = load_rulebook(), load_rulebook_text(text, "kz-test.toml")
    with services.engine.connect() as connection:
        facts = status_db.load_facts(connection, status_db.live_client_ids(connection))
    result = {}
    for item in facts:
        person = Facts.from_records(item.citizenship, item.category, item.documents,
                                    item.trips, item.events)
        before, after = (evaluate(person, TODAY, book, at_risk_days=14) for book in (old, new))
        if described(before) != described(after):
            messages = ({(f.rule, f.severity, f.message) for f in side.findings}
                        for side in (before, after))
            result[item.client_id] = {
                "status": (str(before.status), str(after.status)),
                "last": (before.last_lawful_day, after.last_lawful_day),
                "added": set(after.deadlines) - set(before.deadlines),
                "removed": set(before.deadlines) - set(after.deadlines),
                "findings": sorted({rule for rule, _, _ in set.symmetric_difference(*messages)}),
            }
    return result


def described(assessment: Assessment) -> tuple[object, ...]:
    return (assessment.status, assessment.last_lawful_day, assessment.deadlines,
            {(f.rule, f.severity, f.message) for f in assessment.findings})


@pytest.mark.parametrize("pack", PACKS)
def test_the_preview_lists_exactly_the_clients_direct_evaluation_finds_changed(
        services: Services, demo: int, pack: str) -> None:
    text = PACKS[pack]()
    wanted = expected(services, text)
    seen: list[tuple[int, int]] = []
    impact = services.rule_packs.impact(text, "kz-test.toml", TODAY,
                                        progress=lambda done, total: seen.append((done, total)))
    assert impact.evaluated == demo and not impact.cancelled
    assert seen[-1] == (demo, demo)
    got = {change.client_id: {
        "status": (change.status_from, change.status_to),
        "last": (change.last_from, change.last_to),
        "added": set(change.added), "removed": set(change.removed),
        "findings": list(change.findings)} for change in impact.changes}
    assert got == wanted
    if pack == "unchanged copy":
        assert not wanted
    else:
        assert len(wanted) >= 3  # the demo has clients each of these packs changes
    # The shortcut is taken: a copy reads nobody, a change to the EAEU regime only the EAEU
    # citizens, the other packs everyone.
    with services.engine.connect() as connection:
        facts = status_db.load_facts(connection, status_db.live_client_ids(connection))
    eaeu = sum(1 for item in facts if (item.citizenship or "").upper() in EAEU)
    assert impact.read == {"unchanged copy": 0, "EAEU limit lowered": eaeu}.get(pack, demo)


def test_a_cancelled_preview_stops_before_reading_everyone(services: Services,
                                                           demo: int) -> None:
    impact = services.rule_packs.impact(pack_texts.stay_02_lowered(), "kz-test.toml", TODAY,
                                        cancelled=lambda: True)
    assert impact.cancelled and impact.evaluated == 0 and impact.changes == []
