"""Input the services decide on, whoever calls them: casework only from a role that may write it,
notes by the signed-in user and dated by the service, text too long or invisible refused, and
stored text that slipped in before these checks printed escaped."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from legalaid.cli.clients import _print_summary
from legalaid.db.repositories import clients as clients_db
from legalaid.domain.enums import Script
from legalaid.domain.records import CaseRecord, ClientRecord, NameSpelling, NoteRecord
from legalaid.errors import AccessDenied, ValidationError
from legalaid.services import Services
from legalaid.services.access import guard
from legalaid.services.accounts import Actor
from legalaid.services.roles import Role

CLIENT = ClientRecord(names=(NameSpelling("Sadykova", "Aigerim", Script.LATIN),),
                      lawyer="lawyer1")
CASE = CaseRecord(type="asylum", opened=dt.date(2024, 1, 10), closed=dt.date(2024, 2, 1))
FORGED = NoteRecord(text="met the client", author="boss", created=dt.datetime(2019, 1, 1, 9))


def _as(services: Services, name: str, role: Role) -> Services:
    return guard(services, Actor(name, role))


def test_intake_cannot_bring_cases_or_notes_with_a_new_client(services: Services) -> None:
    intake = _as(services, "intake1", Role.INTAKE)
    with pytest.raises(AccessDenied, match=r"^cases: the intake role may not write cases"):
        intake.clients.add(replace(CLIENT, cases=(CASE,)))
    with pytest.raises(AccessDenied, match=r"^\[1\]\.notes: the intake role may not"):
        intake.clients.add_many([CLIENT, replace(CLIENT, notes=(FORGED,))])
    with pytest.raises(AccessDenied):
        intake.clients.bulk_insert([replace(CLIENT, cases=(CASE,))])
    assert intake.clients.add(CLIENT) == 1  # the client alone is welcome


def test_notes_are_by_the_signed_in_user_and_dated_now(services: Services) -> None:
    lawyer = _as(services, "lawyer1", Role.LAWYER)
    client_id = lawyer.clients.add(replace(CLIENT, notes=(FORGED,)))
    [first] = lawyer.clients.get(client_id).notes
    note_id = lawyer.clients.add_note(client_id, FORGED)
    second = next(n for n in lawyer.clients.get(client_id).notes if n.id == note_id)
    for note in (first, second):
        assert note.author == "lawyer1"
        assert note.created is not None and note.created.year >= 2024
    supervisor = _as(services, "boss", Role.SUPERVISOR)
    supervisor.clients.update_note(NoteRecord(id=note_id, text="met the client twice",
                                              author="boss", created=dt.datetime(2019, 1, 1)))
    edited = next(n for n in supervisor.clients.get(client_id).notes if n.id == note_id)
    assert (edited.text, edited.author, edited.created) == (
        "met the client twice", "lawyer1", second.created)


@pytest.mark.parametrize(("record", "field"), [
    (ClientRecord(names=(NameSpelling("S" * 201, "Aigerim", Script.LATIN),)), "names[0].family"),
    (ClientRecord(names=(NameSpelling("Sadykova", "Ai\u202egerim", Script.LATIN),)),
     "names[0].given"),
    (ClientRecord(names=(NameSpelling("Sadykova", "Aigerim", Script.LATIN),),
                  address="Almaty\x1b[2J"), "address"),
])
def test_the_services_refuse_hidden_or_oversized_text(services: Services, record: ClientRecord,
                                                     field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        services.clients.add(record)
    assert refused.value.field == field


def test_a_name_stored_before_the_checks_prints_escaped(services: Services,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    raw = ClientRecord(names=(NameSpelling("Sadykova\x1b[31m", "\u202emiregiA", Script.LATIN),))
    with services.engine.begin() as connection:  # as an older version could have stored it
        [client_id] = clients_db.insert_clients(connection, [raw], dt.datetime(2024, 1, 1), None)
    _print_summary(services.clients.get(client_id))
    shown = capsys.readouterr().out
    assert "\x1b" not in shown and "\u202e" not in shown
    assert "Sadykova\\u001b[31m \\u202emiregiA" in shown


def test_an_oversized_name_in_a_sheet_is_a_row_problem(services: Services,
                                                       tmp_path: Path) -> None:
    sheet = tmp_path / "long.csv"
    sheet.write_text("Фамилия;Имя\n" + "Д" * 300 + ";Дилноза\n", encoding="utf-8")
    report = services.imports.dry_run(sheet)
    [problem] = report.problems
    assert (problem.row, problem.column, problem.reason) == (
        2, "Фамилия", "is longer than 200 characters")
