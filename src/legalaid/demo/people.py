"""Synthetic demo clients: realistic in shape, deterministic for a seed, never a real person.

``generate_clients(count, seed, today)`` yields ``ClientRecord`` values for ``legalaid demo``, the
benchmarks and the screenshots. Citizenships follow the rough weights of Kazakhstan's migration
flows (Uzbekistan first, then Kyrgyzstan, Russia, Tajikistan, kandas from China and Mongolia,
Afghan asylum seekers and refugees, stateless people, a few visitors from far away); each category
gets the documents, trips, events and cases that fit it, with expiry and due dates spread around
``today`` so that every alert of the app has something to show. Everything is drawn from one
``random.Random(seed)``, so the same seed and date give the same clients.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from legalaid.demo import cases as demo_cases
from legalaid.demo.cases import between, pick
from legalaid.demo.names import KAZAKH_TO_RUSSIAN, TRADITIONS, FamilyStyle, Name, Tradition
from legalaid.domain.enums import Category, DocumentType, EventType, Script, Sex
from legalaid.domain.records import (
    ClientRecord,
    DocumentRecord,
    EventRecord,
    NameSpelling,
    TripRecord,
)

T = TypeVar("T")
C = Category
REPORTING_CONSENT_SHARE = 0.85  # clients who agree at intake to be counted in anonymous reports


class _Weighted(Generic[T]):
    """Values with cumulative weights, picked by bisection (faster than ``rng.choices``)."""

    __slots__ = ("_cumulative", "_values")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self._values = tuple(value for value, _ in pairs)
        self._cumulative = tuple(itertools.accumulate(weight for _, weight in pairs))

    def pick(self, rng: random.Random) -> T:
        total = self._cumulative[-1]
        return self._values[bisect.bisect_right(self._cumulative, rng.random() * total)]


@dataclass(frozen=True)
class _Origin:
    """Who comes from one country: their categories and naming traditions."""

    citizenship: str | None
    categories: _Weighted[Category]
    traditions: _Weighted[str]


def _origin(code: str | None, categories: Mapping[Category, float],
            traditions: Mapping[str, float]) -> _Origin:
    return _Origin(code, _Weighted(list(categories.items())), _Weighted(list(traditions.items())))


_VISITORS_FROM_AFAR = {C.VISITOR: 50, C.VISA_WORKER: 25, C.INVESTOR: 12, C.TRP_HOLDER: 13}
_ORIGINS = _Weighted([
    (_origin("UZ", {C.LABOUR_IMMIGRANT: 52, C.VISITOR: 20, C.TRP_HOLDER: 8, C.IRREGULAR: 9,
                    C.KANDAS: 5, C.TRAFFICKING_VICTIM: 2, C.EXPELLED: 2, C.PERMANENT_RESIDENT: 2},
             {"uzbek": 88, "tajik": 5, "russian": 4, "kazakh": 3}), 41),
    (_origin("KG", {C.EAEU_WORKER: 55, C.VISITOR: 25, C.TRP_HOLDER: 8, C.IRREGULAR: 5,
                    C.PERMANENT_RESIDENT: 3, C.TRAFFICKING_VICTIM: 2, C.EXPELLED: 2},
             {"kyrgyz": 85, "uzbek": 8, "russian": 7}), 14),
    (_origin("RU", {C.VISITOR: 40, C.EAEU_WORKER: 25, C.TRP_HOLDER: 20, C.PERMANENT_RESIDENT: 10,
                    C.KANDAS: 5},
             {"russian": 85, "kazakh": 10, "uyghur": 5}), 12),
    (_origin("TJ", {C.LABOUR_IMMIGRANT: 55, C.VISITOR: 18, C.IRREGULAR: 12, C.TRP_HOLDER: 5,
                    C.TRAFFICKING_VICTIM: 4, C.EXPELLED: 3, C.ASYLUM_SEEKER: 3},
             {"tajik": 90, "uzbek": 10}), 10),
    (_origin("CN", {C.KANDAS: 70, C.TRP_HOLDER: 10, C.VISITOR: 10, C.ASYLUM_SEEKER: 5,
                    C.REJECTED_ASYLUM_SEEKER: 5},
             {"kazakh": 80, "uyghur": 20}), 8),
    (_origin(None, {C.STATELESS: 50, C.STATELESS_APPLICANT: 50},
             {"kazakh": 25, "russian": 25, "uzbek": 15, "uyghur": 10, "kyrgyz": 10, "tajik": 10,
              "afghan": 5}), 5),
    (_origin("AF", {C.ASYLUM_SEEKER: 35, C.REFUGEE: 40, C.REJECTED_ASYLUM_SEEKER: 15,
                    C.IRREGULAR: 5, C.TRP_HOLDER: 5},
             {"afghan": 100}), 3),
    (_origin("MN", {C.KANDAS: 90, C.TRP_HOLDER: 10}, {"kazakh": 100}), 2),
    (_origin("TR", _VISITORS_FROM_AFAR, {"turkish": 100}), 2),
    (_origin("US", _VISITORS_FROM_AFAR, {"western": 100}), 1),
    (_origin("DE", _VISITORS_FROM_AFAR, {"western": 100}), 1),
    (_origin("IN", _VISITORS_FROM_AFAR, {"indian": 100}), 1),
])

# Categories whose stay is counted in days (90/180, 30 per stay) rather than by a long document.
_SHORT_STAY = frozenset({C.VISITOR, C.EAEU_WORKER, C.LABOUR_IMMIGRANT, C.IRREGULAR, C.VISA_WORKER,
                         C.INVESTOR})
# The document that gives each category its right to stay, with its usual term in days.
_STATUS_DOCUMENT: dict[Category, tuple[DocumentType, int]] = {
    C.LABOUR_IMMIGRANT: (DocumentType.LABOUR_PERMIT, 365),
    C.EAEU_WORKER: (DocumentType.EMPLOYMENT_CONTRACT, 365),
    C.VISA_WORKER: (DocumentType.VISA, 365),
    C.INVESTOR: (DocumentType.VISA, 730),
    C.TRP_HOLDER: (DocumentType.TRP, 1095),
    C.PERMANENT_RESIDENT: (DocumentType.PERMANENT_RESIDENCE, 3650),
    C.ASYLUM_SEEKER: (DocumentType.ASYLUM_CERTIFICATE, 91),
    C.REFUGEE: (DocumentType.REFUGEE_CERTIFICATE, 365),
    C.REJECTED_ASYLUM_SEEKER: (DocumentType.ASYLUM_CERTIFICATE, 91),
    C.STATELESS: (DocumentType.STATELESS_CERTIFICATE, 1826),
    C.KANDAS: (DocumentType.KANDAS_STATUS, 365),
    C.EXPELLED: (DocumentType.ENTRY_BAN, 1826),
}
_PASSPORT_PREFIX = {"UZ": "FA", "KG": "AC", "RU": "75", "TJ": "40", "CN": "E", "AF": "P",
                    "MN": "E", "TR": "U", "US": "5", "DE": "C", "IN": "J"}
_CHECKPOINTS = {
    "UZ": ("Zhibek Zholy", "Kazygurt", "Shymkent airport"),
    "TJ": ("Zhibek Zholy", "Almaty airport"),
    "KG": ("Kordai", "Ak-Zhol", "Karasu"),
    "CN": ("Khorgos", "Bakhty", "Maikapshagai"),
    "MN": ("Maikapshagai", "Ust-Kamenogorsk airport"),
    "RU": ("Zhaisan", "Petropavlovsk", "Astana airport"),
}
_AIRPORTS = ("Almaty airport", "Astana airport")
_CITIES = _Weighted([("Almaty", 45), ("Astana", 20), ("Shymkent", 15), ("Turkistan", 5),
                     ("Karaganda", 5), ("Aktau", 4), ("Taraz", 3), ("Ust-Kamenogorsk", 3)])
_STREETS = ("Abai Ave", "Tole Bi St", "Raiymbek Ave", "Seifullin St", "Zhibek Zholy St",
            "Momyshuly St", "Satpayev St", "Baitursynov St", "Auezov St", "Kabanbai Batyr Ave")


def generate_clients(count: int, seed: int, today: dt.date,
                     language: str = "en") -> Iterator[ClientRecord]:
    """``count`` synthetic clients; the same ``seed`` and ``today`` give the same clients, their
    case types, tasks and notes written in ``language`` (kk, ru or en)."""
    rng = random.Random(seed)
    # A stream of its own, so the clients themselves stay those of earlier versions of the data.
    consent = random.Random(f"reporting-consent-{seed}")
    for _ in range(count):
        client = _client(rng, today, language)
        yield replace(client, reporting_consent=consent.random() < REPORTING_CONSENT_SHARE)


def _client(rng: random.Random, today: dt.date, language: str) -> ClientRecord:
    origin = _ORIGINS.pick(rng)
    category = origin.categories.pick(rng)
    tradition = TRADITIONS["kazakh" if category is C.KANDAS else origin.traditions.pick(rng)]
    sex = Sex.MALE if rng.random() < 0.58 else Sex.FEMALE  # labour migration is mostly male
    born = today - dt.timedelta(days=between(rng, 18 * 365, 68 * 365))
    trips = _trips(rng, category, origin.citizenship, today, born)
    phone = f"+7 700 000 {between(rng, 0, 99):02d} {between(rng, 0, 99):02d}"
    has_phone = rng.random() < 0.92
    lawyer = demo_cases.pick_lawyer(rng)
    # Trafficking victims are often reachable only through a shelter; visitors rarely have an IIN.
    at_risk, visitor = category is C.TRAFFICKING_VICTIM, category is C.VISITOR
    return ClientRecord(
        names=_spellings(rng, tradition, sex, origin.citizenship),
        sex=sex,
        date_of_birth=born,
        citizenship=origin.citizenship,
        category=category,
        languages=_languages(tradition, origin.citizenship),
        phone=phone if has_phone else None,
        safe_to_contact=has_phone and rng.random() < (0.5 if at_risk else 0.9),
        address=_address(rng) if rng.random() < 0.85 else None,
        iin=_iin(rng, born, sex) if rng.random() < (0.15 if visitor else 0.6) else None,
        lawyer=lawyer,
        documents=_documents(rng, category, origin.citizenship, today),
        trips=trips,
        events=_events(rng, category, trips, today),
        notes=demo_cases.notes(rng, today, lawyer, language),
        cases=demo_cases.cases(rng, category, today, lawyer, language),
    )


# --- names ---------------------------------------------------------------------------------


def _female_family(name: Name) -> Name:
    """-ов/-ев/-ин names take -а for women; other family names do not change."""
    if name.cyrillic.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return Name(name.cyrillic + "а", tuple(latin + "a" for latin in name.latin))
    return name


def _soviet_patronymic(father: str, sex: Sex) -> str:
    """Russian-style patronymic (-ович/-овна, -евич/-евна) from the father's given name."""
    stem = father.translate(KAZAKH_TO_RUSSIAN)
    male = sex is Sex.MALE
    if stem == "Дмитрий":  # the one -ий name in the lists that keeps its и
        return "Дмитриевич" if male else "Дмитриевна"
    if stem.endswith("ий"):
        return stem[:-2] + ("ьевич" if male else "ьевна")
    if stem.endswith(("й", "ь")):
        return stem[:-1] + ("евич" if male else "евна")
    if stem.endswith(("а", "о", "и", "у", "е", "я", "ж", "ш", "ч", "щ", "ц")):
        return stem + ("евич" if male else "евна")  # Эргаш -> Эргашевич, as after a vowel
    return stem + ("ович" if male else "овна")


def _family_name(rng: random.Random, tradition: Tradition, sex: Sex, father: Name,
                 citizenship: str | None) -> tuple[Name, bool]:
    """The family name in both scripts, and whether a patronymic goes with it."""
    style, female = tradition.style, sex is Sex.FEMALE
    if style is FamilyStyle.KAZAKH and rng.random() < 0.25:
        cyr, lat = ("қызы", "kyzy") if female else ("ұлы", "uly")
        return Name(father.cyrillic + cyr, (father.latin[0] + lat,)), False
    if style is FamilyStyle.KYRGYZ and rng.random() < 0.25:
        cyr, lat = ("кызы", "kyzy") if female else ("уулу", "uulu")
        return Name(f"{father.cyrillic} {cyr}", (f"{father.latin[0]} {lat}",)), False
    if style is FamilyStyle.UYGHUR and citizenship == "CN":
        return father, False  # Chinese documents carry the father's name as the family name
    family = pick(rng, tradition.family)
    if female:
        family = _female_family(family)
    if style is FamilyStyle.PLAIN:
        return family, False
    if citizenship in ("CN", "MN"):
        return family, rng.random() < 0.3
    return family, rng.random() < 0.8


def _spellings(rng: random.Random, tradition: Tradition, sex: Sex,
               citizenship: str | None) -> tuple[NameSpelling, ...]:
    given = pick(rng, tradition.male if sex is Sex.MALE else tradition.female)
    father = pick(rng, tradition.male)
    family, with_patronymic = _family_name(rng, tradition, sex, father, citizenship)
    if not given.cyrillic:  # recorded from a Latin passport only
        return (NameSpelling(family.latin[0], given.latin[0], Script.LATIN, source="passport"),)
    roll = rng.random()
    latin_first = tradition.key == "afghan"
    cyrillic_only = roll < (0.1 if latin_first else 0.25)
    latin_only = not cyrillic_only and roll < (0.75 if latin_first else 0.45)
    spellings: list[NameSpelling] = []
    if not latin_only:
        patronymic = _soviet_patronymic(father.cyrillic, sex) if with_patronymic else None
        source = "spoken" if rng.random() < 0.3 else None
        spellings.append(NameSpelling(family.cyrillic, given.cyrillic, Script.CYRILLIC,
                                      patronymic, source))
        if tradition.key == "kazakh" and rng.random() < 0.15:
            spellings.append(NameSpelling(
                family.cyrillic.translate(KAZAKH_TO_RUSSIAN),
                given.cyrillic.translate(KAZAKH_TO_RUSSIAN),
                Script.CYRILLIC, patronymic, "old_document"))
    if not cyrillic_only:
        latin = NameSpelling(_variant(rng, family.latin), _variant(rng, given.latin),
                             Script.LATIN, source="passport")
        spellings.insert(0, latin) if latin_first else spellings.append(latin)
    return tuple(spellings)


def _variant(rng: random.Random, spellings: tuple[str, ...]) -> str:
    """The usual passport spelling most of the time, an alternative otherwise."""
    return spellings[0] if len(spellings) == 1 or rng.random() < 0.7 else pick(rng, spellings[1:])


def _languages(tradition: Tradition, citizenship: str | None) -> tuple[str, ...]:
    if citizenship in ("CN", "MN") and tradition.key in ("kazakh", "uyghur"):
        return (tradition.languages[0], "zh" if citizenship == "CN" else "mn")
    return tradition.languages


# --- identity and contact ------------------------------------------------------------------


def _iin(rng: random.Random, born: dt.date, sex: Sex) -> str:
    """Kazakhstan's IIN layout: YYMMDD, century-and-sex digit, serial, check digit."""
    century = (3 if born.year < 2000 else 5) + (0 if sex is Sex.MALE else 1)
    head = f"{born:%y%m%d}{century}"
    while True:
        digits = [int(d) for d in f"{head}{between(rng, 0, 9999):04d}"]
        check = sum(d * w for d, w in zip(digits, range(1, 12), strict=True)) % 11
        if check == 10:
            weights = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
            check = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if check < 10:
            return "".join(map(str, digits)) + str(check)


def _address(rng: random.Random) -> str:
    street = pick(rng, _STREETS)
    return f"{_CITIES.pick(rng)}, {street} {between(rng, 1, 250)}, apt. {between(rng, 1, 120)}"


# --- documents, trips, events --------------------------------------------------------------


def _expiry(rng: random.Random, today: dt.date, term: int) -> dt.date:
    """Spread across the alert thresholds: expired, within 7, 30 and 90 days, and later."""
    roll = rng.random()
    if roll < 0.10:
        offset = -between(rng, 1, 400)
    elif roll < 0.16:
        offset = between(rng, 0, 7)
    elif roll < 0.28:
        offset = between(rng, 8, 30)
    elif roll < 0.45:
        offset = between(rng, 31, 90)
    else:
        offset = between(rng, 91, max(92, term))
    return today + dt.timedelta(days=min(offset, term - 1))


def _document(rng: random.Random, kind: DocumentType, term: int, today: dt.date,
              number: str | None, issuer: str | None) -> DocumentRecord:
    until = _expiry(rng, today, term)
    return DocumentRecord(kind, number, issuer, until - dt.timedelta(days=term - 1), until)


def _documents(rng: random.Random, category: Category, citizenship: str | None,
               today: dt.date) -> tuple[DocumentRecord, ...]:
    documents = []
    if citizenship is not None:
        prefix = _PASSPORT_PREFIX.get(citizenship, "N")
        number = prefix + str(between(rng, 10 ** (8 - len(prefix)), 10 ** (9 - len(prefix)) - 1))
        documents.append(_document(rng, DocumentType.PASSPORT, 3652, today, number, citizenship))
    status = _STATUS_DOCUMENT.get(category)
    if status is not None:
        kind, term = status
        number = f"{kind.value[:2].upper()}{between(rng, 100000, 999999)}"
        documents.append(_document(rng, kind, term, today, number, "Migration Service"))
    if category is C.VISITOR and citizenship == "IN":
        documents.append(_document(rng, DocumentType.VISA, 90, today, None, "Consulate"))
    return tuple(documents)


def _current_stay_days(rng: random.Random, category: Category) -> int:
    """How long a short-stay client has been in the country: some past 30, 90 or more days."""
    if category in (C.LABOUR_IMMIGRANT, C.EAEU_WORKER, C.VISA_WORKER, C.INVESTOR):
        return between(rng, 1, 330)
    roll = rng.random()
    if roll < 0.6:
        return between(rng, 1, 28)
    return between(rng, 29, 88) if roll < 0.85 else between(rng, 89, 220)


def _trip(rng: random.Random, entry: dt.date, exit_: dt.date | None, citizenship: str | None,
          irregular: bool) -> TripRecord:
    checkpoint = None if irregular else pick(rng, _CHECKPOINTS.get(citizenship or "", _AIRPORTS))
    notified = entry + dt.timedelta(days=between(rng, 0, 5)) if rng.random() < 0.7 else None
    if notified is not None and exit_ is not None and notified > exit_:
        notified = entry
    return TripRecord(entry, exit_, checkpoint, irregular, notified)


def _trips(rng: random.Random, category: Category, citizenship: str | None, today: dt.date,
           born: dt.date) -> tuple[TripRecord, ...]:
    """Stays, newest built first and returned oldest first; they never overlap."""
    if category in (C.STATELESS, C.STATELESS_APPLICANT) and rng.random() < 0.5:
        return ()  # has lived in Kazakhstan since before independence
    day = dt.timedelta(days=1)
    irregular = category is C.IRREGULAR and rng.random() < 0.3
    if category not in _SHORT_STAY and category is not C.EXPELLED:
        entry = max(today - dt.timedelta(days=between(rng, 30, 8 * 365)), born + day)
        return (_trip(rng, entry, None, citizenship, irregular),)
    trips: list[TripRecord] = []
    if category is not C.EXPELLED and rng.random() < 0.85:
        entry = today - dt.timedelta(days=_current_stay_days(rng, category) - 1)
        trips.append(_trip(rng, entry, None, citizenship, irregular))
        cursor = entry
    else:
        cursor = today - dt.timedelta(days=between(rng, 1, 200))
        entry = cursor - dt.timedelta(days=between(rng, 3, 120))
        trips.append(_trip(rng, entry, cursor, citizenship, False))
        cursor = entry
    for _ in range(pick(rng, (0, 0, 1, 1, 2, 3))):
        # Earlier stays are short and well apart, so only some clients go over 90 in 180.
        exit_ = cursor - dt.timedelta(days=between(rng, 10, 150))
        entry = exit_ - dt.timedelta(days=between(rng, 0, 40))
        trips.append(_trip(rng, entry, exit_, citizenship, False))
        cursor = entry
    trips.reverse()
    return tuple(trips)


def _events(rng: random.Random, category: Category, trips: tuple[TripRecord, ...],
            today: dt.date) -> tuple[EventRecord, ...]:
    last_entry = trips[-1].entry if trips else today - dt.timedelta(days=between(rng, 30, 900))
    if category in (C.ASYLUM_SEEKER, C.REFUGEE, C.REJECTED_ASYLUM_SEEKER):
        registered = min(last_entry + dt.timedelta(days=pick(rng, (0, 1, 2, 3, 4, 5, 9))), today)
        return (EventRecord(EventType.ASYLUM_REGISTERED, registered),)
    if category is C.STATELESS_APPLICANT:
        sent = today - dt.timedelta(days=between(rng, 10, 300))
        return (EventRecord(EventType.STATELESS_QUERY_SENT, sent),)
    if category is C.EXPELLED and trips and trips[-1].exit is not None:
        return (EventRecord(EventType.EXPELLED, trips[-1].exit),)
    if category is C.EAEU_WORKER and rng.random() < 0.1:
        ended = today - dt.timedelta(days=between(rng, 0, 40))
        return (EventRecord(EventType.CONTRACT_TERMINATED, ended),)
    return ()
