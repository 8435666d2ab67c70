"""The access policy table: every declared service method and who may run it.

Each public service method declares its row with ``@guarded("service.method", ...)``
(``declarations.py``), naming there the argument that holds the client (or the item whose owner
is looked up). This table says the rest: the action the role needs, the audit entry written
after success, and ``scope``, the argument that limits a list to one lawyer's clients: for a
lawyer the guard sets it to their own name (and refuses another's), so the query itself leaves
other clients out. ``creates`` names the table of the record whose id a method returns, for its
audit entry. A declared method missing from this table is refused, and a test fails when a
service grows a method without a declaration or a row.
"""

from __future__ import annotations

from dataclasses import dataclass

from legalaid.services.roles import Action

A = Action


@dataclass(frozen=True)
class Rule:
    action: Action
    audit: str | None = None  # entry written after success: view, change, export, print …
    scope: str | None = None  # argument holding the lawyer whose clients a list is limited to
    creates: str | None = None  # table of the record whose id the method returns


def _change(action: Action, creates: str | None = None) -> Rule:
    return Rule(action, "change", creates=creates)


def _mine(action: Action, audit: str | None = None) -> Rule:
    """A list over many clients: a lawyer's is limited to their own (the ``lawyer`` argument)."""
    return Rule(action, audit=audit, scope="lawyer")


# Deleting or restoring an item is editing identity for some kinds and casework for others.
KIND_ACTIONS: dict[str, Action] = {
    "document": A.EDIT_IDENTITY, "trip": A.EDIT_IDENTITY, "event": A.EDIT_IDENTITY,
    "family_link": A.EDIT_IDENTITY, "case": A.EDIT_CASES, "task": A.EDIT_CASES, "note": A.NOTES,
}

POLICY: dict[tuple[str, str], Rule] = {
    # clients
    ("clients", "add"): Rule(A.REGISTER, audit="change", creates="client"),
    ("clients", "add_many"): Rule(A.REGISTER, audit="change", creates="client"),
    ("clients", "bulk_insert"): Rule(A.IMPORT, audit="import"),
    ("clients", "add_demo"): Rule(A.IMPORT, audit="import"),
    ("clients", "get"): Rule(A.VIEW_FILE, audit="view"),
    ("clients", "file"): Rule(A.VIEW_FILE, audit="view"),
    ("clients", "version"): Rule(A.VIEW_FILE),
    ("clients", "update_profile"): _change(A.EDIT_IDENTITY),
    ("clients", "delete"): _change(A.DELETE_CLIENT),
    ("clients", "restore"): _change(A.DELETE_CLIENT),
    ("clients", "list_rows"): Rule(A.LIST_CLIENTS),
    ("clients", "count"): Rule(A.LIST_CLIENTS),
    ("clients", "lawyers"): Rule(A.LIST_CLIENTS),
    ("clients", "lawyer_accounts"): Rule(A.LIST_CLIENTS),
    ("clients", "delete_item"): _change(A.EDIT_IDENTITY),
    ("clients", "restore_item"): _change(A.EDIT_IDENTITY),
    ("clients", "add_document"): _change(A.EDIT_IDENTITY, creates="document"),
    ("clients", "update_document"): _change(A.EDIT_IDENTITY),
    ("clients", "add_event"): _change(A.EDIT_IDENTITY, creates="event"),
    ("clients", "update_event"): _change(A.EDIT_IDENTITY),
    ("clients", "add_trip"): _change(A.EDIT_IDENTITY, creates="trip"),
    ("clients", "update_trip"): _change(A.EDIT_IDENTITY),
    ("clients", "add_family_link"): _change(A.EDIT_IDENTITY, creates="family_link"),
    ("clients", "family_links"): Rule(A.VIEW_FILE),
    ("clients", "add_note"): _change(A.NOTES, creates="note"),
    ("clients", "update_note"): _change(A.NOTES),
    ("clients", "add_case"): _change(A.EDIT_CASES, creates="case"),
    ("clients", "update_case"): _change(A.EDIT_CASES),
    ("clients", "add_task"): _change(A.EDIT_CASES, creates="task"),
    ("clients", "update_task"): _change(A.EDIT_CASES),
    ("clients", "history"): Rule(A.VIEW_FILE),
    ("clients", "deleted_items"): Rule(A.VIEW_FILE),
    ("clients", "add_to_existing"): _change(A.EDIT_IDENTITY),
    # one person, one file: merging two files, duplicates at the door and across the caseload
    ("merge", "plan"): Rule(A.DELETE_CLIENT),
    ("merge", "merge"): _change(A.DELETE_CLIENT),
    ("merge", "can_undo"): Rule(A.DELETE_CLIENT),
    ("merge", "undo"): _change(A.DELETE_CLIENT),
    ("duplicates", "at_the_door"): Rule(A.LIST_CLIENTS),
    ("duplicates", "same_documents"): Rule(A.LIST_CLIENTS),
    ("duplicates", "pairs"): Rule(A.REPORTS),
    ("duplicates", "dismiss"): Rule(A.REPORTS, audit="change"),
    # parties of cases and the conflict-of-interest check
    ("parties", "parties"): Rule(A.VIEW_CASES),
    ("parties", "add_party"): _change(A.EDIT_CASES),  # the entry names the case
    ("parties", "check"): Rule(A.VIEW_CASES, audit="view"),
    # status (the rules engine's verdicts; refreshing only recomputes derived data)
    # rules packs: read by everyone, changed by supervisors (audited)
    ("rule_packs", "list"): Rule(A.SIGN_IN),
    ("rule_packs", "active"): Rule(A.SIGN_IN),
    ("rule_packs", "check"): Rule(A.SIGN_IN),
    ("rule_packs", "diff"): Rule(A.SIGN_IN),
    ("rule_packs", "impact"): Rule(A.RULES),  # lists every client: managers only
    ("rule_packs", "last_activation"): Rule(A.SIGN_IN),
    ("rule_packs", "install"): Rule(A.RULES, audit="change"),
    ("rule_packs", "activate"): Rule(A.RULES, audit="change"),
    ("rule_packs", "rollback"): Rule(A.RULES, audit="change"),
    ("status", "rulebook"): Rule(A.SIGN_IN),
    ("status", "use_rules"): Rule(A.RULES),
    ("status", "verdict"): Rule(A.SIGN_IN),  # on a file the caller already holds
    ("status", "assessment_of"): Rule(A.SIGN_IN),
    ("status", "snapshot_of"): Rule(A.SIGN_IN),
    ("status", "assess"): Rule(A.VIEW_FILE, audit="view"),
    ("status", "plan"): Rule(A.VIEW_FILE, audit="view"),
    ("status", "get"): Rule(A.VIEW_FILE, audit="view"),
    ("status", "refresh"): Rule(A.LIST_CLIENTS),
    ("status", "refresh_in"): Rule(A.IMPORT),
    ("status", "refresh_stale"): Rule(A.LIST_CLIENTS),
    ("status", "window_usage"): Rule(A.SIGN_IN),
    # search
    ("search", "search"): Rule(A.LIST_CLIENTS),
    ("search", "find_duplicates"): Rule(A.LIST_CLIENTS),
    ("search", "names_changed"): Rule(A.SIGN_IN),
    # deadlines of every client (a lawyer's own clients)
    ("deadlines", "between"): _mine(A.VIEW_CASES),
    # accounts
    ("accounts", "has_accounts"): Rule(A.SIGN_IN),
    ("accounts", "create_first_administrator"): Rule(A.SIGN_IN),
    ("accounts", "authenticate"): Rule(A.SIGN_IN),
    ("accounts", "users"): Rule(A.USERS),
    ("accounts", "add_user"): Rule(A.USERS, audit="change"),
    ("accounts", "set_role"): Rule(A.USERS, audit="change"),
    ("accounts", "reset_password"): Rule(A.USERS, audit="change"),
    ("accounts", "set_active"): Rule(A.USERS, audit="change"),
    # audit trail
    ("audit", "record"): Rule(A.SIGN_IN),
    ("audit", "record_many"): Rule(A.SIGN_IN),
    ("audit", "entries"): Rule(A.AUDIT),
    ("audit", "filter_values"): Rule(A.AUDIT),
    ("audit", "verify"): Rule(A.AUDIT),
    ("audit", "head_code"): Rule(A.AUDIT),
    # attachments: scans kept with the file; those on cases are casework
    ("attachments", "attach"): _change(A.EDIT_IDENTITY, creates="attachment"),
    ("attachments", "attach_to_case"): _change(A.EDIT_CASES, creates="attachment"),
    ("attachments", "attachments"): Rule(A.VIEW_FILE),
    ("attachments", "case_attachments"): Rule(A.VIEW_CASES),
    ("attachments", "content"): Rule(A.VIEW_FILE, audit="view"),
    ("attachments", "case_content"): Rule(A.VIEW_CASES, audit="view"),
    ("attachments", "save_copy"): Rule(A.VIEW_FILE, audit="export"),
    ("attachments", "save_case_copy"): Rule(A.VIEW_CASES, audit="export"),
    ("attachments", "delete"): _change(A.EDIT_IDENTITY),
    ("attachments", "restore"): _change(A.EDIT_IDENTITY),
    # consent
    ("consent", "record_consent"): _change(A.CONSENT, creates="consent"),
    ("consent", "withdraw_consent"): _change(A.CONSENT),
    ("consent", "has_consent"): Rule(A.VIEW_FILE),
    ("consent", "consents"): Rule(A.VIEW_FILE, audit="view"),
    ("consent", "require_consent_or_override"): Rule(A.LETTERS),
    # retention
    ("retention", "due"): Rule(A.RETENTION),
    ("retention", "anonymise_due"): Rule(A.RETENTION),
    # backups: taken automatically for everyone, managed by supervisors
    ("backups", "due"): Rule(A.SIGN_IN),
    ("backups", "take_if_due"): Rule(A.SIGN_IN),
    ("backups", "quick_check"): Rule(A.SIGN_IN),
    ("backups", "last_good"): Rule(A.SIGN_IN),
    ("backups", "list"): Rule(A.BACKUPS),
    ("backups", "configure"): Rule(A.BACKUPS),
    ("backups", "create"): Rule(A.BACKUPS, audit="export"),
    ("backups", "verify"): Rule(A.BACKUPS),
    ("backups", "restore"): Rule(A.BACKUPS, audit="change"),
    ("backups", "change_passphrase"): Rule(A.BACKUPS, audit="change"),
    # the Today page, the calendar and cases opened from templates: casework
    ("today", "lawyers"): _mine(A.LIST_CLIENTS),
    ("today", "counts"): _mine(A.VIEW_CASES),
    ("today", "section_rows"): _mine(A.VIEW_CASES),
    ("today", "complete_task"): _change(A.EDIT_CASES),
    ("today", "news_since"): _mine(A.VIEW_CASES),
    ("calendar", "month_counts"): _mine(A.VIEW_CASES),
    ("calendar", "agenda"): _mine(A.VIEW_CASES),
    ("calendar", "client_deadlines"): Rule(A.VIEW_CASES, audit="view"),
    ("calendar", "to_ics"): Rule(A.VIEW_CASES, audit="export"),
    ("case_templates", "case_templates"): Rule(A.SIGN_IN),
    ("case_templates", "open_case_from_template"): _change(A.EDIT_CASES, creates="case"),
    # imports
    ("imports", "layout"): Rule(A.IMPORT),
    ("imports", "dry_run"): Rule(A.IMPORT),
    ("imports", "import_file"): Rule(A.IMPORT, audit="import"),
    # letters: produced and printed for one client, registered with a number
    ("letters", "organisation"): Rule(A.SIGN_IN),
    ("letters", "save_organisation"): Rule(A.USERS, audit="change"),
    ("letters", "preview"): Rule(A.LETTERS),
    # every letter printed is audited by the register, in the transaction that numbers it
    ("letters", "save"): Rule(A.LETTERS),
    ("letters", "save_many"): Rule(A.LETTERS),  # each client checked in access
    ("letters", "letters"): _mine(A.LETTERS),
    ("letters", "letters_of_client"): Rule(A.LETTERS),
    ("letters", "templates"): Rule(A.LETTERS),
    ("letters", "fields"): Rule(A.LETTERS),
    ("letters", "letter"): Rule(A.LETTERS),
    ("letters", "pdf"): Rule(A.LETTERS, audit="export"),
    ("letters", "all_templates"): Rule(A.SIGN_IN),
    ("letters", "consent_needed"): Rule(A.SIGN_IN),
    ("letters", "read_logo"): Rule(A.USERS),  # for the organisation profile
    ("letters", "write_copy"): Rule(A.LETTERS),  # the copy's printing is audited by preview
    # reports (anonymous figures) and exports of lists
    ("reports", "funding_codes"): Rule(A.REPORTS),
    ("reports", "activity"): Rule(A.REPORTS),
    ("exports", "client_rows"): Rule(A.REPORTS),
    ("exports", "export_clients"): Rule(A.REPORTS, audit="export"),
    ("exports", "export_deadlines"): _mine(A.VIEW_CASES, audit="export"),
    ("exports", "write_ics"): Rule(A.VIEW_CASES, audit="export"),
    ("reports", "export"): Rule(A.REPORTS, audit="export"),
    ("imports", "fields"): Rule(A.IMPORT),
    # the partner directory (edited by supervisors) and referrals to partners
    ("partners", "add"): Rule(A.USERS, audit="change"),
    ("partners", "update"): Rule(A.USERS, audit="change"),
    ("partners", "get"): Rule(A.VIEW_CASES),
    ("partners", "listing"): Rule(A.VIEW_CASES),
    ("partners", "me"): Rule(A.LETTERS),
    ("partners", "export_sheet"): Rule(A.VIEW_CASES, audit="export"),
    ("partners", "import_sheet"): Rule(A.USERS, audit="import"),
    ("partners", "add_demo"): Rule(A.IMPORT, audit="import"),
    ("referrals", "suggest"): Rule(A.LETTERS),
    ("referrals", "create"): _change(A.LETTERS, creates="referral"),
    ("referrals", "get"): Rule(A.VIEW_CASES),
    ("referrals", "steps"): Rule(A.VIEW_CASES),
    ("referrals", "of_client"): Rule(A.VIEW_CASES),
    ("referrals", "listing"): _mine(A.VIEW_CASES),
    ("referrals", "figures"): Rule(A.REPORTS),
    ("referrals", "update_status"): _change(A.LETTERS),
    ("referrals", "packet_preview"): Rule(A.LETTERS),
    ("referrals", "form_request"): Rule(A.LETTERS),
    ("referrals", "export_packet"): Rule(A.LETTERS, audit="export"),
    ("referrals", "import_packet"): Rule(A.IMPORT, audit="import"),
}
