"""Referral packets between LegalAid installations: signed by the sender, encrypted to the
partner, no passphrase beside them.

A packet file is one header line and an age file::

    legalaid-packet/1 to=<recipient id> sha256=<hex digest of the age file>\\n
    <age v1 binary file, X25519 recipient: the partner's organisation key>

The header says only which organisation the packet is for (no personal data), so that a packet
sent to the wrong place is told apart from a damaged one; the digest catches a changed byte
before decryption is tried. Inside the age file::

    legalaid-packet-signed/1\\n
    {"signer": <Ed25519 public key, hex>, "signature": <hex>, "payload": <base64 of JSON>}

The signature covers ``legalaid packet 1|`` and the payload bytes; the payload names the sender
(``from``), the recipient (``to``), a random ``packet_id`` (replays are refused by it) and
carries the referral, or the answer to one, and the consented fields of the client's file.
Whether the signer is a partner of the directory is the importing service's question.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519

from legalaid.errors import LegalAidError

MAGIC = b"legalaid-packet/1"
INNER_MAGIC = b"legalaid-packet-signed/1\n"
SIGNED_PREFIX = b"legalaid packet 1|"
MAX_PACKET_BYTES = 64 * 1024 * 1024
_HEADER = re.compile(rb"^legalaid-packet/1 to=([a-z0-9-]{1,40}) sha256=([0-9a-f]{64})$")


class PacketRefused(LegalAidError):
    """A packet that cannot be imported: the message is the one sentence the user reads."""


@dataclass(frozen=True)
class OrganisationSecrets:
    """This organisation's private keys (never printed)."""

    age_identity: str  # AGE-SECRET-KEY-1…
    signing_key: str  # Ed25519 private key, raw, hex

    def __repr__(self) -> str:
        return "OrganisationSecrets(…)"

    @property
    def age_public(self) -> str:
        return str(x25519.Identity.from_str(self.age_identity).to_public())

    @property
    def sign_public(self) -> str:
        private = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(self.signing_key))
        return private.public_key().public_bytes_raw().hex()

    def as_json(self) -> str:
        return json.dumps({"age_identity": self.age_identity, "signing_key": self.signing_key})

    @classmethod
    def from_json(cls, text: str) -> OrganisationSecrets:
        data = json.loads(text)
        return cls(str(data["age_identity"]), str(data["signing_key"]))


def new_secrets() -> OrganisationSecrets:
    return OrganisationSecrets(str(x25519.Identity.generate()),
                               Ed25519PrivateKey.generate().private_bytes_raw().hex())


def seal(payload: dict[str, Any], recipient_uid: str, recipient_age_public: str,
         secrets: OrganisationSecrets) -> bytes:
    """The packet file's bytes: the payload signed with our key, encrypted to the partner's."""
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    private = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(secrets.signing_key))
    envelope = {"signer": secrets.sign_public,
                "signature": private.sign(SIGNED_PREFIX + body).hex(),
                "payload": base64.b64encode(body).decode("ascii")}
    inner = INNER_MAGIC + json.dumps(envelope, sort_keys=True).encode("ascii")
    encrypted = pyrage.encrypt(inner, [x25519.Recipient.from_str(recipient_age_public)])
    header = b"%s to=%s sha256=%s\n" % (MAGIC, recipient_uid.encode("ascii"),
                                        hashlib.sha256(encrypted).hexdigest().encode("ascii"))
    return header + bytes(encrypted)


DAMAGED = ("The packet is damaged (changed or cut short on the way); ask the sender to send it "
           "again.")


def recipient_of(data: bytes) -> tuple[str, bytes]:
    """The recipient id the header names, and the age file; ``PacketRefused`` when damaged."""
    if len(data) > MAX_PACKET_BYTES:
        raise PacketRefused("The file is too large to be a referral packet.")
    line, newline, encrypted = data.partition(b"\n")
    if not line.startswith(MAGIC):
        raise PacketRefused("The file is not a LegalAid referral packet.")
    match = _HEADER.match(line)
    if not newline or match is None \
            or hashlib.sha256(encrypted).hexdigest().encode("ascii") != match.group(2):
        raise PacketRefused(DAMAGED)
    return match.group(1).decode("ascii"), encrypted


def open_packet(data: bytes, our_uid: str, secrets: OrganisationSecrets,
                ) -> tuple[dict[str, Any], str]:
    """The payload and the signer's public key (hex) of a packet for us, its signature checked
    against that key; ``PacketRefused`` with one sentence otherwise."""
    recipient, encrypted = recipient_of(data)
    if recipient != our_uid:
        raise PacketRefused(f"The packet is addressed to another organisation ({recipient}), "
                            "not to this one.")
    try:
        inner: bytes = pyrage.decrypt(encrypted, [x25519.Identity.from_str(secrets.age_identity)])
    except pyrage.DecryptError as error:
        if "no matching keys" in str(error).lower():
            raise PacketRefused("The packet was not encrypted to this organisation's key; "
                                "the sender may hold an old key of ours.") from None
        raise PacketRefused(DAMAGED) from None
    if not inner.startswith(INNER_MAGIC):
        raise PacketRefused(DAMAGED)
    try:
        envelope = json.loads(inner[len(INNER_MAGIC):])
        signer = str(envelope["signer"])
        body = base64.b64decode(envelope["payload"], validate=True)
        signature = bytes.fromhex(envelope["signature"])
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(signer)).verify(
            signature, SIGNED_PREFIX + body)
        payload = json.loads(body)
    except InvalidSignature:
        raise PacketRefused("The packet's signature does not match its contents.") from None
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise PacketRefused(DAMAGED) from None
    if not isinstance(payload, dict):
        raise PacketRefused(DAMAGED)
    return payload, signer
