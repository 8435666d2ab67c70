"""The closed vocabularies shared by the rules engine, the database and the JSON formats.

Values are the strings of ``shared/domain/SCENARIOS.md``; they are stored as such in the database.
"""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    VISITOR = "visitor"
    EAEU_WORKER = "eaeu_worker"
    LABOUR_IMMIGRANT = "labour_immigrant"
    VISA_WORKER = "visa_worker"
    TRP_HOLDER = "trp_holder"
    PERMANENT_RESIDENT = "permanent_resident"
    ASYLUM_SEEKER = "asylum_seeker"
    REFUGEE = "refugee"
    REJECTED_ASYLUM_SEEKER = "rejected_asylum_seeker"
    STATELESS_APPLICANT = "stateless_applicant"
    STATELESS = "stateless"
    KANDAS = "kandas"
    INVESTOR = "investor"
    TRAFFICKING_VICTIM = "trafficking_victim"
    IRREGULAR = "irregular"
    EXPELLED = "expelled"


class DocumentType(StrEnum):
    PASSPORT = "passport"
    VISA = "visa"
    TRP = "trp"
    PERMANENT_RESIDENCE = "permanent_residence"
    LABOUR_PERMIT = "labour_permit"
    EMPLOYMENT_CONTRACT = "employment_contract"
    ASYLUM_CERTIFICATE = "asylum_certificate"
    REFUGEE_CERTIFICATE = "refugee_certificate"
    STATELESS_CERTIFICATE = "stateless_certificate"
    KANDAS_STATUS = "kandas_status"
    ATA_ZHOLY_CARD = "ata_zholy_card"
    ENTRY_BAN = "entry_ban"
    MIGRATION_CARD = "migration_card"
    STAY_REGISTRATION = "stay_registration"


class EventType(StrEnum):
    ASYLUM_REGISTERED = "asylum_registered"
    CONTRACT_TERMINATED = "contract_terminated"
    STATELESS_QUERY_SENT = "stateless_query_sent"
    EXPELLED = "expelled"


class Status(StrEnum):
    """Computed status of a client on a date (RULES.md, "Computed status values")."""

    LAWFUL = "LAWFUL"
    AT_RISK = "AT_RISK"
    OVERSTAY = "OVERSTAY"
    PROTECTED = "PROTECTED"
    NOT_PRESENT = "NOT_PRESENT"
    UNKNOWN = "UNKNOWN"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


class Script(StrEnum):
    CYRILLIC = "cyrl"
    LATIN = "latn"


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"
    OTHER = "X"


class CaseStatus(StrEnum):
    OPEN = "open"
    PENDING = "pending"
    CLOSED = "closed"


class ReferralStatus(StrEnum):
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"


def choices(enum: type[StrEnum]) -> str:
    """``a, b or c``: the allowed values, for error messages."""
    values = [member.value for member in enum]
    return ", ".join(values[:-1]) + " or " + values[-1] if len(values) > 1 else values[0]
