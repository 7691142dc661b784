"""The key file (密钥文件) beside the database: one key slot per account.

A slot wraps the database key with a key derived from the account's password
(Argon2id → AES-GCM). Account names appear only as salted hashes. The file also holds
the failed sign-in counters, and a journal of failed sign-ins sealed to a key kept inside
the database, so that the audit chain receives them at the next successful sign-in
without the key file ever holding a name in clear.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from secdesk.domain.errors import KeyFileError
from secdesk.storage.atomic import atomic_write

FORMAT = "secdesk-keyfile"
VERSION = 1
LOCK_AFTER_FAILURES = 5  # DOMAIN.md: five failed sign-ins in a row lock the account
JOURNAL_LIMIT = 500  # sealed failure records kept at most; older ones are counted only


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default is ≥64 MiB and about 0.5–1 s on the target PC."""

    memory_kib: int = 256 * 1024
    iterations: int = 3
    lanes: int = 4

    @classmethod
    def minimal(cls) -> "KdfParams":
        """The cheapest parameters, for tests only: never used by the program itself."""
        return cls(memory_kib=8 * 4, iterations=1, lanes=4)


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(secret, salt) → 32-byte key-encryption key."""
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret)


def hkdf(key: bytes, purpose: str) -> bytes:
    """A 32-byte subkey of ``key`` for one purpose (audit MAC, key check, …)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode()).derive(key)


def name_hash(name: str, salt: bytes) -> str:
    """The salted hash under which an account name is kept in the key file."""
    return hmac.new(salt, name.strip().casefold().encode(), hashlib.sha256).hexdigest()


@dataclass
class Slot:
    """One account's wrapped copy of the database key (密钥槽)."""

    name_salt: str
    name_hash: str
    kdf: dict
    salt: str
    nonce: str
    wrapped: str
    failed: int = 0
    locked: bool = False
    disabled: bool = False

    def matches(self, name: str) -> bool:
        """True if this slot belongs to the account ``name``."""
        return hmac.compare_digest(self.name_hash, name_hash(name, bytes.fromhex(self.name_salt)))

    def unwrap(self, password: str) -> bytes | None:
        """The database key, or None if the password is wrong."""
        kek = derive(password.encode(), bytes.fromhex(self.salt), KdfParams(**self.kdf))
        try:
            return AESGCM(kek).decrypt(
                bytes.fromhex(self.nonce), bytes.fromhex(self.wrapped), self.name_hash.encode()
            )
        except InvalidTag:
            return None


def make_slot(name: str, password: str, db_key: bytes, params: KdfParams) -> Slot:
    """A new slot for ``name`` wrapping ``db_key`` under ``password``."""
    name_salt = os.urandom(16)
    nh = name_hash(name, name_salt)
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = derive(password.encode(), salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, db_key, nh.encode())
    return Slot(name_salt.hex(), nh, asdict(params), salt.hex(), nonce.hex(), wrapped.hex())


@dataclass
class KeyFile:
    """The key file's content; ``save`` writes it atomically."""

    path: Path
    db_salt: str
    key_check: str
    journal_key: str  # X25519 public key that seals the failure journal
    slots: list[Slot] = field(default_factory=list)
    journal: list[str] = field(default_factory=list)
    journal_dropped: int = 0
    anchor: str = ""  # the newest audit chain head seen (``seq:mac``), see storage/anchor.py

    @classmethod
    def load(cls, path: Path) -> "KeyFile":
        """Read the key file; a missing or damaged one gets a message naming the fix."""
        path = Path(path)
        if not path.exists():
            raise KeyFileError(
                f"找不到密钥文件 {path.name}，请从备份中恢复，或用恢复密钥重建",
                f"key file {path.name} not found; restore it from a backup or rebuild it "
                "with the recovery key",
            )
        try:
            data = json.loads(path.read_bytes())
            if data.get("format") != FORMAT:
                raise ValueError("format")
            if data.get("version", 0) > VERSION:
                raise KeyFileError(
                    "密钥文件由更新版本的程序写入，请使用新版程序",
                    "the key file was written by a newer secdesk",
                )
            slots = [Slot(**s) for s in data["slots"]]
            return cls(
                path,
                data["db_salt"],
                data["key_check"],
                data["journal_key"],
                slots,
                list(data.get("journal", [])),
                int(data.get("journal_dropped", 0)),
                str(data.get("anchor", "")),
            )
        except (ValueError, KeyError, TypeError):
            raise KeyFileError(
                f"密钥文件 {path.name} 已损坏，请从备份中恢复，或用恢复密钥重建",
                f"key file {path.name} is damaged; restore it from a backup or rebuild it "
                "with the recovery key",
            ) from None

    def to_bytes(self) -> bytes:
        """The file's serialised form (no names, no keys in clear)."""
        data = {
            "format": FORMAT,
            "version": VERSION,
            "db_salt": self.db_salt,
            "key_check": self.key_check,
            "journal_key": self.journal_key,
            "slots": [asdict(s) for s in self.slots],
            "journal": self.journal,
            "journal_dropped": self.journal_dropped,
            "anchor": self.anchor,
        }
        return json.dumps(data, indent=1).encode()

    def save(self, path: Path | None = None) -> None:
        """Write atomically to ``path`` (default: where it was loaded from)."""
        atomic_write(Path(path or self.path), self.to_bytes())

    def find(self, name: str) -> Slot | None:
        """The slot of account ``name``, if any."""
        return next((s for s in self.slots if s.matches(name)), None)

    def set_slot(self, name: str, slot: Slot | None) -> None:
        """Replace the slot of ``name``, add it, or (with None) remove it."""
        self.slots = [s for s in self.slots if not s.matches(name)] + ([slot] if slot else [])

    def key_is_right(self, db_key: bytes) -> bool:
        """True if ``db_key`` is this database's key (checks a recovery key)."""
        return hmac.compare_digest(self.key_check, key_check(db_key))

    def seal(self, record: dict) -> None:
        """Append a failure record, readable only with the key inside the database."""
        public = X25519PublicKey.from_public_bytes(bytes.fromhex(self.journal_key))
        self.journal.append(seal(public, json.dumps(record, ensure_ascii=False).encode()).hex())
        if len(self.journal) > JOURNAL_LIMIT:
            self.journal.pop(0)
            self.journal_dropped += 1


def key_check(db_key: bytes) -> str:
    """A value that confirms a database key without revealing it."""
    return hkdf(db_key, "secdesk key check").hex()


def new_journal_keypair() -> tuple[bytes, str]:
    """(private key bytes to keep in the vault, public key hex for the key file)."""
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return raw, private.public_key().public_bytes_raw().hex()


def seal(public: X25519PublicKey, message: bytes) -> bytes:
    """Encrypt ``message`` to ``public`` (ephemeral X25519, HKDF, AES-GCM)."""
    eph = X25519PrivateKey.generate()
    key = hkdf(eph.exchange(public), "secdesk journal")
    nonce = os.urandom(12)
    return eph.public_key().public_bytes_raw() + nonce + AESGCM(key).encrypt(nonce, message, None)


def unseal(private_raw: bytes, blob: bytes) -> bytes | None:
    """Decrypt a sealed record, or None if it is not readable with this key."""
    private = X25519PrivateKey.from_private_bytes(private_raw)
    try:
        eph = X25519PublicKey.from_public_bytes(blob[:32])
        key = hkdf(private.exchange(eph), "secdesk journal")
        return AESGCM(key).decrypt(blob[32:44], blob[44:], None)
    except (InvalidTag, ValueError):
        return None


# The recovery key (恢复密钥) is 32 random bytes printed once for the safe. The database
# key is derived from it, so the database opens with it even if the key file is lost.
_RECOVERY_CHECK = 2


def new_recovery_secret() -> bytes:
    """32 random bytes: the secret the recovery sheet carries."""
    return os.urandom(32)


def db_key_from_recovery(secret: bytes) -> bytes:
    """The database key that belongs to a recovery secret."""
    return hkdf(secret, "secdesk database key")


def format_recovery_key(secret: bytes) -> str:
    """The printed form: base32 in groups of five, with a two-byte checksum."""
    raw = secret + hashlib.sha256(secret).digest()[:_RECOVERY_CHECK]
    text = base64.b32encode(raw).decode().rstrip("=")
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


def parse_recovery_key(text: str) -> bytes | None:
    """The secret from a typed recovery key, or None if it is mistyped."""
    clean = "".join(c for c in text.upper() if c.isalnum()).replace("0", "O").replace("1", "I")
    try:
        raw = base64.b32decode(clean + "=" * (-len(clean) % 8))
    except ValueError:
        return None
    secret, check = raw[:-_RECOVERY_CHECK], raw[-_RECOVERY_CHECK:]
    if len(secret) != 32 or hashlib.sha256(secret).digest()[:_RECOVERY_CHECK] != check:
        return None
    return secret
