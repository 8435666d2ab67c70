"""The real import run meets people already on file the way intake does: a row with a passport
on file is refused unless the user chose, for every such row, to skip it or to add its
spellings and papers to the file of the client on file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from legalaid.domain.enums import DocumentType, Script
from legalaid.domain.read_models import ClientQuery
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling
from legalaid.errors import ValidationError
from legalaid.services import Services

SHEET = ("ФИО,ФИО латиницей,Дата рождения,Гражданство,Номер паспорта,Дата въезда\n"
         "Abdullayev Shuxrat,,17.04.1991,UZ,FA1234567,10.01.2025\n"
         "Ким Елена,,30.11.1979,UZ,,\n")


@pytest.fixture
def on_file(services: Services) -> int:
    return services.clients.add(ClientRecord(
        names=(NameSpelling("Абдуллаев", "Шухрат", Script.CYRILLIC),),
        date_of_birth=dt.date(1991, 4, 17), citizenship="UZ",
        documents=(DocumentRecord(DocumentType.PASSPORT, "FA1234567"),)))


def _sheet(tmp_path: Path) -> Path:
    path = tmp_path / "clients.csv"
    path.write_text(SHEET, encoding="utf-8")
    return path


def _count(services: Services) -> int:
    return services.clients.count(ClientQuery())


def test_a_row_with_a_passport_on_file_is_refused_without_a_choice(
        services: Services, on_file: int, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        services.imports.import_file(_sheet(tmp_path))
    assert refused.value.field == "row 2, documents"
    assert f"already on file for client {on_file}" in refused.value.problem
    assert _count(services) == 1


def test_skip_leaves_the_row_out_and_imports_the_rest(
        services: Services, on_file: int, tmp_path: Path) -> None:
    report = services.imports.import_file(_sheet(tmp_path), skip_duplicates=True)
    assert (report.imported, report.skipped, report.merged) == (1, 1, 0)
    assert _count(services) == 2


def test_merge_adds_the_spelling_and_the_trip_to_the_file_on_file(
        services: Services, on_file: int, tmp_path: Path) -> None:
    report = services.imports.import_file(_sheet(tmp_path), merge_duplicates=True)
    assert (report.imported, report.merged) == (1, 1)
    assert _count(services) == 2
    record = services.clients.get(on_file)
    assert [name.full for name in record.names] == ["Абдуллаев Шухрат", "Abdullayev Shuxrat"]
    assert [trip.entry for trip in record.trips] == [dt.date(2025, 1, 10)]
    assert [document.number for document in record.documents] == ["FA1234567"]  # not twice
    again = services.imports.dry_run(_sheet(tmp_path))
    assert again.already_imported == (2, 3)  # the merged row counts as brought in


def test_skip_and_merge_together_are_refused(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        services.imports.import_file(_sheet(tmp_path), skip_duplicates=True,
                                     merge_duplicates=True)
