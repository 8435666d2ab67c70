"""The same command from two desktops (or scripts) at the same instant, each a process of its
own: two merges of one pair, or of the pair crossed (A into B and B into A), leave one merge and
one refusal that says what happened; one referral packet imported twice at once makes one client
and one referral. Every round races for real: the two processes start within a millisecond."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, func, select, text
from tests import cli_runner
from tests.conftest import base_engine
from tests.e2e.conftest import engine_base

from legalaid.db.models import Client, ClientName, Document, PacketSeen, Referral, Trip

ROUNDS = 10
ITEMS = (ClientName, Document, Trip)  # each file below holds two of each but one trip


def legalaid(base: Path, *args: str, stdin: str | None = None,
             ) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], input=stdin)


def ok(base: Path, *args: str, stdin: str | None = None) -> Any:
    done = legalaid(base, *args, stdin=stdin)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def at_once(base: Path, *commands: list[str]) -> list[subprocess.CompletedProcess[str]]:
    return cli_runner.run_together([["--base-dir", str(base), *command] for command in commands])


def one_refusal(results: list[subprocess.CompletedProcess[str]]) -> tuple[int, str]:
    """The index of the command that succeeded, and the one line the other printed."""
    outcomes = [(done.returncode, done.stderr) for done in results]
    assert sorted(code for code, _ in outcomes) == [0, 2], outcomes
    winner = [code for code, _ in outcomes].index(0)
    refusal = outcomes[1 - winner][1]
    assert len(refusal.splitlines()) == 1, refusal  # one sentence, no traceback
    assert refusal.startswith("legalaid: ") and "unexpected" not in refusal, refusal
    return winner, refusal


def person(family: str, given: str, round_: int, letter: str) -> dict[str, Any]:
    return {"names": [{"family": f"{family}{letter}{round_}", "given": given, "script": "latn"},
                      {"family": f"{family}{letter}{round_}ov", "given": given,
                       "script": "latn"}],
            "sex": "M", "date_of_birth": f"1990-01-{round_ + 1:02d}", "citizenship": "UZ",
            "documents": [{"type": "passport", "number": f"{letter}P{round_:05d}"},
                          {"type": "migration_card", "number": f"{letter}M{round_:05d}"}],
            "trips": [{"entry": "2025-01-10" if letter == "A" else "2025-03-10",
                       "exit": None if letter == "A" else "2025-04-01"}]}


def _items(file: dict[str, Any]) -> tuple[set[str], set[str], int]:
    return ({name["family"] for name in file["names"]},
            {document["number"] for document in file["documents"]}, len(file["trips"]))


def _every_item_in_a_live_file(connection: Connection) -> None:
    clients = Client.__table__
    for model in ITEMS:
        stray = connection.execute(
            select(func.count()).select_from(model).join(clients, clients.c.id == model.client_id)
            .where((clients.c.deleted_at.is_not(None)) | (clients.c.merged_into.is_not(None)))
        ).scalar_one()
        assert stray == 0, model.__tablename__
    survivors = clients.alias("survivor")
    chained = connection.execute(
        select(func.count()).select_from(clients)
        .join(survivors, survivors.c.id == clients.c.merged_into)
        .where(survivors.c.merged_into.is_not(None) | survivors.c.deleted_at.is_not(None))
    ).scalar_one()
    assert chained == 0  # nobody was merged into a file that was merged away itself


def assert_sound(base: Path, database_kind: str) -> None:
    """The database's integrity check, every item in a live file, and the audit chain."""
    engine = base_engine(base)
    try:
        with engine.connect() as connection:
            if database_kind == "sqlite":
                assert connection.execute(text("PRAGMA integrity_check")).scalars().all() == [
                    "ok"]
                assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
            _every_item_in_a_live_file(connection)
    finally:
        engine.dispose()
    verified = legalaid(base, "audit", "verify")
    assert verified.returncode == 0, verified.stderr


def _merges_audited(base: Path) -> int:
    trail = ok(base, "audit", "list", "--limit", "100000", "--json")
    return [entry["detail"] for entry in trail].count("merge.merge")


@pytest.mark.slow
@pytest.mark.parametrize("crossed", [False, True], ids=["same_pair", "crossed"])
def test_two_merges_of_one_pair_at_once_merge_once(tmp_path: Path, database_kind: str,
                                                   crossed: bool) -> None:
    for round_ in range(ROUNDS):
        first, second = person("Abdullaev", "Shukhrat", round_, "A"), \
            person("Abdullaev", "Shukhrat", round_, "B")
        keep, other = ok(tmp_path, "clients", "add", "-", stdin=json.dumps([first, second]))
        mine = ["clients", "merge", str(keep), str(other), "--prefer", "keep"]
        theirs = ["clients", "merge", str(other), str(keep), "--prefer", "keep"] if crossed \
            else mine
        winner, refusal = one_refusal(at_once(tmp_path, mine, theirs))
        survivor, merged = (other, keep) if crossed and winner == 1 else (keep, other)
        assert f"client {merged} was already merged into client {survivor}" in refusal, refusal
        kept = ok(tmp_path, "clients", "show", str(survivor), "--json")
        names_a, documents_a, _ = _items(first)
        names_b, documents_b, _ = _items(second)
        assert _items(kept) == (names_a | names_b, documents_a | documents_b, 2), round_
        assert legalaid(tmp_path, "clients", "show", str(merged)).returncode == 2
    assert _merges_audited(tmp_path) == ROUNDS
    assert_sound(tmp_path, database_kind)
    engine = base_engine(tmp_path)
    try:
        with engine.connect() as connection:  # nothing lost, nothing written twice
            assert [connection.execute(select(func.count()).select_from(model)).scalar_one()
                    for model in ITEMS] == [4 * ROUNDS, 4 * ROUNDS, 2 * ROUNDS]
    finally:
        engine.dispose()


# -- one referral packet, imported twice at once ---------------------------------------------

def counts(base: Path) -> tuple[int, int, int]:
    """Clients, referrals and packets seen: what an import writes."""
    engine = base_engine(base)
    try:
        with engine.connect() as connection:
            return tuple(  # type: ignore[return-value]
                connection.execute(select(func.count()).select_from(model)).scalar_one()
                for model in (Client, Referral, PacketSeen))
    finally:
        engine.dispose()


@pytest.fixture
def offices(tmp_path: Path, request: pytest.FixtureRequest,
            database_kind: str) -> tuple[Path, Path, str]:
    """A and B, each knowing the other from ``partners me``; B's id, to refer to."""
    a = engine_base(request, tmp_path / "office_a", database_kind)
    b = engine_base(request, tmp_path / "office_b", database_kind)
    me_a, me_b = ok(a, "partners", "me", "--json"), ok(b, "partners", "me", "--json")
    ok(a, "partners", "add", "-", stdin=json.dumps(me_b))
    ok(b, "partners", "add", "-", stdin=json.dumps(me_a))
    return a, b, str(me_b["id"])


def referred(a: Path, to: str, round_: int, folder: Path, copies: int = 1) -> list[Path]:
    """A new client of A's, referred to B: the packet(s) of the referral."""
    [client] = ok(a, "clients", "add", "-",
                  stdin=json.dumps(person("Karimova", "Dilnoza", round_, "R")))
    assert legalaid(a, "consent", "record", "--client", str(client), "--purpose",
                    "referral").returncode == 0
    created = ok(a, "referral", "create", "--client", str(client), "--partner", to,
                 "--service", "legal", "--json")
    packets = [folder / f"round-{round_}-{copy}.packet" for copy in range(copies)]
    for packet in packets:
        assert legalaid(a, "referral", "export", str(created["id"]), "-o",
                        str(packet)).returncode == 0
    return packets


@pytest.mark.slow
def test_one_packet_imported_twice_at_once_makes_one_client_and_one_referral(
        offices: tuple[Path, Path, str], tmp_path: Path, database_kind: str) -> None:
    a, b, me_b = offices
    for round_ in range(ROUNDS):
        [packet] = referred(a, me_b, round_, tmp_path)
        before = counts(b)
        results = at_once(b, ["referral", "import", str(packet)],
                          ["referral", "import", str(packet)])
        winner, refusal = one_refusal(results)
        assert "This packet was already imported" in refusal
        assert json.loads(results[winner].stdout)["client_created"] is True
        assert counts(b) == (before[0] + 1, before[1] + 1, before[2] + 1), round_
    assert_sound(b, database_kind)


@pytest.mark.slow
def test_two_packets_of_one_referral_imported_at_once_make_one_referral(
        offices: tuple[Path, Path, str], tmp_path: Path) -> None:
    a, b, me_b = offices
    for round_ in range(ROUNDS // 2):
        first, second = referred(a, me_b, round_, tmp_path, copies=2)
        before = counts(b)
        results = at_once(b, ["referral", "import", str(first)],
                          ["referral", "import", str(second)])
        _, refusal = one_refusal(results)
        assert "This referral was already imported" in refusal
        assert counts(b) == (before[0] + 1, before[1] + 1, before[2] + 1), round_


# -- one person registered at two desks at once ----------------------------------------------

@pytest.mark.slow
def test_one_passport_registered_at_two_desks_at_once_makes_one_client(
        tmp_path: Path, database_kind: str) -> None:
    """Two intake desks type in the same walk-in at the same instant: one registers the
    person, the other is told the passport is already on file, as if it had come second."""
    for round_ in range(ROUNDS):
        intake = tmp_path / f"intake-{round_}.json"
        intake.write_text(json.dumps([person("Rakhimov", "Jasur", round_, "A")]),
                          encoding="utf-8")
        command = ["clients", "add", str(intake)]
        _winner, refusal = one_refusal(at_once(tmp_path, command, command))
        assert "documents[0].number: already on file for client" in refusal, refusal
    engine = base_engine(tmp_path)
    try:
        with engine.connect() as connection:
            assert connection.execute(select(func.count()).select_from(Client)).scalar_one() \
                == ROUNDS
    finally:
        engine.dispose()
