"""Accounts: the first administrator from the environment, argon2id hashes, slower retries after
failed sign-ins (persisted), and what the command line says without a user."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, text

from legalaid.errors import AccessDenied, ValidationError
from legalaid.services import Services
from legalaid.services.accounts import AccountService, LoginThrottled
from legalaid.services.roles import Role
from legalaid.services.signin import from_environment


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2024, 3, 15, 9, 0, 0)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def test_first_start_creates_the_administrator_from_the_environment(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    actor = from_environment(services, {"LEGALAID_USER": "aigul",
                                        "LEGALAID_PASSWORD": "correct horse"}, interactive=False)
    assert (actor.name, actor.role) == ("aigul", Role.ADMINISTRATOR)
    assert capsys.readouterr().err == "legalaid: created administrator aigul\n"
    again = from_environment(services, {"LEGALAID_USER": "AIGUL",
                                        "LEGALAID_PASSWORD": "correct horse"}, interactive=False)
    assert again.name == "aigul"
    assert capsys.readouterr().err == ""
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
        from_environment(services, {"LEGALAID_USER": "aigul", "LEGALAID_PASSWORD": ""},
                         interactive=False)
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
