"""The longest stall of the UI thread while a user works at 100,000 clients: typing a search into
the client list, opening a client file, saving a profile edit and previewing a letter.

A 5 ms timer on the UI thread records ``time.perf_counter()`` at every tick; the longest gap
between two ticks is the longest time the window could not repaint or answer a key. Each action is
driven through the real widgets of the main window (keys into the search box, the Save button, the
letter wizard), and the meter runs from its first input until its result is on screen plus a short
settle time, so work that a result sets off (a refreshed list, a re-rendered page) counts too.
The floor is the same meter over an idle event loop in the same run: the gaps the machine itself
causes. Every action is run several times; one row gives the median of the runs' longest stalls
and one the worst, both against the 100 ms target.

The edits run on a copy of the demo database, never on the shared one.

    python bench/run.py --only ui_stall          # 100,000 clients
    python bench/run.py --only ui_stall --quick  # 10,000 clients, fewer runs
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from harness import BenchEnv, main_window, result

TICK_MS = 5
SETTLE_S = 0.25  # after the result shows: what it set off still counts
TIMEOUT_S = 60.0
KEY_GAP_MS = 100  # a quick typist: ten keys a second
STEP_GAP_MS = 50  # between the clicks of one action
TARGET_S = 0.100
WORDS = ("Abdullaev", "Ivanova", "Қоңыратова", "Zhumabek", "Петров")
IDLE_S = 1.0

Step = Callable[[], None]
Check = Callable[[], bool]


class StallMeter:
    """Runs the event loop through an action's steps until its result shows; returns the longest
    gap between two ticks of the 5 ms timer."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEventLoop, Qt, QTimer

        self._loop = QEventLoop()
        self._timer = QTimer(interval=TICK_MS, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._ticks: list[float] = []
        self._done: Check = lambda: True
        self._steps_left = 0
        self._shown_at: float | None = None
        self._error: BaseException | None = None

    def measure(self, steps: Sequence[tuple[int, Step]], done: Check) -> float:
        """``steps`` are (delay in ms after the previous step, step); ``done`` says when the
        result of the last one is on screen."""
        from PySide6.QtCore import QTimer

        self._ticks, self._done, self._shown_at, self._error = [], done, None, None
        self._steps_left = len(steps)
        delay = 0
        for gap, step in steps:
            delay += gap
            QTimer.singleShot(delay, lambda step=step: self._run(step))
        self._ticks.append(time.perf_counter())
        self._timer.start()
        self._loop.exec()
        self._timer.stop()
        if self._error is not None:
            raise self._error
        return max(b - a for a, b in zip(self._ticks, self._ticks[1:], strict=False))

    def _run(self, step: Step) -> None:
        try:
            step()
        except BaseException as error:  # reported after the loop, not swallowed by Qt
            self._error = error
            self._loop.quit()
        self._steps_left -= 1

    def _tick(self) -> None:
        now = time.perf_counter()
        self._ticks.append(now)
        if self._steps_left == 0 and self._shown_at is None and self._done():
            self._shown_at = now
        if self._shown_at is not None and now - self._shown_at >= SETTLE_S:
            self._loop.quit()
        elif now - self._ticks[0] > TIMEOUT_S:
            self._error = TimeoutError(f"no result after {TIMEOUT_S:.0f} s")
            self._loop.quit()


def _key(widget: Any, char: str) -> None:
    """One key typed as the keyboard sends it (any script, unlike QTest's ASCII key clicks)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, char))


def _click(widget: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def _idle(meter: StallMeter) -> float:
    start = time.perf_counter()
    return meter.measure([(0, lambda: None)], lambda: time.perf_counter() - start >= IDLE_S)


def _search(meter: StallMeter, window: Any, word: str) -> float:
    box, page = window.search_box, window.clients_page
    box.clear()
    meter.measure([(0, lambda: None)], lambda: page.model.query.text == "")
    steps = [(KEY_GAP_MS, lambda char=char: _key(box, char)) for char in word]
    return meter.measure(steps, lambda: page.model.query.text == word)


def _opened(window: Any, client_id: int) -> Check:
    def shown() -> bool:
        page = window.client_file
        return (page is not None and page.client_id == client_id
                and page.profile.record is not None)
    return shown


def _open_file(meter: StallMeter, window: Any, client_id: int) -> float:
    return meter.measure([(0, lambda: window.open_client(client_id))],
                         _opened(window, client_id))


def _save_profile(meter: StallMeter, window: Any, client_id: int, run: int) -> float:
    _open_file(meter, window, client_id)
    profile = window.client_file.profile
    profile.phone.setFocus()
    profile.phone.selectAll()
    phone = f"+7 701 555 {run:02d} {client_id % 100:02d}"
    steps: list[tuple[int, Step]] = [(0, lambda: profile.phone.del_())]
    steps += [(0, lambda char=char: _key(profile.phone, char)) for char in phone]
    steps.append((STEP_GAP_MS, lambda: _click(profile.save_button)))
    return meter.measure(steps, lambda: not profile.dirty and profile.phone.text() == phone)


LETTER = "police_extension"  # the extension request: any client may need one
TYPED_FIELDS = {"police_office": "УМП ДП г. Алматы", "reason": "лечение"}


def _choose_letter(wizard: Any) -> None:
    from PySide6.QtCore import Qt

    templates = wizard.template_page.list
    for row in range(templates.count()):
        if templates.item(row).data(Qt.ItemDataRole.UserRole) == LETTER:
            templates.setCurrentRow(row)
            return
    raise RuntimeError(f"the letter wizard offers no {LETTER} letter")


def _fill(form: Any) -> None:
    """The fields the file cannot fill, as the user fills them (a required one the file lacks,
    such as a passport number, too)."""
    from PySide6.QtWidgets import QLabel, QLineEdit

    for name, editor in form.editors.items():
        label = form.form.labelForField(editor)
        required = isinstance(label, QLabel) and label.text().endswith("*")
        if isinstance(editor, QLineEdit) and not editor.text() and (
                name in TYPED_FIELDS or required):
            for char in TYPED_FIELDS.get(name, "N0000000"):
                _key(editor, char)
    form.editors["request"].setCurrentIndex(1)


def _preview_letter(meter: StallMeter, window: Any, client_id: int) -> float:
    _open_file(meter, window, client_id)
    page = window.client_file
    page.show_tab("letters")
    tab = page.letters

    def wizard() -> Any:
        if tab.wizard is None:
            raise RuntimeError("the New letter button opened no wizard")
        return tab.wizard

    def to_preview() -> None:
        _fill(wizard().fields_page.fields)
        wizard().next()

    def shown() -> bool:
        current = wizard()
        return (current.currentPage() is current.preview_page
                and current.preview_page.preview.page_count() > 0)

    steps: list[tuple[int, Step]] = [
        (0, lambda: _click(tab.new_button)),
        (STEP_GAP_MS, lambda: _choose_letter(wizard())),
        (STEP_GAP_MS, lambda: wizard().next()),
        (STEP_GAP_MS, to_preview),
    ]
    try:
        return meter.measure(steps, shown)
    finally:
        if tab.wizard is not None:
            tab.wizard.close()


def _rows(name: str, stalls: list[float], idle: list[float]) -> list[dict[str, Any]]:
    """The median of the runs' longest stalls and the worst of them, each against the target."""
    floor = "idle event loop"
    typical = result(f"ui stall: {name} (median of {len(stalls)} runs)", stalls,
                     target="< 100 ms", floor=floor, floor_samples=idle, max_seconds=TARGET_S)
    worst = result(f"ui stall: {name} (worst run)", [max(stalls)], target="< 100 ms",
                   floor=floor, floor_samples=[max(idle)], max_seconds=TARGET_S)
    worst["runs"] = len(stalls)
    return [typical, worst]


def _copy_of(env: BenchEnv, folder: Path) -> Path:
    copy = folder / env.db_path.name
    shutil.copy(env.db_path, copy)
    return copy


def run(env: BenchEnv, quick: bool) -> list[dict[str, Any]]:
    from legalaid.domain.read_models import ClientQuery

    runs = 3 if quick else 5
    with tempfile.TemporaryDirectory(prefix="ui-stall-", dir=env.base_dir.parent) as scratch:
        context = env.context(database=_copy_of(env, Path(scratch)))
        window = main_window(context)
        window.resize(1280, 800)
        meter = StallMeter()
        ids = [row.id for row in context.services().clients.list_rows(ClientQuery(), 0, 400)]
        picks = ids[::max(1, len(ids) // (runs + 1))][1:runs + 1]
        idle = [_idle(meter) for _ in range(runs)]
        measured = {
            "typing a search": [_search(meter, window, WORDS[i % len(WORDS)])
                                for i in range(runs)],
            "opening a client file": [_open_file(meter, window, client) for client in picks],
            "saving a profile edit": [_save_profile(meter, window, client, i)
                                      for i, client in enumerate(picks)],
            "previewing a letter": [_preview_letter(meter, window, client) for client in picks],
        }
        window.close()
        context.close()
    rows: list[dict[str, Any]] = []
    for name, stalls in measured.items():
        rows += _rows(name, stalls, idle)
    return rows
