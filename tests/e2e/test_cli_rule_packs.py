"""``legalaid rules impact|install|activate|rollback|list|diff`` on a demo database: the impact
of a new pack is checked against the engine run on every client under both packs here."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from tests import cli_runner
from tests.conftest import base_engine
from tests.e2e.conftest import engine_base

from legalaid.db.repositories import status as status_db
from legalaid.paths import resource
from legalaid.rules import Facts, evaluate, load_rulebook
from legalaid.rules.rulebook import load_rulebook_text

TODAY = dt.date.today()
LIMIT_90 = ("params = { window_days = 180, window_limit = 90 }\ncitation = \"research article: "
            "L.F. Delovarova")
LOG = ('\n[[pack.changes]]\nversion = {version}\nrules = ["STAY-02"]\n'
       'en = "EAEU citizens: the limit is lowered to 60 days in any 180."\n'
       'ru = "Граждане ЕАЭС: лимит снижен до 60 дней из любых 180."\n'
       'kk = "ЕАЭО азаматтары: шек кез келген 180 күннің 60 күніне дейін азайтылды."\n')


def legalaid(base: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(base), *args], timeout=300)


def pack_text(pack_id: str, version: int, limit: int = 90) -> str:
    text = resource("rules", "kz.toml").read_text(encoding="utf-8")
    text = text.replace('id = "kz-2026.1"\nversion = 1', f'id = "{pack_id}"\nversion = {version}')
    if limit != 90:
        assert LIMIT_90 in text
        text = text.replace(LIMIT_90, LIMIT_90.replace("= 90", f"= {limit}")) + \
            LOG.format(version=version)
    return text


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest,
         database_kind: str) -> Path:
    base = engine_base(request, tmp_path_factory.mktemp("packs"), database_kind)
    done = legalaid(base, "demo", "--clients", "400")
    assert done.returncode == 0, done.stderr
    return base


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pack-files")
    paths = {}
    for name, content in (("same", pack_text("kz-2026.1", 1)),
                       ("lowered", pack_text("kz-2026.2", 2, limit=60)),
                       ("unlogged", pack_text("kz-2026.3", 3, limit=60).split(
                           "\n[[pack.changes]]\nversion = 3")[0])):
        paths[name] = folder / f"{name}.toml"
        paths[name].write_text(content, encoding="utf-8")
    return paths


def expected_changes(base: Path, new_text: str) -> dict[int, tuple[Any, Any]]:
    """Clients whose status or last lawful day differ under the lowered pack, evaluated here:
    client id -> ((status, last) before, (status, last) after)."""
    old, new = load_rulebook(), load_rulebook_text(new_text, "lowered.toml")
    engine = base_engine(base)
    try:
        with engine.connect() as connection:
            ids = status_db.live_client_ids(connection)
            facts = status_db.load_facts(connection, ids)
    finally:
        engine.dispose()
    result = {}
    for item in facts:
        person = Facts.from_records(item.citizenship, item.category, item.documents,
                                    item.trips, item.events)
        before, after = (evaluate(person, TODAY, book, at_risk_days=14) for book in (old, new))
        pair = ((str(before.status), before.last_lawful_day),
                (str(after.status), after.last_lawful_day))
        if pair[0] != pair[1]:
            result[item.client_id] = pair
    return result


def snapshots(base: Path) -> dict[int, tuple[Any, ...]]:
    engine = base_engine(base)
    try:
        with engine.connect() as connection:
            rows = connection.execute(select(
                status_db.snapshot.c.client_id, status_db.snapshot.c.status,
                status_db.snapshot.c.last_lawful_day, status_db.snapshot.c.days_remaining,
                status_db.snapshot.c.next_deadline)).all()
    finally:
        engine.dispose()
    return {row[0]: tuple(row[1:]) for row in rows}


def history_lines(base: Path) -> list[tuple[int, str]]:
    engine = base_engine(base)
    try:
        with engine.connect() as connection:
            return [(row[0], row[1]) for row in connection.execute(text(
                "SELECT client_id, fields FROM change_log WHERE table_name = 'rule_pack' "
                "ORDER BY id")).all()]
    finally:
        engine.dispose()


def impact(base: Path, path: Path) -> dict[str, Any]:
    done = legalaid(base, "rules", "impact", str(path), "--as-of", TODAY.isoformat(), "--json")
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_an_unchanged_copy_of_the_active_pack_changes_nobody(base: Path,
                                                             files: dict[str, Path]) -> None:
    result = impact(base, files["same"])
    assert result["clients_evaluated"] == 400
    assert result["clients"] == [] and result["by_rule"] == []
    assert result["totals"]["clients"] == 0


def test_a_lowered_limit_lists_exactly_the_clients_it_moves(base: Path,
                                                            files: dict[str, Path]) -> None:
    expected = expected_changes(base, files["lowered"].read_text(encoding="utf-8"))
    assert len(expected) >= 5  # the demo has Russian, Belarusian... visitors present today
    result = impact(base, files["lowered"])
    moved = {c["client_id"]: c for c in result["clients"]
             if c["status"]["from"] != c["status"]["to"]
             or c["last_lawful_day"]["from"] != c["last_lawful_day"]["to"]}
    assert set(moved) == set(expected)
    for client_id, ((status_from, last_from), (status_to, last_to)) in expected.items():
        change = moved[client_id]
        assert change["status"] == {"from": status_from, "to": status_to}
        assert change["last_lawful_day"]["from"] == (last_from and last_from.isoformat())
        assert change["last_lawful_day"]["to"] == (last_to and last_to.isoformat())
        if last_from and last_to:
            assert change["last_lawful_day"]["moved_days"] == (last_to - last_from).days
        assert "STAY-02" in change["rules"]
    stay_02 = next(count for count in result["by_rule"] if count["rule"] == "STAY-02")
    status_changed = sum(1 for pair in expected.values() if pair[0][0] != pair[1][0])
    assert stay_02["last_lawful_day"] == len(expected)
    assert stay_02["status"] == result["totals"]["status"] == status_changed
    assert result["totals"]["last_lawful_day"] == len(expected)


def test_a_pack_with_an_unlogged_change_is_refused_in_one_sentence(
        base: Path, files: dict[str, Path]) -> None:
    done = legalaid(base, "rules", "install", str(files["unlogged"]))
    assert done.returncode == 2
    assert done.stderr == ("legalaid: FILE: rule STAY-02 is changed but the change log of "
                           "version 3 has no entry for it\n")
    older = legalaid(base, "rules", "check", str(files["same"]))
    assert older.returncode == 2
    assert "not newer than the active pack kz-2026.1" in older.stderr


def test_the_diff_names_the_parameter_in_russian(base: Path, files: dict[str, Path]) -> None:
    done = legalaid(base, "rules", "diff", str(files["lowered"]), "--lang", "ru", "--json")
    assert done.returncode == 0, done.stderr
    (change,) = json.loads(done.stdout)
    assert change["rule"] == "STAY-02" and change["title"].startswith("Граждане ЕАЭС")
    assert change["changes"] == [{"name": "window_limit", "old": "90", "new": "60"}]
    assert change["old_citation"] == change["new_citation"] != ""
    words = legalaid(base, "rules", "diff", str(files["lowered"]), "--lang", "kk")
    assert words.returncode == 0, words.stderr
    assert words.stdout.splitlines()[:2] == [
        "STAY-02 (өзгертілді): ЕАЭО азаматтары: кез келген 180 күннің 90 күні",
        "  window_limit: 90 -> 60"]


def test_activating_changes_those_snapshots_only_and_rollback_restores_them(
        base: Path, files: dict[str, Path]) -> None:
    expected = expected_changes(base, files["lowered"].read_text(encoding="utf-8"))
    before = snapshots(base)  # the demo worked out every status today
    assert legalaid(base, "rules", "install", str(files["lowered"])).returncode == 0
    done = legalaid(base, "rules", "activate", "kz-2026.2", "--as-of", TODAY.isoformat())
    assert done.returncode == 0, done.stderr
    assert done.stdout == (f"kz-2026.2 (version 2) replaced kz-2026.1 (version 1): "
                           f"{len(expected)} clients changed\n")
    after = snapshots(base)
    changed = {owner for owner in before if before[owner] != after[owner]}
    moved = {owner for owner in before if before[owner][:2] != after[owner][:2]}
    assert moved == set(expected)
    assert changed == set(expected)  # and no other snapshot
    for owner, (_, (status_to, last_to)) in expected.items():
        assert (after[owner][0], after[owner][1]) == (status_to, last_to)
    assert sorted(owner for owner, _ in history_lines(base)) == sorted(expected)
    assert {fields for _, fields in history_lines(base)} == {"kz-2026.2,kz-2026.1"}
    listed = json.loads(legalaid(base, "rules", "list", "--json").stdout)
    assert [(p["pack_id"], p["active"]) for p in listed] == [("kz-2026.1", False),
                                                             ("kz-2026.2", True)]
    assert listed[1]["activated_by"] == "admin"

    back = legalaid(base, "rules", "rollback", "--as-of", TODAY.isoformat())
    assert back.returncode == 0, back.stderr
    assert snapshots(base) == before
    listed = json.loads(legalaid(base, "rules", "list", "--json").stdout)
    assert [(p["pack_id"], p["active"]) for p in listed] == [("kz-2026.1", True),
                                                             ("kz-2026.2", False)]
    audit = legalaid(base, "audit", "list", "--json")
    assert audit.returncode == 0, audit.stderr
    details = [entry.get("detail") for entry in json.loads(audit.stdout)]
    for step in ("rule_packs.install", "rule_packs.activate", "rule_packs.rollback"):
        assert step in details
