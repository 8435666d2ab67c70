"""The client file's verdict uses the at-risk threshold from Settings, like the client list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.conftest import prepare_base

from legalaid.domain.enums import Script, Status
from legalaid.domain.records import ClientRecord, NameSpelling, TripRecord
from legalaid.paths import AppPaths
from legalaid.services.command_context import CommandContext
from legalaid.settings import Settings


@pytest.mark.parametrize(("threshold", "expected"), [(14, Status.LAWFUL), (21, Status.AT_RISK)])
def test_banner_verdict_follows_the_configured_threshold(
    tmp_path: Path, initialised_data: Path, threshold: int, expected: Status
) -> None:
    base = prepare_base(initialised_data, tmp_path)
    context = CommandContext(paths=AppPaths.create(base).ensure(),
                             settings=Settings(at_risk_threshold_days=threshold))
    try:
        status = context.services().status
        # A US visitor on day 11 of a 30-day stay: 19 days left (entry + 29 = last lawful day).
        today = dt.date.today()
        record = ClientRecord(names=(NameSpelling("Doe", "Jane", Script.LATIN),),
                              citizenship="US",
                              trips=(TripRecord(today - dt.timedelta(days=10)),))
        assessment = status.verdict(record, today)
        assert assessment.days_remaining == 19
        assert assessment.status is expected
    finally:
        context.close()
