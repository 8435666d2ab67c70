"""The fast insert path used by the demo generator and imports."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from legalaid.demo import generate_clients
from legalaid.domain.enums import Script
from legalaid.domain.read_models import ClientQuery
from legalaid.domain.records import ClientRecord, NameSpelling, TripRecord
from legalaid.errors import ValidationError
from legalaid.services import Services

TODAY = dt.date(2024, 3, 15)


def test_bulk_insert_writes_every_record_and_its_items(services: Services) -> None:
    records = list(generate_clients(3000, seed=7, today=TODAY))
    # Speed is measured in bench/, not asserted here.
    assert services.clients.bulk_insert(records, batch_size=700) == 3000
    expected = {
        "client": 3000,
        "client_name": sum(len(r.names) for r in records),
        "document": sum(len(r.documents) for r in records),
        "trip": sum(len(r.trips) for r in records),
        "legal_case": sum(len(r.cases) for r in records),
        "task": sum(len(c.tasks) for r in records for c in r.cases),
        "note": sum(len(r.notes) for r in records),
    }
    with services.engine.connect() as connection:
        counts = {
            name: connection.execute(text(f"SELECT count(*) FROM {name}")).scalar()
            for name in expected
        }
    assert counts == expected
    sample, got = records[1234], services.clients.get(1235)
    # The name index took every spelling: each one of the sample finds the client.
    for spelling in sample.names:
        typed = f"{spelling.family} {spelling.given} {spelling.patronymic or ''}"
        assert 1235 in [hit.client_id for hit in services.search.search(typed, limit=50)]
    assert got.names == sample.names
    assert sorted((d.type, d.number, d.valid_until) for d in got.documents) == sorted(
        (d.type, d.number, d.valid_until) for d in sample.documents
    )
    assert [t.entry for t in got.trips] == sorted(t.entry for t in sample.trips)


def test_bulk_insert_with_a_bad_record_writes_nothing(services: Services) -> None:
    good = ClientRecord(names=(NameSpelling("Karimov", "Aziz", Script.LATIN),))
    bad = ClientRecord(
        names=(NameSpelling("Karimov", "Aziz", Script.LATIN),),
        trips=(TripRecord(dt.date(2024, 2, 1), dt.date(2024, 1, 1)),),
    )
    with pytest.raises(ValidationError) as error:
        services.clients.bulk_insert([good] * 5 + [bad], batch_size=2)
    assert str(error.value) == "[5].trips[0].exit: is before entry"
    assert services.clients.count(ClientQuery()) == 0
