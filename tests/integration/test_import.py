"""Spreadsheet import: the dry run names exactly the bad and duplicate rows, fixing them imports
every row in one go, and importing the same file (or the same rows in another file) again skips
every row imported before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from legalaid.domain.enums import Script
from legalaid.domain.records import ClientRecord, NameSpelling
from legalaid.services import Services
from legalaid.services.imports import ImportCancelled, ImportRejected

HEADER = ["ФИО", "ФИО латиницей", "Дата рождения", "Гражданство", "Пол", "Номер паспорта",
          "Действителен до", "Дата въезда"]


def _rows() -> list[list[object]]:
    return [
        # row 2: Cyrillic with a Latin passport spelling, dd.mm.yyyy, Excel date cell
        ["Абдуллаев Шухрат Бахтиярович", "ABDULLAEV SHUKHRAT", "17.04.1991", "UZ", "М",
         "FA1234567", "01.01.2030", dt.datetime(2025, 1, 10)],
        # row 3: Kazakh Latin letters, dd/mm/yy, country by its Russian name
        ["Qoñyratova Äsel", None, "05/03/88", "Кыргызстан", "F", None, None, None],
        # row 4: Kazakh Cyrillic letters, a real Excel date cell for the birth date
        ["Жұмабеков Жұмабек", None, dt.datetime(1985, 6, 1), "KG", "ер", "AC7654321",
         dt.datetime(2029, 5, 31), "2025-02-01"],
        # row 5: 31 February does not exist
        ["Иванов Иван", None, "31.02.1990", "RU", "м", None, None, None],
        # row 6: ISO date
        ["Ким Елена", None, "1979-11-30", "UZ", "ж", None, None, None],
        # row 7: the person of row 2 again, in Latin only
        ["Abdullaev Shukhrat", None, "17/04/91", "UZ", "M", None, None, None],
        # row 8: a client already on file, spelled in the other script
        ["Seitkali Asel", None, "01.01.1990", "TJ", "F", None, None, None],
    ]


def _write(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


@pytest.fixture
def on_file(services: Services) -> int:
    return services.clients.add(ClientRecord(
        names=(NameSpelling("Сейткали", "Асель", Script.CYRILLIC),),
        date_of_birth=dt.date(1990, 1, 1), citizenship="TJ"))


def test_dry_run_names_exactly_the_bad_and_duplicate_rows(
    services: Services, on_file: int, tmp_path: Path
) -> None:
    path = _write(tmp_path / "clients.xlsx", _rows())
    before = services.clients.count(_all())

    report = services.imports.dry_run(path)

    assert report.rows == 7
    assert report.problem_rows() == [5]
    problem = report.problems[0]
    assert (problem.column, problem.value) == ("Дата рождения", "31.02.1990")
    assert "not a real calendar date" in problem.reason
    found = {(m.row, m.client_id, m.other_row) for m in report.duplicates}
    assert found == {(7, None, 2), (8, on_file, None)}
    assert services.clients.count(_all()) == before  # a dry run writes nothing


def test_import_refuses_the_whole_file_while_a_row_is_bad(
    services: Services, on_file: int, tmp_path: Path
) -> None:
    path = _write(tmp_path / "clients.xlsx", _rows())
    with pytest.raises(ImportRejected) as rejected:
        services.imports.import_file(path)
    assert rejected.value.report.problem_rows() == [5]
    assert services.clients.count(_all()) == 1


def test_fixed_file_imports_every_row_then_reimport_finds_all_as_duplicates(
    services: Services, on_file: int, tmp_path: Path
) -> None:
    rows = _rows()
    rows[3][2] = "28.02.1990"  # the bad date fixed
    rows[5] = ["Омарова Динара", None, "12.12.1992", "UZ", "ж", None, None, None]
    rows[6] = ["Tulegenova Saule", None, "03.03.1993", "TJ", "F", None, None, None]
    path = _write(tmp_path / "clients.xlsx", rows)

    report = services.imports.import_file(path)

    assert (report.imported, report.problems, report.duplicates) == (7, (), ())
    assert services.clients.count(_all()) == 8
    hits = services.search.search("Шухрат Абдуллаев")
    record = services.clients.get(hits[0].client_id)
    assert record.date_of_birth == dt.date(1991, 4, 17)
    assert [n.full for n in record.names] == ["Абдуллаев Шухрат Бахтиярович",
                                              "ABDULLAEV SHUKHRAT"]
    assert record.documents[0].number == "FA1234567"
    assert record.documents[0].valid_until == dt.date(2030, 1, 1)
    assert record.trips[0].entry == dt.date(2025, 1, 10)
    asel = services.clients.get(services.search.search("Қоңыратова")[0].client_id)
    assert asel.date_of_birth == dt.date(1988, 3, 5) and asel.citizenship == "KG"

    again = services.imports.dry_run(path)
    assert again.problems == ()
    assert (again.already_imported, again.duplicates) == (tuple(range(2, 9)), ())


def test_cancel_rolls_back_every_row(services: Services, tmp_path: Path) -> None:
    from legalaid.demo import generate_clients

    rows: list[list[object]] = [
        [record.names[0].full, None, record.date_of_birth, record.citizenship, None, None, None,
         None] for record in generate_clients(3000, 7, dt.date(2024, 3, 15))]
    path = _write(tmp_path / "many.xlsx", rows)
    calls = []

    def cancel_on_second_batch() -> bool:
        calls.append(1)
        return len(calls) > 7  # the dry-run part asks 6 times, then the first batch goes in

    with pytest.raises(ImportCancelled):
        services.imports.import_file(path, cancel=cancel_on_second_batch)
    assert services.clients.count(_all()) == 0


def test_imported_names_are_found_with_a_typo_right_away(services: Services,
                                                         tmp_path: Path) -> None:
    services.clients.add(ClientRecord(names=(NameSpelling("Ким", "Елена", Script.CYRILLIC),)))
    assert services.search.search("Tulegenova") == []  # the typo vocabulary is loaded now
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ФИО"])
    sheet.append(["Tulegenova Saule"])
    path = tmp_path / "one.xlsx"
    workbook.save(path)
    services.imports.import_file(path)
    hits = services.search.search("Tulegenowa")  # one letter wrong
    assert len(hits) == 1
    assert services.clients.get(hits[0].client_id).names[0].full == "Tulegenova Saule"


def test_mapping_is_remembered_for_the_layout(services: Services, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Client", "Born"])
    sheet.append(["Kim Elena", "30.11.1979"])
    path = tmp_path / "odd.xlsx"
    workbook.save(path)
    assert services.imports.layout(path).remembered is False
    services.imports.import_file(path, {"Client": "full_name", "Born": "date_of_birth"})
    layout = services.imports.layout(path)
    assert layout.remembered is True
    assert layout.mapping == {"Client": "full_name", "Born": "date_of_birth"}


def _all():  # type: ignore[no-untyped-def]
    from legalaid.domain.read_models import ClientQuery

    return ClientQuery()


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_importing_the_same_file_twice_writes_every_row_once(services: Services,
                                                             tmp_path: Path) -> None:
    path = _csv(tmp_path / "march.csv", ["ФИО;Дата рождения;Гражданство",
                                         "Каримова Дилноза;01.05.1990;UZ",
                                         "Tulegenova Saule;03.03.1993;KZ",
                                         "Ким Елена;30.11.1979;UZ"])
    first = services.imports.import_file(path)
    assert (first.imported, first.skipped, first.already_imported) == (3, 0, ())
    second = services.imports.import_file(path)
    assert (second.imported, second.skipped, second.already_imported) == (0, 3, (2, 3, 4))
    assert second.to_json()["skipped"] == 3
    assert services.clients.count(_all()) == 3


def test_rows_imported_before_are_skipped_in_another_layout(services: Services,
                                                            tmp_path: Path) -> None:
    services.imports.import_file(_csv(tmp_path / "march.csv", [
        "ФИО;Дата рождения", "Каримова Дилноза;01.05.1990", "Ким Елена;30.11.1979"]))
    # April's sheet: other columns in another order, another date format, one new person
    april = services.imports.import_file(_csv(tmp_path / "april.csv", [
        "Born,Full name", "1979-11-30,Ким Елена", "1988-03-05,Qoñyratova Äsel",
        "1990-05-01,Каримова Дилноза"]), {"Born": "date_of_birth", "Full name": "full_name"})
    assert (april.imported, april.already_imported, april.duplicates) == (1, (2, 4), ())
    assert services.clients.count(_all()) == 3


def test_a_note_from_a_sheet_is_by_the_importing_user(services: Services,
                                                      tmp_path: Path) -> None:
    services.imports.user = "supervisor1"
    services.imports.import_file(_csv(tmp_path / "notes.csv", [
        "ФИО;Примечание", "Каримова Дилноза;came with her brother"]))
    [hit] = services.search.search("Каримова")
    [note] = services.clients.get(hit.client_id).notes
    assert (note.text, note.author) == ("came with her brother", "supervisor1")
