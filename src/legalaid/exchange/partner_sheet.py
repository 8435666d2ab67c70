"""The partner directory as a spreadsheet: one row per service, the organisation's columns
repeated on each of its rows; reading groups the rows by ``id`` (or, without one, by the English
or first name) back into partners (``domain.partners.parse_partner`` checks every value)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from legalaid.domain.partners import Partner, parse_partner
from legalaid.errors import ValidationError
from legalaid.exchange.table import read_table
from legalaid.exchange.writer import OutCell, write_table

HEADER = ("id", "name_kk", "name_ru", "name_en", "kind", "regions", "languages", "contacts",
          "send_by", "age_public", "sign_public", "notes", "service", "categories", "sex",
          "age_min", "age_max", "capacity")


def rows_of(partners: Sequence[Partner]) -> list[list[OutCell]]:
    rows: list[list[OutCell]] = []
    for partner in partners:
        own: list[OutCell] = [
            partner.uid, partner.names.get("kk"), partner.names.get("ru"),
            partner.names.get("en"), partner.kind, ",".join(partner.regions),
            ",".join(partner.languages), partner.contacts, partner.send_by, partner.age_public,
            partner.sign_public, partner.notes]
        for offer in partner.services:
            rows.append([*own, offer.kind, ",".join(offer.categories), offer.sex, offer.age_min,
                         offer.age_max, offer.capacity])
    return rows


def write_sheet(path: Path, partners: Sequence[Partner]) -> None:
    write_table(path, HEADER, rows_of(partners), "xlsx" if path.suffix.lower() != ".csv"
                else "csv", sheet_title="Partners")


def _text(value: object) -> str | None:
    if value is None:
        return None
    text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    return text.strip() or None


def _list(value: object) -> list[str]:
    return [part.strip() for part in (_text(value) or "").split(",") if part.strip()]


def _age(value: object, where: str) -> int | None:
    text = _text(value)
    if text is None:
        return None
    if not text.isdigit():
        raise ValidationError(where, f'"{text}" is not an age')
    return int(text)


def read_sheet(path: Path) -> list[Partner]:
    """The partners of a sheet written by ``write_sheet`` (or typed in its columns)."""
    table = read_table(path)
    missing = [name for name in ("kind", "service") if name not in table.header]
    if missing:
        raise ValidationError("FILE", f'the sheet has no "{missing[0]}" column')
    grouped: dict[str, dict[str, Any]] = {}
    for row in table.rows:
        cells = dict(zip(table.header, row.values, strict=False))
        where = f"row {row.number}"
        names = {language: text for language in ("kk", "ru", "en")
                 if (text := _text(cells.get(f"name_{language}")))}
        key = _text(cells.get("id")) or names.get("en") or next(iter(names.values()), where)
        partner = grouped.setdefault(key, {
            **({"id": _text(cells["id"])} if _text(cells.get("id")) else {}),
            "names": names, "kind": _text(cells.get("kind")),
            "regions": _list(cells.get("regions")), "languages": _list(cells.get("languages")),
            "contacts": _text(cells.get("contacts")), "send_by": _text(cells.get("send_by"))
            or ("packet" if _text(cells.get("age_public")) else "paper"),
            "age_public": _text(cells.get("age_public")),
            "sign_public": _text(cells.get("sign_public")), "notes": _text(cells.get("notes")),
            "services": [], "_row": where})
        partner["services"].append({
            "kind": _text(cells.get("service")), "categories": _list(cells.get("categories")),
            "sex": _text(cells.get("sex")), "age_min": _age(cells.get("age_min"), where),
            "age_max": _age(cells.get("age_max"), where),
            "capacity": _text(cells.get("capacity"))})
    result = []
    for data in grouped.values():
        where = data.pop("_row")
        try:
            result.append(parse_partner(data))
        except ValidationError as error:
            raise ValidationError(f"{where}: {error.field}", error.problem) from None
    return result
