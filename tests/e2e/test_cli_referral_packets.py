"""Referrals between two offices on the command line, A and B each with its own database: the
referral goes from A to B as a packet and the answer comes back the same way; a damaged,
replayed, misaddressed or unknown packet changes nothing; nothing personal is readable in one."""

from __future__ import annotations

import base64
import datetime as dt
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from tests import cli_runner
from tests.conftest import base_engine
from tests.e2e.conftest import engine_base
from tests.e2e.test_cli_encryption import CANARY, DIGITS

from legalaid.db.models import Client, PacketSeen, Referral, ReferralStep

PASSPORT = "QZ7310482"
CLIENT = {
    "names": [{"family": f"{CANARY}ova", "given": "Dilnoza", "script": "latn",
               "source": "passport"},
              {"family": "Каримова", "given": "Дилноза", "script": "cyrl"}],
    "sex": "F", "date_of_birth": "1994-02-11", "citizenship": "UZ",
    "category": "trafficking_victim", "languages": ["uz", "ru"], "phone": f"+7 {DIGITS}",
    "address": "Алматы, ул. Абая 1",
    "documents": [{"type": "passport", "number": PASSPORT, "valid_until": "2031-05-03"}],
}


def legalaid(base: Path, *args: str, stdin: str | None = None,
             ) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], cwd=base, input=stdin)


def ok(base: Path, *args: str, stdin: str | None = None) -> Any:
    result = legalaid(base, *args, stdin=stdin)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout) if result.stdout.strip().startswith(("{", "[")) else None


def refused(base: Path, *args: str) -> str:
    result = legalaid(base, *args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert len(result.stderr.splitlines()) == 1, result.stderr
    return result.stderr


def counts(base: Path) -> tuple[int, int, int, int]:
    """Clients, referrals, their steps and the packets seen: what an import would write."""
    engine = base_engine(base)
    try:
        with engine.connect() as connection:
            return tuple(  # type: ignore[return-value]
                connection.execute(select(func.count()).select_from(model)).scalar_one()
                for model in (Client, Referral, ReferralStep, PacketSeen))
    finally:
        engine.dispose()


def backdate(base: Path, referral_id: int, days: int) -> None:
    """The referral as if it had been sent ``days`` ago (there is no clock to set)."""
    engine = base_engine(base)
    try:
        with engine.begin() as connection:
            connection.execute(Referral.__table__.update().where(Referral.id == referral_id)
                               .values(date=dt.date.today() - dt.timedelta(days=days)))
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def offices(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest,
            database_kind: str) -> tuple[Path, Path, dict[str, Any], dict[str, Any]]:
    """A and B, each knowing the other from ``partners me``; A has client 1 who consents to
    referral."""
    a = engine_base(request, tmp_path_factory.mktemp("office_a"), database_kind)
    b = engine_base(request, tmp_path_factory.mktemp("office_b"), database_kind)
    me_a, me_b = ok(a, "partners", "me", "--json"), ok(b, "partners", "me", "--json")
    assert me_a["id"] != me_b["id"] and me_a["fingerprint"] != me_b["fingerprint"]
    ok(a, "partners", "add", "-", stdin=json.dumps(me_b))
    ok(b, "partners", "add", "-", stdin=json.dumps(me_a))
    source = a / "client.json"
    source.write_text(json.dumps(CLIENT, ensure_ascii=False), encoding="utf-8")
    assert ok(a, "clients", "add", str(source)) == [1]
    ok(a, "consent", "record", "--client", "1", "--purpose", "referral")
    return a, b, me_a, me_b


def refer(a: Path, partner: str, *extra: str) -> dict[str, Any]:
    created = ok(a, "referral", "create", "--client", "1", "--partner", partner,
                 "--service", "legal", *extra, "--json")
    assert created["status"] == "sent"
    return dict(created)


def test_a_referral_goes_to_b_and_the_answer_comes_back_with_bs_date(
        offices: tuple[Path, Path, dict[str, Any], dict[str, Any]], tmp_path: Path) -> None:
    a, b, _, me_b = offices
    sent = refer(a, me_b["id"], "--reason", "unpaid wages")
    assert sent["feedback_due"] == (dt.date.fromisoformat(sent["sent"])
                                    + dt.timedelta(days=7)).isoformat()
    backdate(a, sent["id"], 5)  # sent five days ago, so B can answer on a day of its own
    packet = tmp_path / "referral.packet"
    ok(a, "referral", "export", str(sent["id"]), "-o", str(packet))
    before = counts(b)

    imported = ok(b, "referral", "import", str(packet), "--json")
    assert imported["kind"] == "referral" and imported["client_created"] is True
    incoming = [row for row in ok(b, "referral", "list", "--json")
                if row["id"] == imported["referral_id"]]
    assert incoming and incoming[0]["direction"] == "incoming"
    assert incoming[0]["reason"] == "unpaid wages"
    shown = ok(b, "clients", "show", str(imported["client_id"]), "--json")
    assert shown["date_of_birth"] == "1994-02-11" and shown["documents"][0]["number"] == PASSPORT
    assert shown["phone"] is None  # not among the fields chosen to send
    assert counts(b)[:2] == (before[0] + 1, before[1] + 1)

    answered_on = (dt.date.today() - dt.timedelta(days=3)).isoformat()  # B's day, not A's
    ok(b, "referral", "update", str(imported["referral_id"]), "--status", "accepted",
       "--on", answered_on)
    answer = tmp_path / "answer.packet"
    ok(b, "referral", "export", str(imported["referral_id"]), "-o", str(answer))
    applied = ok(a, "referral", "import", str(answer))
    assert (applied["kind"], applied["referral_id"], applied["status"]) == (
        "answer", sent["id"], "accepted")
    shown_a = ok(a, "referral", "show", str(sent["id"]), "--json")
    assert shown_a["status"] == "accepted"
    assert shown_a["status_on"] == answered_on and shown_a["answered_on"] == answered_on
    assert shown_a["remote_id"] == imported["referral_id"]
    assert [step["status"] for step in shown_a["steps"]] == ["sent", "accepted"]


def test_the_same_packet_twice_writes_nothing_the_second_time(
        offices: tuple[Path, Path, dict[str, Any], dict[str, Any]], tmp_path: Path) -> None:
    a, b, _, me_b = offices
    first, packet = tmp_path / "first.packet", tmp_path / "twice.packet"
    ok(a, "referral", "export", str(refer(a, me_b["id"])["id"]), "-o", str(first))
    ok(a, "referral", "export", str(refer(a, me_b["id"])["id"]), "-o", str(packet))
    ok(b, "referral", "import", str(first))
    clients_before = counts(b)[0]
    again = ok(b, "referral", "import", str(packet))
    assert again["client_created"] is False  # intake's duplicate check found the same person
    assert counts(b)[0] == clients_before
    before = counts(b)
    message = refused(b, "referral", "import", str(packet))
    assert "already imported" in message
    assert counts(b) == before


@pytest.mark.parametrize("where", ["header", "middle", "end"])
def test_a_packet_changed_by_one_byte_is_refused(
        offices: tuple[Path, Path, dict[str, Any], dict[str, Any]], tmp_path: Path,
        where: str) -> None:
    a, b, _, me_b = offices
    packet = tmp_path / "tampered.packet"
    ok(a, "referral", "export", str(refer(a, me_b["id"])["id"]), "-o", str(packet))
    data = bytearray(packet.read_bytes())
    index = {"header": data.index(b"\n") + 30, "middle": len(data) // 2,
             "end": len(data) - 3}[where]
    data[index] ^= 0x01
    packet.write_bytes(bytes(data))
    before = counts(b)
    assert "damaged" in refused(b, "referral", "import", str(packet))
    assert counts(b) == before


def test_without_referral_consent_the_export_is_refused(
        offices: tuple[Path, Path, dict[str, Any], dict[str, Any]], tmp_path: Path) -> None:
    a, _, _, me_b = offices
    source = tmp_path / "no_consent.json"
    other = {**CLIENT, "names": [{"family": "Omarova", "given": "Aruzhan", "script": "latn"}],
             "documents": []}
    source.write_text(json.dumps(other), encoding="utf-8")
    [client] = ok(a, "clients", "add", str(source))
    ok(a, "consent", "record", "--client", str(client), "--purpose", "referral")
    created = ok(a, "referral", "create", "--client", str(client), "--partner", me_b["id"],
                 "--service", "legal", "--json")
    ok(a, "consent", "withdraw", "--client", str(client), "--purpose", "referral")
    packet = tmp_path / "refused.packet"
    assert "not consented to referral" in refused(a, "referral", "export", str(created["id"]),
                                                  "-o", str(packet))
    assert not packet.exists()
    assert "not consented to referral" in refused(
        a, "referral", "create", "--client", str(client), "--partner", me_b["id"],
        "--service", "legal")


def test_a_packet_for_another_office_or_from_an_unknown_one_is_refused(
        offices: tuple[Path, Path, dict[str, Any], dict[str, Any]], tmp_path: Path,
        request: pytest.FixtureRequest, database_kind: str) -> None:
    a, b, me_a, me_b = offices
    packet = tmp_path / "for_b.packet"
    ok(a, "referral", "export", str(refer(a, me_b["id"])["id"]), "-o", str(packet))
    before = counts(a)
    assert "addressed to another organisation" in refused(a, "referral", "import", str(packet))
    assert counts(a) == before
    # C knows B, but B does not know C: its packet's signer is no partner of B's
    c = engine_base(request, tmp_path / "office_c", database_kind)
    ok(c, "partners", "add", "-", stdin=json.dumps(me_b))
    source = c / "client.json"
    source.write_text(json.dumps(CLIENT, ensure_ascii=False), encoding="utf-8")
    ok(c, "clients", "add", str(source))
    ok(c, "consent", "record", "--client", "1", "--purpose", "referral")
    from_c = tmp_path / "from_c.packet"
    ok(c, "referral", "export", str(refer(c, me_b["id"])["id"]), "-o", str(from_c))
    before_b = counts(b)
    assert "not in the partner directory" in refused(b, "referral", "import", str(from_c))
    assert counts(b) == before_b
    assert "not a LegalAid referral packet" in refused(b, "referral", "import",
                                                       str(a / "client.json"))
    assert me_a["id"] != me_b["id"]


def test_a_packet_holds_no_personal_data_in_plain_bytes(
        offices: tuple[Path, Path, dict[str, Any], dict[str, Any]], tmp_path: Path) -> None:
    a, _, _, me_b = offices
    packet = tmp_path / "canary.packet"
    ok(a, "referral", "export", str(refer(a, me_b["id"])["id"]), "-o", str(packet),
       "--fields", "names,sex,date_of_birth,citizenship,documents,phone,address")
    data = packet.read_bytes()
    secrets = (CANARY, CANARY.lower(), DIGITS, PASSPORT, "1994-02-11", "Каримова", "Абая")
    needles = [text.encode(encoding) for text in secrets for encoding in ("utf-8", "utf-16-le")]
    needles += [base64.b64encode(text.encode("utf-8"))[:8] for text in secrets]
    assert [needle for needle in needles if needle in data] == []
    assert data.startswith(b"legalaid-packet/1 to=" + me_b["id"].encode("ascii"))


def test_a_referral_to_a_partner_of_the_directory_needs_a_known_service(
        offices: tuple[Path, Path, dict[str, Any], dict[str, Any]]) -> None:
    a, _, _, me_b = offices
    message = refused(a, "referral", "create", "--client", "1", "--partner", me_b["id"],
                      "--service", "shelter")
    assert message.startswith("legalaid: service:")
    assert refused(a, "referral", "update", "1", "--status", "sent").startswith(
        "legalaid: status:")
    urgent = refer(a, me_b["id"], "--urgent")
    assert urgent["feedback_due"] == (dt.date.fromisoformat(urgent["sent"])
                                      + dt.timedelta(days=1)).isoformat()


def test_overdue_lists_only_referrals_past_their_feedback_day(
        offices: tuple[Path, Path, dict[str, Any], dict[str, Any]]) -> None:
    a, _, _, me_b = offices
    late, fresh = refer(a, me_b["id"]), refer(a, me_b["id"])
    backdate(a, late["id"], 9)  # due two days ago
    engine = base_engine(a)
    try:
        with engine.begin() as connection:
            connection.execute(Referral.__table__.update().where(Referral.id == late["id"])
                               .values(feedback_due=dt.date.today() - dt.timedelta(days=2)))
    finally:
        engine.dispose()
    overdue = {row["id"]: row["status"] for row in ok(a, "referral", "list", "--overdue",
                                                      "--json")}
    assert overdue.get(late["id"]) == "sent" and fresh["id"] not in overdue
    ok(a, "referral", "update", str(late["id"]), "--status", "acknowledged")
    assert late["id"] not in {row["id"] for row in ok(a, "referral", "list", "--overdue")}
