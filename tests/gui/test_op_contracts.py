"""Contracts over the source tree: threads live only in the op runner, the GUI writes only
through it, and it reaches the rules, pdf and exchange layers only through the services.

A *write* is a public service method (every one is listed in ``services/policy.py``) whose name
starts with a verb that changes data: add, save, update, delete, restore, mark,
set, complete, withdraw, import, bulk, open_case, change, reset, create, anonymise,
record_consent (not ``backups.configure``, which only keeps a folder and a count in memory). A
widget module may call one only inside the work of an op: a lambda or function handed to
``Op``/``Op.tracked``/``run_op`` (directly, or through a function or class of the module that
hands its argument on to an op), or a function of the module that only such work calls.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from legalaid.services.policy import POLICY

SRC = Path(__file__).resolve().parents[2] / "src" / "legalaid"
GUI = SRC / "gui"
RUNNER = GUI / "ops.py"
OP_CALLS = {"Op", "tracked", "run_op"}
WORK = 1  # Op(parent, work, ...), Op.tracked(parent, work, ...), run_op(parent, work, ...)
WRITE_VERBS = ("add", "save", "update", "delete", "restore", "mark", "set", "complete",
               "withdraw", "import", "bulk", "open_case", "change", "reset", "create",
               "anonymise", "record_consent")
# The receivers of service calls in the GUI (an attribute chain ending in one of these).
SERVICE_RECEIVERS = {"desk", "services", "clients", "register", "consent", "_consent",
                     "_accounts", "_backups", "backups", "imports", "today", "letters",
                     "case_templates", "templates", "calendar", "reports", "exports", "status",
                     "search", "audit", "accounts"}


def is_write(method: str) -> bool:
    return any(method == verb or method.startswith(f"{verb}_") for verb in WRITE_VERBS)


def writes() -> set[str]:
    return {method for _service, method in POLICY if is_write(method)}


def _modules(root: Path) -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(root.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _receiver_end(node: ast.expr) -> str | None:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


def _functions(tree: ast.Module) -> dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]]:
    found: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found.setdefault(node.name, []).append(node)
    return found


def _work_refs(call: ast.Call, positions: set[int]) -> set[str]:
    """The names an op's work refers to: the work itself, or what its lambda calls."""
    refs: set[str] = set()
    for index in positions:
        arg = call.args[index] if index < len(call.args) else None
        if isinstance(arg, ast.Lambda):
            refs |= {name for n in ast.walk(arg.body) if isinstance(n, ast.Call)
                     if (name := _receiver_end(n.func)) is not None}
        elif arg is not None and (name := _receiver_end(arg)) is not None:
            refs.add(name)
    return refs


def _forwarders(tree: ast.Module) -> dict[str, set[int]]:
    """Functions (and classes, by their ``__init__``) of the module that hand an argument on as
    an op's work, to ``Op`` or to another such function: name -> positions (without ``self``).
    A class forwards an argument it keeps as an attribute that an op's work calls."""
    found: dict[str, set[int]] = {}
    owners: list[tuple[str, ast.AST, list[str], dict[str, str]]] = []
    for name, defs in _functions(tree).items():
        for function in defs:
            params = [a.arg for a in function.args.args if a.arg != "self"]
            owners.append((name, function, params, {p: p for p in params}))
    for klass in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        init = next((n for n in klass.body
                     if isinstance(n, ast.FunctionDef) and n.name == "__init__"), None)
        if init is not None:
            params = [a.arg for a in init.args.args if a.arg != "self"]
            kept = {target.attr: value.id for n in ast.walk(init) if isinstance(n, ast.Assign)
                    for target in n.targets if isinstance(target, ast.Attribute)
                    if isinstance(value := n.value, ast.Name) and value.id in params}
            owners.append((klass.name, klass, params, kept))
    grew = True
    while grew:
        grew = False
        for name, node, params, kept in owners:
            for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
                called = _called_name(call) or ""
                targets = {WORK} if called in OP_CALLS \
                    else set(found.get(called, set()))
                for ref in _work_refs(call, targets):
                    if ref in kept and params.index(kept[ref]) not in found.get(name, set()):
                        found.setdefault(name, set()).add(params.index(kept[ref]))
                        grew = True
    return found


def _work_nodes(tree: ast.Module) -> list[ast.AST]:
    """Every lambda or function that runs as an op's work, and what only such work calls."""
    forwarders = _forwarders(tree)
    functions = _functions(tree)
    work: list[ast.AST] = []
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        name = _called_name(call)
        positions = {WORK} if name in OP_CALLS else forwarders.get(
            name or "", set())
        for index in positions:
            if index >= len(call.args):
                continue
            arg = call.args[index]
            if isinstance(arg, ast.Lambda):
                work.append(arg)
            elif (ref := _receiver_end(arg)) in functions:
                work.extend(functions[ref or ""])
    # Functions called from work are work too (to a fixpoint).
    seen = {id(node) for node in work}
    queue = list(work)
    while queue:
        node = queue.pop()
        for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
            for function in functions.get(_called_name(call) or "", []):
                if id(function) not in seen and function.name not in forwarders:
                    seen.add(id(function))
                    work.append(function)
                    queue.append(function)
    return work


def _unguarded_writes(tree: ast.Module) -> list[tuple[int, str]]:
    inside = {id(n) for node in _work_nodes(tree) for n in ast.walk(node)}
    names = writes()
    return [(call.lineno, ast.unparse(call.func))
            for call in ast.walk(tree)
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
            and call.func.attr in names and _receiver_end(call.func.value) in SERVICE_RECEIVERS
            and id(call) not in inside]


def test_threads_are_started_only_by_the_op_runner() -> None:
    found = [f"{path.relative_to(SRC)}:{node.lineno}"
             for path, tree in _modules(SRC) if path != RUNNER
             for node in ast.walk(tree)
             if (isinstance(node, ast.Name) and node.id.startswith("QThread"))
             or (isinstance(node, ast.Attribute) and node.attr.startswith("QThread"))
             or (isinstance(node, ast.alias) and node.name.startswith("QThread"))]
    assert found == []


def test_widgets_call_service_writes_only_inside_an_op() -> None:
    found = [f"{path.relative_to(SRC)}:{line} {call}"
             for path, tree in _modules(GUI) if path.name not in {"ops.py", "backend.py"}
             for line, call in _unguarded_writes(tree)]
    assert found == []


def test_the_write_check_sees_a_write_on_the_ui_thread() -> None:
    """The check itself: a direct call is found, the same call as an op's work is not."""
    direct = ast.parse("def save(self):\n    self.desk.clients.update_profile(1, r, 2)\n")
    as_op = ast.parse("def save(self):\n"
                      "    Op(self, lambda: self.desk.clients.update_profile(1, r, 2)).run()\n")
    forwarded = ast.parse("def _write(self, action):\n    return Op(self, action)\n"
                          "def save(self):\n"
                          "    self._write(lambda: self.desk.clients.add_note(1, n))\n")
    assert [call for _line, call in _unguarded_writes(direct)] == [
        "self.desk.clients.update_profile"]
    assert _unguarded_writes(as_op) == []
    assert _unguarded_writes(forwarded) == []


def test_the_gui_reaches_rules_pdf_and_exchange_only_through_services() -> None:
    """Type-only imports count too: the layers contract sees them."""
    below = ("legalaid.rules", "legalaid.pdf", "legalaid.exchange")
    found = [f"{path.relative_to(SRC)}:{node.lineno} {node.module}"
             for path, tree in _modules(GUI) for node in ast.walk(tree)
             if isinstance(node, ast.ImportFrom) and node.module
             and node.module.startswith(below)]
    found += [f"{path.relative_to(SRC)}:{node.lineno} {alias.name}"
              for path, tree in _modules(GUI) for node in ast.walk(tree)
              if isinstance(node, ast.Import) for alias in node.names
              if alias.name.startswith(below)]
    assert found == []


def test_file_dialogs_open_only_through_the_one_route_that_starts_in_the_documents_folder(
        ) -> None:
    """A dialog opened directly starts in the program's folder ("Save as PDF" once did)."""
    route = GUI / "file_dialogs.py"
    found = [f"{path.relative_to(SRC)}:{node.lineno}"
             for path, tree in _modules(GUI) if path != route
             for node in ast.walk(tree)
             if isinstance(node, ast.Attribute) and node.attr.startswith("get")
             and isinstance(node.value, ast.Name) and node.value.id == "QFileDialog"]
    assert found == []
