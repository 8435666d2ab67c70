"""Translated names for the closed vocabularies (statuses, categories, document types) and colours.

Every text goes through ``QCoreApplication.translate`` with literal strings so that
``pyside6-lupdate`` collects them.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from legalaid.domain.enums import Category, DocumentType, Status


def status_label(status: Status) -> str:
    labels = {
        Status.LAWFUL: QCoreApplication.translate("Labels", "Lawful"),
        Status.AT_RISK: QCoreApplication.translate("Labels", "At risk"),
        Status.OVERSTAY: QCoreApplication.translate("Labels", "Overstay"),
        Status.PROTECTED: QCoreApplication.translate("Labels", "Protected"),
        Status.NOT_PRESENT: QCoreApplication.translate("Labels", "Not in Kazakhstan"),
        Status.UNKNOWN: QCoreApplication.translate("Labels", "Unknown"),
    }
    return labels[status]


# Backgrounds of the status banner and chips; their text (STATUS_TEXT_COLOUR) has at least the
# 4.5:1 contrast WCAG asks of normal text on each (the amber is dark for that reason).
STATUS_COLOURS = {
    Status.OVERSTAY: QColor("#c62828"),
    Status.AT_RISK: QColor("#ad5c00"),
    Status.PROTECTED: QColor("#1565c0"),
    Status.LAWFUL: QColor("#2e7d32"),
    Status.NOT_PRESENT: QColor("#616161"),
    Status.UNKNOWN: QColor("#616161"),
}
STATUS_TEXT_COLOUR = QColor("#ffffff")


def category_label(category: Category | str | None) -> str:
    if category is None:
        return ""
    labels = {
        Category.VISITOR: QCoreApplication.translate("Labels", "Visitor"),
        Category.EAEU_WORKER: QCoreApplication.translate("Labels", "EAEU worker"),
        Category.LABOUR_IMMIGRANT: QCoreApplication.translate("Labels", "Labour immigrant"),
        Category.VISA_WORKER: QCoreApplication.translate("Labels", "Worker with visa"),
        Category.TRP_HOLDER: QCoreApplication.translate("Labels", "Temporary resident"),
        Category.PERMANENT_RESIDENT: QCoreApplication.translate("Labels", "Permanent resident"),
        Category.ASYLUM_SEEKER: QCoreApplication.translate("Labels", "Asylum seeker"),
        Category.REFUGEE: QCoreApplication.translate("Labels", "Refugee"),
        Category.REJECTED_ASYLUM_SEEKER: QCoreApplication.translate(
            "Labels", "Rejected asylum seeker"),
        Category.STATELESS_APPLICANT: QCoreApplication.translate(
            "Labels", "Statelessness applicant"),
        Category.STATELESS: QCoreApplication.translate("Labels", "Stateless person"),
        Category.KANDAS: QCoreApplication.translate("Labels", "Kandas"),
        Category.INVESTOR: QCoreApplication.translate("Labels", "Investor"),
        Category.TRAFFICKING_VICTIM: QCoreApplication.translate(
            "Labels", "Victim of trafficking"),
        Category.IRREGULAR: QCoreApplication.translate("Labels", "Irregular"),
        Category.EXPELLED: QCoreApplication.translate("Labels", "Expelled"),
    }
    try:
        return labels[Category(category)]
    except ValueError:
        return str(category)


def document_label(kind: DocumentType | str) -> str:
    labels = {
        DocumentType.PASSPORT: QCoreApplication.translate("Labels", "Passport"),
        DocumentType.VISA: QCoreApplication.translate("Labels", "Visa"),
        DocumentType.TRP: QCoreApplication.translate("Labels", "Temporary residence permit"),
        DocumentType.PERMANENT_RESIDENCE: QCoreApplication.translate(
            "Labels", "Permanent residence permit"),
        DocumentType.LABOUR_PERMIT: QCoreApplication.translate("Labels", "Labour permit"),
        DocumentType.EMPLOYMENT_CONTRACT: QCoreApplication.translate(
            "Labels", "Employment contract"),
        DocumentType.ASYLUM_CERTIFICATE: QCoreApplication.translate(
            "Labels", "Asylum seeker certificate"),
        DocumentType.REFUGEE_CERTIFICATE: QCoreApplication.translate(
            "Labels", "Refugee certificate"),
        DocumentType.STATELESS_CERTIFICATE: QCoreApplication.translate(
            "Labels", "Stateless person certificate"),
        DocumentType.KANDAS_STATUS: QCoreApplication.translate("Labels", "Kandas certificate"),
        DocumentType.ATA_ZHOLY_CARD: QCoreApplication.translate("Labels", "Ata Zholy card"),
        DocumentType.ENTRY_BAN: QCoreApplication.translate("Labels", "Entry ban"),
        DocumentType.MIGRATION_CARD: QCoreApplication.translate("Labels", "Migration card"),
        DocumentType.STAY_REGISTRATION: QCoreApplication.translate(
            "Labels", "Registration of stay"),
    }
    try:
        return labels[DocumentType(kind)]
    except ValueError:
        return str(kind)


def country_label(code: str | None) -> str:
    """The country's name in the interface language ("Stateless" when there is none)."""
    if code is None or code == "":
        return QCoreApplication.translate("Labels", "Stateless")
    from legalaid.domain.countries import country_name
    from legalaid.gui.i18n import current_language

    return country_name(code, current_language())


def citizenship_choices() -> list[tuple[str, str | None]]:
    """The citizenship pick list: not stated (XXX) first, stateless (None) and the refugee
    travel documents (XXB, XXC) apart from it, then the common countries and all the others."""
    from legalaid.gui.i18n import current_language

    return list(_citizenship_choices(current_language()))


@functools.cache
def _citizenship_choices(language: str) -> tuple[tuple[str, str | None], ...]:
    """Built once per interface language: some 240 names, sorted (every client file and
    intake form shows the list)."""
    from legalaid.domain.countries import COMMON, COUNTRIES, NOT_STATED, REFUGEE_CODES

    others = sorted((c for c in COUNTRIES if c not in COMMON), key=country_label)
    return ((QCoreApplication.translate("Labels", "Not stated"), NOT_STATED),
            (country_label(None), None),
            *((country_label(code), code) for code in (*REFUGEE_CODES, *COMMON, *others)))


def field_label(field: str) -> str:
    """A record's field by the name the forms give it (the stale-save and merge dialogs)."""
    translate = QCoreApplication.translate
    labels = {
        "names": translate("RecordFields", "Names"),
        "sex": translate("RecordFields", "Sex"),
        "date_of_birth": translate("RecordFields", "Date of birth"),
        "citizenship": translate("RecordFields", "Citizenship"),
        "category": translate("RecordFields", "Category"),
        "languages": translate("RecordFields", "Languages"),
        "interpreter": translate("RecordFields", "Needs an interpreter"),
        "phone": translate("RecordFields", "Phone"),
        "safe_to_contact": translate("RecordFields", "Safe to contact"),
        "address": translate("RecordFields", "Address"),
        "iin": translate("RecordFields", "IIN"),
        "lawyer": translate("RecordFields", "Lawyer"),
        "type": translate("RecordFields", "Type"),
        "number": translate("RecordFields", "Number"),
        "issuer": translate("RecordFields", "Issued by"),
        "valid_from": translate("RecordFields", "Valid from"),
        "valid_until": translate("RecordFields", "Valid until"),
        "entry": translate("RecordFields", "Entered on"),
        "exit": translate("RecordFields", "Left on"),
        "checkpoint": translate("RecordFields", "Checkpoint"),
        "irregular_entry": translate("RecordFields", "Irregular entry"),
        "host_notified": translate("RecordFields", "Host notified the police on"),
        "date": translate("RecordFields", "Date"),
        "opened": translate("RecordFields", "Opened"),
        "status": translate("RecordFields", "Status"),
        "closed": translate("RecordFields", "Closed"),
        "outcome": translate("RecordFields", "Outcome"),
        "funding_code": translate("RecordFields", "Funding code"),
        "title": translate("RecordFields", "Title"),
        "due": translate("RecordFields", "Due"),
        "done": translate("RecordFields", "Done"),
        "text": translate("RecordFields", "Text"),
        "reporting_consent": translate("RecordFields", "Counted in reports"),
    }
    return labels.get(field, field.replace("_", " "))
