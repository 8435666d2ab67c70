"""Several desktops on one database: a save over someone else's change is refused, whatever it
changed and however soon after it came; two saves at the same instant leave one winner and no
duplicated rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine, func, select, text
from tests import postgres

from legalaid.db.models import ClientName
from legalaid.db.session import create_engine_for, session_factory
from legalaid.domain.enums import DocumentType, Script
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling, NoteRecord
from legalaid.errors import ConflictError, NotFoundError
from legalaid.services import Services
from legalaid.services.clients import ClientService
from legalaid.services.consent import ConsentService
from legalaid.services.status import StatusService

TODAY = dt.date(2024, 3, 15)
ROUNDS = 50


def client(*names: tuple[str, str]) -> ClientRecord:
    return ClientRecord(names=tuple(NameSpelling(family, given, Script.LATIN)
                                    for family, given in names), citizenship="UZ")


def _desk(engine: Engine) -> ClientService:
    """Another desktop: its own engine on the same database."""
    own = create_engine_for(postgres.url_of(engine))
    return ClientService(own, session_factory(own), StatusService(own), user="lawyer2",
                         today=lambda: TODAY)


@pytest.fixture
def desks(engine: Engine) -> Iterator[tuple[ClientService, ClientService]]:
    first, second = _desk(engine), _desk(engine)
    yield first, second
    for desk in (first, second):
        desk._engine.dispose()


def _name_rows(engine: Engine, client_id: int) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(ClientName).where(
            ClientName.client_id == client_id)).scalar_one())


def test_a_second_save_of_spellings_in_the_same_second_is_a_conflict(services: Services) -> None:
    frozen = dt.datetime(2024, 3, 15, 10, 0, 0)
    clients = ClientService(services.engine, session_factory(services.engine), services.status,
                            user="lawyer1", today=lambda: TODAY, clock=lambda: frozen)
    client_id = clients.add(client(("Karimov", "Aziz"), ("Каримов", "Азиз")))
    version = clients.version(client_id)
    clients.update_profile(client_id, client(("Karimov", "Aziz"), ("Karimow", "Asis")), version)
    with pytest.raises(ConflictError, match="changed by someone else"):
        clients.update_profile(client_id, client(("Karimov", "Aziz"), ("Qarimov", "Aziz")),
                               version)
    assert [name.family for name in clients.get(client_id).names] == ["Karimov", "Karimow"]
    assert _name_rows(services.engine, client_id) == 2


def test_saving_a_profile_unchanged_still_moves_its_version(services: Services) -> None:
    client_id = services.clients.add(client(("Nazarova", "Dilnoza")))
    version = services.clients.version(client_id)
    services.clients.update_profile(client_id, services.clients.get(client_id), version)
    assert services.clients.version(client_id) == version + 1
    with pytest.raises(ConflictError):
        services.clients.update_profile(client_id, client(("Nazarova", "Dilya")), version)


def test_an_item_saved_unchanged_still_moves_its_version(services: Services) -> None:
    client_id = services.clients.add(client(("Tursunov", "Bekzod")))
    document_id = services.clients.add_document(
        client_id, DocumentRecord(DocumentType.PASSPORT, "FA1", valid_until=dt.date(2030, 1, 1)))
    (stored,) = services.clients.get(client_id).documents
    assert stored.version is not None
    services.clients.update_document(stored)  # nothing changed: the save still counts
    with pytest.raises(ConflictError, match="changed by someone else"):
        services.clients.update_document(dataclasses.replace(stored, number="FA2"))
    (now,) = services.clients.get(client_id).documents
    assert (now.id, now.number, now.version) == (document_id, "FA1", stored.version + 1)


def test_an_item_read_before_someone_elses_save_is_refused(services: Services) -> None:
    client_id = services.clients.add(client(("Rakhimova", "Zarina")))
    services.clients.add_note(client_id, NoteRecord("first visit"))
    (read_by_one,) = services.clients.get(client_id).notes
    (read_by_two,) = services.clients.get(client_id).notes
    services.clients.update_note(dataclasses.replace(read_by_one, text="first visit, urgent"))
    with pytest.raises(ConflictError):
        services.clients.update_note(dataclasses.replace(read_by_two, text="second visit"))
    assert [note.text for note in services.clients.get(client_id).notes] == [
        "first visit, urgent"]


def _at_once(*saves: Callable[[], object]) -> list[str]:
    """Run the saves in threads released together; each one's outcome: won or conflict."""
    barrier = threading.Barrier(len(saves))
    outcomes = [""] * len(saves)

    def run(index: int) -> None:
        barrier.wait()
        try:
            saves[index]()
            outcomes[index] = "won"
        except ConflictError:
            outcomes[index] = "conflict"
        except Exception as error:  # reported in the assertion, not lost in a thread
            outcomes[index] = f"{type(error).__name__}: {error}"

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(saves))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return outcomes


def test_two_desktops_saving_spellings_at_the_same_instant(
        services: Services, desks: tuple[ClientService, ClientService]) -> None:
    first, second = desks
    client_id = services.clients.add(client(("Saidov", "Timur"), ("Саидов", "Тимур")))
    for round_ in range(ROUNDS):
        version = first.version(client_id)
        mine = client(("Saidov", "Timur"), (f"Saidow{round_}", "Timur"))
        theirs = client(("Saidov", "Timur"), (f"Sayidov{round_}", "Temur"))
        outcomes = _at_once(
            lambda mine=mine, version=version: first.update_profile(client_id, mine, version),
            lambda theirs=theirs, version=version: second.update_profile(client_id, theirs,
                                                                         version))
        assert sorted(outcomes) == ["conflict", "won"], (round_, outcomes)
        winner = mine if outcomes[0] == "won" else theirs
        assert services.clients.get(client_id).names == winner.names, round_
        assert _name_rows(services.engine, client_id) == 2, round_
        assert first.version(client_id) == version + 1


def test_two_desktops_withdrawing_one_consent_at_once(
        services: Services, desks: tuple[ClientService, ClientService]) -> None:
    client_id = services.clients.add(client(("Yusupova", "Malika")))
    consents = [ConsentService(desk._engine, today=lambda: TODAY) for desk in desks]
    services.consent.record_consent(client_id, "referral", TODAY)

    outcomes = _at_once(lambda: consents[0].withdraw_consent(client_id, "referral"),
                        lambda: consents[1].withdraw_consent(client_id, "referral"))
    assert sorted(outcomes) == [  # one withdraws it; the other is told it is gone already
        "ValidationError: purpose: the client has no consent of this purpose to withdraw",
        "won"]
    (row,) = services.consent.consents(client_id)
    assert row.withdrawn_on == TODAY


@pytest.mark.postgresql_only
def test_a_paper_added_while_its_file_is_merged_away_is_refused(
        services: Services, desks: tuple[ClientService, ClientService]) -> None:
    """A merge holds both files while it moves their items; a document saved for the file being
    merged away waits, then is refused, instead of landing in a file now in the Bin."""
    keep = services.clients.add(client(("Nazarov", "Bobur")))
    other = services.clients.add(client(("Назаров", "Бобур")))
    first, _second = desks
    passport = DocumentRecord(DocumentType.PASSPORT, "FA7001234", "UZ")
    outcome: list[str] = []

    def add() -> None:
        try:
            first.add_document(other, passport)
            outcome.append("added")
        except NotFoundError as error:
            outcome.append(str(error))

    with services.engine.connect() as merging:  # as the merge holds the files
        merging.execute(text(
            "SELECT id FROM client WHERE id IN (:keep, :other) ORDER BY id FOR UPDATE"),
            {"keep": keep, "other": other})
        adding = threading.Thread(target=add)
        adding.start()
        adding.join(1.0)
        assert adding.is_alive()  # waits for the merge
        merging.execute(text("UPDATE client SET deleted_at = now() WHERE id = :other"),
                        {"other": other})
        merging.commit()
    adding.join(30)
    assert outcome == [f"client {other} does not exist"]
    assert services.clients.get(keep).documents == ()
