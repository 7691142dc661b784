"""The seal of a printed quarterly register (签章): canonical content, fingerprint, Ed25519
signature, and the seal text carried in the PDF.

- Each record the register covers (a carrier as at the quarter's end, a loan, a copying …)
  is an id and a tuple of the texts printed for it; its hash is SHA-256 of the canonical
  JSON of both. The records digest is the hash of the sorted "id hash" lines.
- Each printed page is hashed from its extracted text with every whitespace removed and
  the fingerprint itself (full and short, as printed) masked out, so that the page's
  hash does not depend on the fingerprint it carries.
- The manifest (unit, key id, quarter, dates, records digest, page hashes) is canonical
  JSON; the fingerprint is its SHA-256 in hex; the unit's Ed25519 key signs the
  fingerprint. The PDF carries the manifest, the signature and the public key as its
  Keywords: ``secdesk-seal:1:<base64 JSON>``.
- What prints is compared, not hashed: a page of the file under test and the same page of
  the book rebuilt from the vault, both rendered grey, differ where a pixel is ink in one
  and paper in the other (:func:`ink_changed`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SEAL_PREFIX = "secdesk-seal:1:"
FORMAT = "secdesk-quarterly-1"
PLACEHOLDER = "0" * 64  # the fingerprint printed on the first rendering, before it is known
_SPACE = re.compile(r"\s+")


def canonical(value: Any) -> bytes:
    """Canonical JSON: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def record_hash(record_id: str, row: tuple) -> str:
    """The hash of one record as printed."""
    return hashlib.sha256(canonical([record_id, list(row)])).hexdigest()[:32]


def records_digest(hashes: dict[str, str]) -> str:
    """One hash over every record's hash, in id order."""
    lines = "\n".join(f"{k} {hashes[k]}" for k in sorted(hashes))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def short(fingerprint: str) -> str:
    """The first 16 hex digits: what every page's footer carries."""
    return fingerprint[:16]


def page_hash(text: str, fingerprint: str) -> str:
    """The hash of one page's text, whitespace removed and the fingerprint masked."""
    flat = _SPACE.sub("", text).replace(fingerprint, "").replace(short(fingerprint), "")
    return hashlib.sha256(flat.encode("utf-8")).hexdigest()[:16]


def fingerprint_of(manifest: dict) -> str:
    """The fingerprint: SHA-256 of the canonical manifest, lower-case hex."""
    return hashlib.sha256(canonical(manifest)).hexdigest()


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed from paper: spaces, dashes and case ignored."""
    return re.sub(r"[^0-9a-f]", "", text.lower())


@dataclass(frozen=True)
class UnitKey:
    """The unit's signing key (签章密钥)."""

    key_id: str
    private: bytes
    public: bytes

    @classmethod
    def generate(cls) -> "UnitKey":
        """A new Ed25519 key pair."""
        private = Ed25519PrivateKey.generate()
        raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
        public = private.public_key().public_bytes_raw()
        return cls(key_id_of(public), raw, public)

    def sign(self, fingerprint: str) -> str:
        """Base64 signature of the fingerprint."""
        return base64.b64encode(Ed25519PrivateKey.from_private_bytes(self.private).sign(
            fingerprint.encode("ascii"))).decode("ascii")


def key_id_of(public: bytes) -> str:
    """A short, printable id of a public key: 16 hex digits of its hash, grouped."""
    digest = hashlib.sha256(public).hexdigest()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def signature_valid(public: bytes, fingerprint: str, signature: str) -> bool:
    """True when ``signature`` is the key's signature of the fingerprint."""
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(base64.b64decode(signature), fingerprint.encode("ascii"))
    except (InvalidSignature, ValueError):
        return False
    return True


def seal_text(manifest: dict, signature: str, public: bytes) -> str:
    """What the PDF carries as its Keywords."""
    body = {"manifest": manifest, "signature": signature, "public_key": base64.b64encode(public).decode("ascii")}
    return SEAL_PREFIX + base64.b64encode(canonical(body)).decode("ascii")


def read_seal_text(text: str) -> tuple[dict, str, bytes] | None:
    """(manifest, signature, public key) from a PDF's Keywords, or None if there is no
    readable seal."""
    if not text or not text.startswith(SEAL_PREFIX):
        return None
    try:
        body = json.loads(base64.b64decode(text[len(SEAL_PREFIX):], validate=True))
        return body["manifest"], body["signature"], base64.b64decode(body["public_key"])
    except (ValueError, KeyError, TypeError):
        return None


# -- what prints ------------------------------------------------------------------------

# Grey levels (0 black … 255 white): the chart's bars (140) are ink; the tables' shading
# (230) is paper, so that a box in the shading's grey over text is found too.
INK_BELOW, PAPER_ABOVE = 144, 200
_INK = bytes(1 if v < INK_BELOW else 0 for v in range(256))
_PAPER = bytes(1 if v > PAPER_ABOVE else 0 for v in range(256))


def ink_changed(found: bytes, sealed: bytes) -> int:
    """How many pixels of two renderings of a page (grey, one byte a pixel, the same
    size) are ink in one and paper in the other: a row under a white box, a character
    made invisible, a line drawn in. The grey edges that anti-aliasing draws a little
    differently count for nothing, so a re-saved file differs by none."""
    if found == sealed:
        return 0
    a_ink, a_paper = (int.from_bytes(found.translate(t)) for t in (_INK, _PAPER))
    b_ink, b_paper = (int.from_bytes(sealed.translate(t)) for t in (_INK, _PAPER))
    return ((a_ink & b_paper) | (a_paper & b_ink)).bit_count()


# PDF features by which a page can print otherwise than it shows on screen, where the
# renderer draws it for the screen: annotations (printed, yet hidden from view), optional
# content (layers on for the screen, off for the printer), actions and scripts. The book
# has none; a file that has one the rebuilt book does not have is refused.
_FEATURES = {b"Annots": "批注", b"OCProperties": "可选内容（图层）", b"OC": "可选内容（图层）",
             b"OpenAction": "动作", b"AA": "动作", b"JavaScript": "脚本", b"JS": "脚本"}
_FEATURE = re.compile(rb"/(" + rb"|".join(sorted(_FEATURES, key=len, reverse=True)) + rb")(?=[\s/<>\[\]()%]|$)")
_STREAM = re.compile(rb"stream\r?\n")
_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
UNREADABLE = "无法检查的压缩对象"


def pdf_features(pdf: bytes) -> set[str]:
    """The features of :data:`_FEATURES` a PDF file has, as their Chinese names, looked for
    in its objects and in its object streams; :data:`UNREADABLE` if an object stream is
    compressed otherwise than with Flate alone."""
    found: set[str] = set()
    parts, at = [], 0
    for match in _STREAM.finditer(pdf):
        if match.start() < at:
            continue
        end = pdf.find(b"endstream", match.end())
        if end < 0:
            break
        head = pdf[max(at, pdf.rfind(b"obj", at, match.start()) + 3):match.start()]
        parts.append(pdf[at:match.start()])
        if b"/ObjStm" in _ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), head):
            try:
                if re.search(rb"/(?!FlateDecode\b)\w+Decode|/(AHx|A85|LZW|Fl|RL|CCF|DCT)\b", head):
                    raise ValueError("another filter")
                parts.append(zlib.decompress(pdf[match.end():end]) if b"/FlateDecode" in head
                             else pdf[match.end():end])
            except (ValueError, zlib.error):
                found.add(UNREADABLE)
        at = end + len(b"endstream")
    parts.append(pdf[at:])
    text = _ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), b"\n".join(parts))
    return found | {_FEATURES[name] for name in _FEATURE.findall(text)}
