"""The caseload's duplicate list counts only live files: a client in the Bin and a file merged
into another make no pairs, on either engine."""

from __future__ import annotations

import datetime as dt

from legalaid.domain.enums import DocumentType, Script
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling
from legalaid.services import Services


def _asel(number: str, script: Script = Script.LATIN) -> ClientRecord:
    name = ("Konyratova", "Asel") if script is Script.LATIN else ("Қоңыратова", "Әсел")
    return ClientRecord(names=(NameSpelling(*name, script),), date_of_birth=dt.date(1994, 3, 8),
                        documents=(DocumentRecord(DocumentType.PASSPORT, number),))


def _listed(services: Services) -> set[tuple[int, int]]:
    return {(pair.first, pair.second) for pair in services.duplicates.pairs().pairs}


def test_a_client_in_the_bin_and_a_merged_file_make_no_pairs(services: Services) -> None:
    first = services.clients.add(_asel("N1"))
    second = services.clients.add(_asel("N1", Script.CYRILLIC), allow_duplicate="test")
    third = services.clients.add(_asel("N3"))
    assert _listed(services) == {(first, second), (first, third), (second, third)}
    services.clients.delete(third)
    assert _listed(services) == {(first, second)}
    services.merge.merge(first, second)
    assert _listed(services) == set()
