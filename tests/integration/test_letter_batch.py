"""Batch letters in groups: two instances batching at once keep numbers unique and gap-free,
clients without consent or gone are skipped before taking a number, phases are timed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import Engine
from tests import postgres
from tests.integration.test_letter_register import DAY, POLICE_FIELDS, client, text_of
from tests.organisation import SYNTHETIC_ORGANISATION

from legalaid.db.session import create_engine_for
from legalaid.services import Services, build_services
from legalaid.services.letters import batch as letter_batch
from legalaid.services.letters.batch import BatchRequest, consent_precheck, run_batch


@pytest.fixture
def profiled(services: Services) -> Services:
    services.letters.save_organisation(SYNTHETIC_ORGANISATION)
    return services


def test_two_instances_batching_at_once_share_one_gap_free_sequence(
        profiled: Services, engine: Engine, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(letter_batch, "GROUP", 4)  # many small groups interleave
    ids = [profiled.clients.add(client()) for _ in range(10)]
    other_engine = create_engine_for(postgres.url_of(engine))
    other = build_services(other_engine)
    summaries = {}

    def batch(name: str, instance: Services) -> None:
        folder = tmp_path / name
        folder.mkdir()
        summaries[name] = run_batch(instance.letters, BatchRequest(
            "police_extension", ids, "ru", folder, POLICE_FIELDS, date=DAY))

    threads = [threading.Thread(target=batch, args=pair)
               for pair in (("one", profiled), ("two", other))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other_engine.dispose()
    numbers = [p.number for s in summaries.values() for p in s.produced]
    assert sorted(numbers) == [f"LA-2026/{n:04d}" for n in range(1, 21)]
    register = profiled.letters.letters()
    assert sorted(row.number for row in register) == sorted(numbers)
    for row in register[:3]:  # each stored PDF prints its own number
        assert row.number in text_of(profiled.letters.pdf(row.id))


def test_clients_without_consent_or_gone_are_skipped_without_a_number(
        profiled: Services, tmp_path: Path) -> None:
    consented, refused = (profiled.clients.add(client()) for _ in range(2))
    profiled.consent.record_consent(consented, "referral")
    fields = {"facility": "Поликлиника № 5", "care": "primary", "complaint": "кашель",
              "consent": "yes"}
    summary = run_batch(profiled.letters, BatchRequest(
        "referral_medical", [refused, consented], "ru", tmp_path, fields, date=DAY),
        precheck=consent_precheck(profiled.consent, "referral"))
    assert [(s.client_id, s.reason) for s in summary.skipped] == [
        (refused, "no consent for referral")]
    assert [(p.client_id, p.number) for p in summary.produced] == [(consented, "LA-2026/0001")]
    assert set(summary.timings) == {"read", "number", "render", "store", "write"}
    gone = run_batch(profiled.letters, BatchRequest(
        "police_extension", [9999, consented], "ru", tmp_path, POLICE_FIELDS, date=DAY))
    assert [(s.client_id, s.reason) for s in gone.skipped] == [(9999, "client not found")]
    assert [p.number for p in gone.produced] == ["LA-2026/0002"]  # no number lost


def test_batch_letters_leave_out_the_address_of_a_client_not_safe_to_contact(
        profiled: Services, tmp_path: Path) -> None:
    from dataclasses import replace

    record = replace(client(), address="Алматы, ул. Тайная 7")
    hidden = profiled.clients.add(record)
    safe = profiled.clients.add(replace(record, safe_to_contact=True))
    summary = run_batch(profiled.letters, BatchRequest(
        "police_extension", [hidden, safe], "ru", tmp_path, POLICE_FIELDS, date=DAY))
    texts = {p.client_id: text_of(p.path.read_bytes()) for p in summary.produced}
    assert "Тайная" not in texts[hidden]
    assert "Тайная" in texts[safe]
