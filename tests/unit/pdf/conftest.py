"""Synthetic clients and letter contexts for the PDF tests (no database, no real people)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from legalaid.domain.enums import Category, DocumentType, Script, Sex
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, TripRecord
from legalaid.pdf.context import LetterContext, Organisation
from legalaid.pdf.templates import LetterTemplate

ISSUE_DATE = dt.date(2026, 11, 21)


def sample_client(family: str = "Жұмабекова", latin_family: str = "Zhumabekova") -> ClientRecord:
    return ClientRecord(
        names=(
            NameSpelling(family, "Әйгерім", Script.CYRILLIC, "Серікқызы"),
            NameSpelling(latin_family, "Aigerim", Script.LATIN, source="passport"),
        ),
        sex=Sex.FEMALE,
        date_of_birth=dt.date(1991, 3, 7),
        citizenship="UZ",
        category=Category.VISITOR,
        address="Алматы қ., Төле би к-сі, 45-12",
        iin="910307400123",
        phone="+7 701 000 00 00",
        documents=(
            DocumentRecord(DocumentType.PASSPORT, "FA7654321", valid_from=dt.date(2021, 5, 4),
                           valid_until=dt.date(2031, 5, 3)),
        ),
        trips=(TripRecord(entry=dt.date(2026, 9, 1)),),
        id=42,
    )


def sample_value(spec_type: str, choices: tuple[str, ...]) -> Any:
    """A plausible wizard value of each type."""
    return {
        "text": "Үлгі мәтін",
        "date": dt.date(2026, 12, 15),
        "number": 7,
        "bool": True,
        "choice": choices[0] if choices else "",
    }[spec_type]


def sample_context(template: LetterTemplate, client: ClientRecord | None = None,
                   **fields: Any) -> LetterContext:
    """A context in which every wizard field of ``template`` has a value."""
    values = {spec.name: sample_value(spec.type, spec.choices)
              for spec in template.fields if spec.source is None}
    values.update(fields)
    return LetterContext(
        client=client or sample_client(),
        organisation=Organisation("«Құқық» қоғамдық қоры", "050000, Алматы қ., Абай даңғылы 10"),
        lawyer="Сәуле Қалиева",
        number="LA-2026/0042",
        date=ISSUE_DATE,
        fields=values,
        assessment={
            "status": "OVERSTAY", "last_lawful_day": "2026-11-29", "overstay_days": 4,
            "deadlines": [{"rule": "REG-01", "due": "2026-09-03", "title": "Notify arrival"}],
        },
    )


@pytest.fixture
def client() -> ClientRecord:
    return sample_client()
