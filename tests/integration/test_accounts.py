"""Accounts: the first administrator from the environment, argon2id hashes, slower retries after
failed sign-ins (persisted), and what the command line says without a user."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import Engine, text

from legalaid.errors import AccessDenied, ValidationError
from legalaid.services import Services
from legalaid.services.access import guard
from legalaid.services.accounts import AccountService, Actor, LoginThrottled
from legalaid.services.audit import AuditFilter
from legalaid.services.roles import Role
from legalaid.services.signin import check_credentials, create_administrator, from_environment


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2024, 3, 15, 9, 0, 0)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def test_a_sign_in_never_creates_the_first_administrator(services: Services) -> None:
    with pytest.raises(AccessDenied) as refused:
        from_environment(services, {"LEGALAID_USER": "intruder",
                                    "LEGALAID_PASSWORD": "any password at all"},
                         interactive=False)
    assert "legalaid users init" in str(refused.value)
    assert not services.accounts.has_accounts()
    assert services.audit.entries() == []


def test_the_first_administrator_is_created_once_then_signs_in(services: Services) -> None:
    actor = create_administrator(services, "aigul", "correct horse")
    assert (actor.name, actor.role) == ("aigul", Role.ADMINISTRATOR)
    with pytest.raises(AccessDenied):
        create_administrator(services, "second", "another password")
    again = from_environment(services, {"LEGALAID_USER": "AIGUL",
                                        "LEGALAID_PASSWORD": "correct horse"}, interactive=False)
    assert again == Actor("aigul", Role.ADMINISTRATOR)
    with services.engine.connect() as connection:
        stored = connection.execute(text("SELECT password_hash FROM user_account")).scalar_one()
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    actions = [e.action for e in reversed(services.audit.entries())]
    assert actions == ["create_user", "login", "login"]


def test_no_user_in_a_script_names_the_variable(services: Services) -> None:
    with pytest.raises(ValidationError) as error:
        from_environment(services, {}, interactive=False)
    assert error.value.field == "LEGALAID_USER"


def test_no_default_password_and_short_ones_refused(services: Services) -> None:
    with pytest.raises(ValidationError) as error:
        create_administrator(services, "aigul", "")
    assert error.value.field == "password"
    assert not services.accounts.has_accounts()


def test_failed_sign_ins_slow_down_retries_and_survive_a_restart(engine: Engine) -> None:
    clock = Clock()
    accounts = AccountService(engine, clock)
    accounts.add_user("marat", Role.LAWYER, "right password")
    with pytest.raises(AccessDenied):
        accounts.authenticate("marat", "wrong")
    with pytest.raises(LoginThrottled) as first_wait:
        accounts.authenticate("marat", "right password")  # even the right one, too soon
    assert first_wait.value.seconds == 1
    clock.advance(1)
    with pytest.raises(AccessDenied):
        accounts.authenticate("marat", "wrong again")
    restarted = AccountService(engine, clock)  # the wait is stored, not held in memory
    with pytest.raises(LoginThrottled) as second_wait:
        restarted.authenticate("marat", "right password")
    assert second_wait.value.seconds == 2
    clock.advance(2)
    with pytest.raises(AccessDenied):
        restarted.authenticate("marat", "third wrong")
    clock.advance(3)
    with pytest.raises(LoginThrottled) as third_wait:
        restarted.authenticate("marat", "right password")
    assert third_wait.value.seconds == 1  # 4 s after the third failure, 3 s gone
    clock.advance(1)
    assert restarted.authenticate("marat", "right password").role is Role.LAWYER
    with pytest.raises(AccessDenied):
        restarted.authenticate("marat", "wrong")
    with pytest.raises(LoginThrottled) as reset_wait:
        restarted.authenticate("marat", "right password")
    assert reset_wait.value.seconds == 1  # success reset the count


def test_a_deactivated_user_cannot_sign_in(engine: Engine) -> None:
    accounts = AccountService(engine)
    accounts.add_user("dana", Role.INTAKE, "right password")
    accounts.set_active("dana", False)
    with pytest.raises(AccessDenied):
        accounts.authenticate("dana", "right password")
    assert [(u.name, u.active) for u in accounts.users()] == [("dana", False)]


# -- who may change whom -------------------------------------------------------------------------
@pytest.fixture
def staff(services: Services) -> Services:
    """An administrator (boss), a supervisor (sveta) and a lawyer (marat)."""
    services.accounts.add_user("boss", Role.ADMINISTRATOR, "boss password 1")
    services.accounts.add_user("sveta", Role.SUPERVISOR, "sveta password 1")
    services.accounts.add_user("marat", Role.LAWYER, "marat password 1")
    return services


def _as(services: Services, name: str, role: Role) -> Services:
    return guard(services, Actor(name, role))


def test_a_supervisor_cannot_take_over_an_administrator(staff: Services) -> None:
    supervisor = _as(staff, "sveta", Role.SUPERVISOR)
    attempts: dict[str, Callable[[], None]] = {
        "reset the password": lambda: supervisor.accounts.reset_password("boss", "taken over 1"),
        "demote": lambda: supervisor.accounts.set_role("BOSS", Role.LAWYER),
        "deactivate": lambda: supervisor.accounts.set_active("boss", False),
        "appoint an administrator": lambda: supervisor.accounts.set_role(
            "marat", Role.ADMINISTRATOR),
        "create an administrator": lambda: supervisor.accounts.add_user(
            "root2", Role.ADMINISTRATOR, "long enough 1"),
        "promote herself": lambda: supervisor.accounts.set_role("sveta", Role.ADMINISTRATOR),
    }
    for what, attempt in attempts.items():
        with pytest.raises(AccessDenied, match="only an administrator"):
            attempt()
            pytest.fail(f"a supervisor could {what}")
    assert staff.accounts.authenticate("boss", "boss password 1").role is Role.ADMINISTRATOR
    assert [(u.name, u.role, u.active) for u in staff.accounts.users()] == [
        ("boss", Role.ADMINISTRATOR, True), ("marat", Role.LAWYER, True),
        ("sveta", Role.SUPERVISOR, True)]
    denied = staff.audit.entries(AuditFilter(action="denied", user="sveta"))
    assert len(denied) == len(attempts)


def test_a_supervisor_still_manages_everyone_else(staff: Services) -> None:
    supervisor = _as(staff, "sveta", Role.SUPERVISOR)
    supervisor.accounts.reset_password("marat", "new marat password")
    supervisor.accounts.set_role("marat", Role.INTAKE)
    supervisor.accounts.set_active("marat", False)
    assert [(u.name, u.role, u.active) for u in staff.accounts.users()][1] == (
        "marat", Role.INTAKE, False)


def test_nobody_demotes_or_deactivates_themselves(staff: Services) -> None:
    for name, role in (("boss", Role.ADMINISTRATOR), ("sveta", Role.SUPERVISOR)):
        own = _as(staff, name, role)
        with pytest.raises(AccessDenied, match="yourself"):
            own.accounts.set_active(name, False)
        with pytest.raises(AccessDenied, match="your own role"):
            own.accounts.set_role(name, Role.LAWYER)
        own.accounts.reset_password(name, "my own new password")  # one's password is one's own
    assert all(u.active for u in staff.accounts.users())


def test_the_last_active_administrator_stays(staff: Services) -> None:
    with pytest.raises(AccessDenied, match="last active administrator"):
        staff.accounts.set_active("boss", False)  # not even the program itself
    with pytest.raises(AccessDenied, match="last active administrator"):
        staff.accounts.set_role("boss", Role.SUPERVISOR)
    staff.accounts.add_user("aida", Role.ADMINISTRATOR, "aida password 1")
    boss = _as(staff, "boss", Role.ADMINISTRATOR)
    boss.accounts.set_active("aida", False)  # another administrator remains: boss
    aida_back = _as(staff, "aida", Role.ADMINISTRATOR)
    with pytest.raises(AccessDenied, match="last active administrator"):
        aida_back.accounts.set_role("boss", Role.LAWYER)  # aida is inactive: boss is the last
    boss.accounts.set_active("aida", True)
    boss.accounts.set_role("aida", Role.SUPERVISOR)
    assert staff.accounts.authenticate("boss", "boss password 1").role is Role.ADMINISTRATOR
    assert [u.role for u in staff.accounts.users() if u.active].count(Role.ADMINISTRATOR) == 1


# -- failed sign-ins per name --------------------------------------------------------------------
def _attempts(accounts: AccountService, clock: Clock, name: str) -> list[str]:
    """What a guesser sees: wrong, too soon, wrong after the wait, too soon again."""
    seen = []
    for password, wait in (("wrong 1", 0), ("right password", 0), ("wrong 2", 1),
                           ("right password", 0), ("wrong 3", 2), ("right password", 1)):
        clock.advance(wait)
        try:
            accounts.authenticate(name, password)
            seen.append("signed in")
        except AccessDenied as error:
            seen.append(f"{type(error).__name__}: {error}")
    return seen


def test_the_wait_is_the_same_whether_the_name_exists_or_not(engine: Engine) -> None:
    clock = Clock()
    accounts = AccountService(engine, clock)
    accounts.add_user("marat", Role.LAWYER, "right password")
    known, unknown = _attempts(accounts, clock, "marat"), _attempts(accounts, clock, "ghost")
    assert known == unknown
    assert known[:2] == ["AccessDenied: unknown user or wrong password",
                         "LoginThrottled: too many failed sign-ins: try again in 1 s"]
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT * FROM signin_throttle")).all()
    assert len(stored) == 2 and "ghost" not in repr(stored) and "marat" not in repr(stored)


def test_parallel_guesses_are_counted_and_wait_in_turn(engine: Engine) -> None:
    """Eight guesses at once: one is checked, the others are told to wait (before, all eight
    were checked and the count went up by one)."""
    accounts = AccountService(engine)
    accounts.add_user("marat", Role.LAWYER, "right password")
    start = threading.Barrier(8)

    def guess(number: int) -> str:
        start.wait()
        try:
            accounts.authenticate("marat", f"guess {number}")
        except LoginThrottled:
            return "wait"
        except AccessDenied:
            return "checked"
        return "signed in"

    with ThreadPoolExecutor(8) as pool:
        outcomes = sorted(pool.map(guess, range(8)))
    assert outcomes == ["checked"] + ["wait"] * 7
    with engine.connect() as connection:
        assert connection.execute(text("SELECT failures FROM signin_throttle")).scalar() == 1


def test_two_administrators_deactivating_each_other_at_once_leave_one(staff: Services) -> None:
    staff.accounts.add_user("aida", Role.ADMINISTRATOR, "aida password 1")
    start = threading.Barrier(2)

    def deactivate(by: str, whom: str) -> str:
        own = _as(staff, by, Role.ADMINISTRATOR)
        start.wait()
        try:
            own.accounts.set_active(whom, False)
        except AccessDenied as refused:
            return str(refused)
        return "done"

    with ThreadPoolExecutor(2) as pool:
        outcomes = sorted(pool.map(deactivate, ("boss", "aida"), ("aida", "boss")))
    assert outcomes == ["done", "this is the last active administrator: appoint another first"]
    assert [u.role for u in staff.accounts.users() if u.active].count(Role.ADMINISTRATOR) == 1


def test_a_failed_sign_in_records_the_account_never_what_was_typed(services: Services) -> None:
    create_administrator(services, "aigul", "correct horse")
    for typed in ("correct horse battery", "AIGUL"):  # a password typed as the name, then a case
        with pytest.raises(AccessDenied):
            check_credentials(services, typed, "wrong password")
    failed = [e.user for e in services.audit.entries() if e.action == "login_failed"]
    assert failed == ["aigul", "(no such user)"]  # newest first
