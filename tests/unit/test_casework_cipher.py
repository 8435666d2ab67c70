"""The field cipher of casework: what it stores, what opens, and what is refused."""

from __future__ import annotations

import base64
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legalaid.db.casework import (
    CASE_OUTCOME,
    LETTER_PDF,
    LOCKED,
    NOTE_TEXT,
    PREFIX,
    CaseworkCipher,
    CaseworkTampered,
    casework_access,
    is_sealed,
    seal,
    unseal_bytes,
    unseal_text,
)

KEY = bytes(range(32))


@given(st.text(max_size=300), st.integers(min_value=1, max_value=2**62))
def test_a_sealed_text_opens_to_itself_and_shows_nothing_of_it(plain: str, row_id: int) -> None:
    cipher = CaseworkCipher(KEY)
    stored = seal(cipher, NOTE_TEXT, row_id, plain)
    assert stored.startswith(PREFIX) and is_sealed(stored)
    if len(plain) >= 4:
        assert plain not in stored
    assert unseal_text(cipher, NOTE_TEXT, row_id, stored) == plain


def test_the_same_text_seals_differently_each_time() -> None:
    cipher = CaseworkCipher(KEY)
    assert seal(cipher, NOTE_TEXT, 1, "same") != seal(cipher, NOTE_TEXT, 1, "same")


def test_a_value_opens_only_in_its_own_row_column_and_table() -> None:
    cipher = CaseworkCipher(KEY)
    stored = seal(cipher, NOTE_TEXT, 7, "asylum interview went badly")
    for column, row_id in ((NOTE_TEXT, 8), (CASE_OUTCOME, 7)):
        with pytest.raises(CaseworkTampered, match="copied from another record"):
            unseal_text(cipher, column, row_id, stored)


def test_a_flipped_bit_a_cut_value_or_broken_base64_is_detected() -> None:
    cipher = CaseworkCipher(KEY)
    stored = seal(cipher, NOTE_TEXT, 3, "text")
    raw = bytearray(base64.b64decode(stored[len(PREFIX):]))
    raw[-1] ^= 0x80
    flipped = PREFIX + base64.b64encode(bytes(raw)).decode()
    for damaged in (flipped, PREFIX + stored[len(PREFIX):][:8], stored + "!"):
        with pytest.raises(CaseworkTampered, match="note 3"):
            unseal_text(cipher, NOTE_TEXT, 3, damaged)


def test_another_key_does_not_open_it() -> None:
    stored = seal(CaseworkCipher(KEY), NOTE_TEXT, 3, "text")
    with pytest.raises(CaseworkTampered):
        unseal_text(CaseworkCipher(os.urandom(32)), NOTE_TEXT, 3, stored)


def test_without_a_key_plain_text_reads_as_it_is_and_sealed_text_as_locked() -> None:
    stored = seal(CaseworkCipher(KEY), NOTE_TEXT, 3, "text")
    assert unseal_text(None, NOTE_TEXT, 3, stored) == LOCKED
    assert unseal_text(None, NOTE_TEXT, 3, "written before keys") == "written before keys"
    assert unseal_text(CaseworkCipher(KEY), NOTE_TEXT, 3, "written before keys") \
        == "written before keys"
    assert unseal_text(None, CASE_OUTCOME, 3, None) is None
    assert seal(None, NOTE_TEXT, 3, "no key, no database key either") \
        == "no key, no database key either"


def test_blobs_are_sealed_as_bytes() -> None:
    cipher = CaseworkCipher(KEY)
    pdf = b"%PDF-1.4 body of the letter"
    stored = seal(cipher, LETTER_PDF, 5, pdf)
    assert isinstance(stored, bytes) and is_sealed(stored) and b"body" not in stored
    assert unseal_bytes(cipher, LETTER_PDF, 5, stored) == pdf
    assert unseal_bytes(None, LETTER_PDF, 5, stored) is None
    assert unseal_bytes(None, LETTER_PDF, 5, pdf) == pdf
    with pytest.raises(CaseworkTampered, match="letter_pdf 6"):
        unseal_bytes(cipher, LETTER_PDF, 6, stored)


def test_a_key_is_32_bytes_and_never_shown() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        CaseworkCipher(b"short")
    cipher = CaseworkCipher(KEY)
    assert KEY.hex() not in repr(cipher) and str(KEY) not in repr(cipher)


def test_an_account_without_a_key_is_locked() -> None:
    intake = casework_access(None)
    lawyer = casework_access(KEY)
    assert intake.locked and intake.cipher is None
    assert not lawyer.locked and lawyer.cipher is not None
