"""The real main window over a real, migrated, temporary database with a few clients."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from tests.conftest import FRESH_MARK, prepare_base

from legalaid.app import AppContext
from legalaid.domain.enums import Category, DocumentType, Script, Sex
from legalaid.domain.records import ClientRecord, DocumentRecord, NameSpelling
from legalaid.gui.application import ensure_application
from legalaid.gui.backend import Desk
from legalaid.gui.i18n import install_language
from legalaid.gui.main_window import MainWindow
from legalaid.paths import AppPaths
from legalaid.settings import Settings

ASEL = ClientRecord(
    names=(NameSpelling("Қоңыратова", "Әсел", Script.CYRILLIC),),
    sex=Sex.FEMALE, date_of_birth=dt.date(1994, 3, 8), citizenship="KG",
    category=Category.EAEU_WORKER,
)
SHUKHRAT = ClientRecord(
    names=(NameSpelling("Abdullaev", "Shukhrat", Script.LATIN, source="passport"),),
    sex=Sex.MALE, date_of_birth=dt.date(1991, 4, 17), citizenship="UZ",
    category=Category.LABOUR_IMMIGRANT,
    documents=(DocumentRecord(DocumentType.PASSPORT, "FA1234567",
                              valid_until=dt.date(2031, 1, 1)),),
)
IVAN = ClientRecord(
    names=(NameSpelling("Петров", "Иван", Script.CYRILLIC, "Сергеевич"),),
    sex=Sex.MALE, date_of_birth=dt.date(1985, 11, 2), citizenship="RU",
    category=Category.VISITOR,
)


@pytest.fixture(autouse=True)
def _initialised_base(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """GUI tests open ``tmp_path / "base"``: its database already has the test administrator,
    unless the test is marked ``fresh_database``."""
    if request.node.get_closest_marker(FRESH_MARK) is None:
        prepare_base(request.getfixturevalue("initialised_data"), tmp_path / "base")


@pytest.fixture
def context(tmp_path: Path) -> Iterator[AppContext]:
    paths = AppPaths.create(tmp_path / "base").ensure()
    context = AppContext(paths=paths, settings=Settings(last_page="clients"))
    yield context
    context.close()


@pytest.fixture
def client_ids(context: AppContext) -> dict[str, int]:
    clients = context.services().clients
    return {"asel": clients.add(ASEL), "shukhrat": clients.add(SHUKHRAT),
            "ivan": clients.add(IVAN)}


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, client_ids: dict[str, int]) -> Iterator[MainWindow]:
    ensure_application()
    install_language("en")
    main = MainWindow(context, Desk(context.services()))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    install_language("en")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin warns that it cannot pass size hints to a window manager
    # it does not have; that says nothing about the app.
    for item in items:
        if "tests/gui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))

