"""``legalaid attach CLIENT_ID FILE [--document ID | --case ID] [--title T]``,
``legalaid attachments CLIENT_ID`` and ``legalaid attachments get ATTACHMENT_ID -o FILE``:
scans kept with a client file.

``attach`` prints the new attachment as JSON (its ``id`` among the rest); ``attachments`` prints
the client's attachments (those on cases too, for the roles that see cases); ``get`` writes a
copy of one to FILE (audited): the very bytes attached, a HEIC photo as HEIC. A file that is
empty, too large, not a PDF, JPEG, PNG or HEIC, or a HEIC that does not decode, or a document or
case that is not the client's, is exit status 2 naming the argument.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from legalaid.services.attachments import AttachmentRow
    from legalaid.services.command_context import CommandContext


def register(subparsers: Any) -> None:
    attach = subparsers.add_parser(
        "attach", help="keep a scan (PDF, JPEG, PNG, HEIC) with a client file",
        description="Store FILE inside the database with the client, one of their documents "
        "(--document) or one of their cases (--case, casework: lawyers and up). Prints the "
        "attachment as JSON.")
    attach.add_argument("client", metavar="CLIENT_ID")
    attach.add_argument("file", metavar="FILE", type=Path)
    where = attach.add_mutually_exclusive_group()
    where.add_argument("--document", metavar="ID", help="the client's document it belongs to")
    where.add_argument("--case", metavar="ID", help="the client's case it belongs to")
    attach.add_argument("--title", metavar="T", help="default: the file's name")
    attach.set_defaults(handler=run_attach)
    listing = subparsers.add_parser(
        "attachments", help="list a client's attachments, or save a copy of one",
        description="attachments CLIENT_ID [--json]: the client's attachments as JSON. "
        "attachments get ATTACHMENT_ID -o FILE: write a copy of one (recorded in the audit "
        "trail).", usage="legalaid attachments CLIENT_ID [--json]\n"
        "       legalaid attachments get ATTACHMENT_ID -o FILE")
    listing.add_argument("words", nargs="+", metavar="CLIENT_ID | get ATTACHMENT_ID")
    listing.add_argument("-o", "--output", type=Path, metavar="FILE",
                         help="with get: where the copy goes")
    listing.add_argument("--json", action="store_true", help="JSON (the only format)")
    listing.set_defaults(handler=run_attachments)


def run_attach(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.cli.output import print_json
    from legalaid.domain.parsing import parse_id
    from legalaid.errors import ValidationError
    from legalaid.services.attachments import AttachmentFile

    client_id = parse_id(args.client, "CLIENT_ID")
    try:
        data = Path(args.file).read_bytes()
    except OSError as error:
        raise ValidationError("FILE", f"cannot read {args.file}: {error.strerror}") from None
    file = AttachmentFile(Path(args.file).name, data, args.title)
    service = context.services().attachments
    if args.case is not None:
        attachment_id = service.attach_to_case(client_id, parse_id(args.case, "--case"), file)
        [row] = [row for row in service.case_attachments(client_id) if row.id == attachment_id]
    else:
        document_id = None if args.document is None else parse_id(args.document, "--document")
        attachment_id = service.attach(client_id, file, document_id)
        [row] = [row for row in service.attachments(client_id) if row.id == attachment_id]
    print_json(as_json(row))
    return 0


def run_attachments(args: argparse.Namespace, context: CommandContext) -> int:
    from legalaid.domain.parsing import parse_id
    from legalaid.errors import ValidationError

    words: list[str] = args.words
    if words[0] == "get":
        if len(words) != 2:
            raise ValidationError("ATTACHMENT_ID", "give one attachment id: attachments get ID "
                                  "-o FILE")
        if args.output is None:
            raise ValidationError("-o", "give the file to write the copy to: -o FILE")
        return _save_copy(context, parse_id(words[1], "ATTACHMENT_ID"), args.output)
    if len(words) != 1:
        raise ValidationError("CLIENT_ID", "give one client id (or: get ATTACHMENT_ID -o FILE)")
    return _list(context, parse_id(words[0], "CLIENT_ID"))


def _list(context: CommandContext, client_id: int) -> int:
    import contextlib

    from legalaid.cli.output import print_json
    from legalaid.errors import AccessDenied

    service = context.services().attachments
    rows = service.attachments(client_id)
    with contextlib.suppress(AccessDenied):  # intake sees the file's papers, not its cases'
        rows += service.case_attachments(client_id)
    print_json([as_json(row) for row in sorted(rows, key=lambda row: row.id)])
    return 0


def _save_copy(context: CommandContext, attachment_id: int, output: Path) -> int:
    from legalaid.output_file import check_output
    from legalaid.services.attachments import OnCase

    check_output(output)
    service = context.services().attachments
    try:
        service.save_copy(attachment_id, output)
    except OnCase:  # not among the file's papers: one on a case (casework)
        service.save_case_copy(attachment_id, output)
    return 0


def as_json(row: AttachmentRow) -> dict[str, object]:
    return {"id": row.id, "client_id": row.client_id, "document_id": row.document_id,
            "case_id": row.case_id, "title": row.title, "file_name": row.file_name,
            "media_type": row.media_type, "size_bytes": row.size_bytes,
            "added_at": row.added_at.isoformat(timespec="seconds"), "added_by": row.added_by}
