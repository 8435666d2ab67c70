"""The partner directory's values: parsing with errors that name the field, the ranking of
services by fit, the referral's course and its feedback day."""

from __future__ import annotations

import datetime as dt

import pytest

from legalaid.demo.partners import DEMO_PARTNERS
from legalaid.domain.partners import (
    ClientFacts,
    ReferralState,
    check_step,
    feedback_due,
    fingerprint,
    organisation_uid,
    parse_partner,
    partner_json,
    rank,
    region_of,
)
from legalaid.errors import ValidationError
from legalaid.exchange.packets import new_secrets

SURVIVOR = ClientFacts(category="trafficking_victim", sex="F", age=27, region="almaty",
                       languages=("uz", "ru"))


def partner(name: str, kind: str, **service: object) -> dict[str, object]:
    return {"names": {"en": name}, "kind": kind, "regions": ["almaty"],
            "services": [{"kind": kind, **service}]}


def test_a_shelter_for_survivors_ranks_above_a_clinic_for_anyone() -> None:
    partners = [parse_partner(partner("Clinic", "medical")),
                parse_partner(partner("Shelter", "shelter", categories=["trafficking_victim"]))]
    ranked = rank(partners, SURVIVOR)
    assert [s.partner.name() for s in ranked] == ["Shelter", "Clinic"]
    assert [(r.code, r.fits) for r in ranked[0].reasons] == [("category", True),
                                                             ("region", True)]


def test_an_ineligible_service_comes_last_whatever_else_fits() -> None:
    men_only = parse_partner({**partner("Men's hostel", "shelter", sex="M",
                                        categories=["trafficking_victim"]),
                              "languages": ["uz", "ru"]})
    far = parse_partner({**partner("Far clinic", "medical"), "regions": ["shymkent"]})
    ranked = rank([men_only, far], SURVIVOR)
    assert [s.partner.name() for s in ranked] == ["Far clinic", "Men's hostel"]
    assert not ranked[1].eligible and ("sex", False) in [(r.code, r.fits)
                                                         for r in ranked[1].reasons]


def test_an_age_range_excludes_a_child_and_an_unknown_age() -> None:
    adults = parse_partner(partner("Adults", "psychosocial", age_min=18, age_max=60))
    assert rank([adults], ClientFacts(None, None, 15, None))[0].eligible is False
    assert rank([adults], ClientFacts(None, None, None, None))[0].eligible is False
    assert rank([adults], ClientFacts(None, None, 18, None))[0].eligible is True


@pytest.mark.parametrize(("data", "field"), [
    ({"kind": "shelter"}, "names"),
    ({"names": {"de": "X"}, "kind": "shelter"}, "names.de"),
    ({"names": {"en": "X"}, "kind": "spa"}, "kind"),
    ({"names": {"en": "X"}, "kind": "shelter", "regions": ["mars"]}, "regions[0]"),
    ({"names": {"en": "X"}, "kind": "shelter", "services": [{"kind": "shelter", "sex": "Q"}]},
     "services[0].sex"),
    ({"names": {"en": "X"}, "kind": "shelter",
      "services": [{"kind": "shelter", "age_min": 30, "age_max": 20}]}, "services[0].age_max"),
    ({"names": {"en": "X"}, "kind": "shelter", "send_by": "packet"}, "send_by"),
    ({"names": {"en": "X"}, "kind": "shelter", "age_public": "age1x"}, "age_public"),
    ({"names": {"en": "X"}, "kind": "shelter", "colour": "red"}, "colour"),
])
def test_a_bad_partner_names_the_field(data: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_partner(data)
    assert raised.value.field == field


def test_an_identity_round_trips_and_a_wrong_fingerprint_is_refused() -> None:
    keys = new_secrets()
    identity = {"id": organisation_uid(keys.sign_public), "names": {"en": "Office B"},
                "kind": "legal", "age_public": keys.age_public, "sign_public": keys.sign_public}
    parsed = parse_partner(identity)
    assert parsed.send_by == "packet"
    assert parse_partner(partner_json(parsed)) == parsed
    assert len(parsed.fingerprint or "") == 19 and parsed.fingerprint == fingerprint(
        keys.age_public, keys.sign_public)
    with pytest.raises(ValidationError) as raised:
        parse_partner({**identity, "fingerprint": "0000 0000 0000 0000"})
    assert raised.value.field == "fingerprint"
    with pytest.raises(ValidationError) as other:
        parse_partner({**identity, "id": "org-000000000000"})
    assert other.value.field == "id"


def test_the_referrals_course() -> None:
    check_step("sent", ReferralState.ACCEPTED, None)
    check_step("accepted", ReferralState.NOT_ATTENDED, None)
    with pytest.raises(ValidationError, match="say why"):
        check_step("acknowledged", ReferralState.DECLINED, " ")
    with pytest.raises(ValidationError, match="closed"):
        check_step("closed", ReferralState.ACCEPTED, None)
    with pytest.raises(ValidationError):
        check_step("declined", ReferralState.PROVIDED, None)
    assert feedback_due(dt.date(2026, 12, 31), False) == dt.date(2027, 1, 7)
    assert feedback_due(dt.date(2026, 12, 31), True) == dt.date(2027, 1, 1)


def test_regions_are_read_from_an_address_in_any_script() -> None:
    assert region_of("г. Алматы, ул. Абая 1") == "almaty"
    assert region_of("Шымкент қаласы") == "shymkent"
    assert region_of("Nur-Sultan? no: Astana, Mangilik El 8") == "astana"
    assert region_of("Bishkek") is None and region_of(None) is None


def test_the_demo_directory_is_valid_and_serves_the_demo_categories() -> None:
    parsed = [parse_partner({**data, "id": f"p-de{index:06x}"})
              for index, data in enumerate(DEMO_PARTNERS)]
    kinds = {p.kind for p in parsed}
    assert {"shelter", "medical", "legal", "psychosocial", "unhcr_partner",
            "state_body"} <= kinds
    ranked = rank(parsed, SURVIVOR)
    assert ranked[0].partner.names["en"] == "Kamkor crisis centre"
