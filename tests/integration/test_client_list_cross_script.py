"""The client list sorted by name puts the same name together whatever the script it was typed
in ("Абдуллаев" beside "Abdullaev"), on SQLite and PostgreSQL alike, page by page."""

from __future__ import annotations

from legalaid.domain.enums import Script
from legalaid.domain.read_models import ClientQuery
from legalaid.domain.records import ClientRecord, NameSpelling
from legalaid.services import Services

PEOPLE = [("Зайцев", "Олег", Script.CYRILLIC), ("Abdullaev", "Rustam", Script.LATIN),
          ("Борисова", "Анна", Script.CYRILLIC), ("Абдуллаев", "Рустам", Script.CYRILLIC),
          ("Borisova", "Anna", Script.LATIN), ("Ahmedov", "Ali", Script.LATIN)]


def test_names_of_both_scripts_sit_together(services: Services) -> None:
    for family, given, script in PEOPLE:
        services.clients.add(ClientRecord(names=(NameSpelling(family, given, script),)))
    listed = [row.name for row in services.clients.list_rows(ClientQuery(), offset=1, limit=50)]
    first = services.clients.list_rows(ClientQuery(), limit=3)
    rest = services.clients.list_rows(ClientQuery(), limit=50, after=first[-1])
    paged = [row.name for row in [*first, *rest]]
    assert paged[1:] == listed  # the keyset pages and the offset page agree
    # Each name's two spellings side by side; A (Abdullaev, Ahmedov) before B before Z.
    assert [name.split()[0] for name in paged][:2] in (["Abdullaev", "Абдуллаев"],
                                                      ["Абдуллаев", "Abdullaev"])
    assert [name.split()[0] for name in paged][2:] in (
        ["Ahmedov", "Borisova", "Борисова", "Зайцев"],
        ["Ahmedov", "Борисова", "Borisova", "Зайцев"])
    descending = services.clients.list_rows(ClientQuery(descending=True), limit=50)
    assert [row.name for row in descending] == paged[::-1]
