"""``legalaid partners`` on a real database: JSON in and out, the spreadsheet both ways, and bad
fields refused with one line naming them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.e2e.conftest import engine_base
from tests.e2e.test_cli_referral_packets import legalaid, ok

SHELTER = {"names": {"kk": "«Қамқор» баспанасы", "en": "Kamkor shelter"}, "kind": "shelter",
           "regions": ["almaty"], "languages": ["kk", "ru"],
           "services": [{"kind": "shelter", "categories": ["trafficking_victim"], "sex": "F",
                         "age_min": 18}]}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest,
         database_kind: str) -> Path:
    return engine_base(request, tmp_path_factory.mktemp("partners"), database_kind)


def test_add_show_update_list(base: Path) -> None:
    added = ok(base, "partners", "add", "-", stdin=json.dumps(SHELTER, ensure_ascii=False))
    assert added["id"].startswith("p-") and added["fingerprint"] is None
    assert added["services"][0]["age_min"] == 18 and added["send_by"] == "paper"
    shown = ok(base, "partners", "show", added["id"], "--json")
    assert shown == added
    source = base / "changes.json"
    source.write_text(json.dumps({"notes": "12 beds", "regions": ["almaty", "astana"]}))
    updated = ok(base, "partners", "update", added["id"], str(source))
    assert (updated["notes"], updated["regions"]) == ("12 beds", ["almaty", "astana"])
    assert updated["names"] == SHELTER["names"]  # what was not given stays
    assert added["id"] in [p["id"] for p in ok(base, "partners", "list", "--json")]


@pytest.mark.parametrize(("data", "line"), [
    ({"names": {"en": "X"}, "kind": "spa"},
     'legalaid: kind: "spa" is not a known value (expected shelter, medical, legal, '
     "psychosocial, unhcr_partner, state_body or other)"),
    ({"names": {"en": "X"}, "kind": "shelter", "services": [{"kind": "shelter", "sex": "W"}]},
     'legalaid: services[0].sex: "W" is not a known value (expected M, F or X)'),
    ({"kind": "shelter"}, "legalaid: names: expected a JSON object"),
])
def test_a_bad_field_is_exit_2_naming_it(base: Path, data: dict[str, Any], line: str) -> None:
    result = legalaid(base, "partners", "add", "-", stdin=json.dumps(data))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [line]


def test_an_office_identity_is_added_on_the_other_side_and_the_sheet_goes_both_ways(
        base: Path, tmp_path: Path, request: pytest.FixtureRequest, database_kind: str) -> None:
    other = engine_base(request, tmp_path / "other", database_kind)
    me = ok(other, "partners", "me", "--json")
    assert me["id"].startswith("org-") and len(me["fingerprint"]) == 19
    assert ok(other, "partners", "me", "--json") == me  # made once, then kept
    added = ok(base, "partners", "add", "-", stdin=json.dumps(me))
    assert (added["id"], added["fingerprint"], added["send_by"]) == (
        me["id"], me["fingerprint"], "packet")
    twice = legalaid(base, "partners", "add", "-", stdin=json.dumps(me))
    assert twice.returncode == 2 and "already in the directory" in twice.stderr
    sheet = tmp_path / "partners.xlsx"
    ok(base, "partners", "export", "-o", str(sheet))
    own = legalaid(other, "partners", "import", str(sheet))  # it lists the other office itself
    assert own.returncode == 2 and "our own organisation" in own.stderr
    assert ok(other, "partners", "list") == []  # all or nothing
    third = engine_base(request, tmp_path / "third", database_kind)
    imported = ok(third, "partners", "import", str(sheet))
    assert sorted(imported) == sorted(p["id"] for p in ok(base, "partners", "list"))
    assert ok(third, "partners", "show", me["id"]) == ok(base, "partners", "show", me["id"])
