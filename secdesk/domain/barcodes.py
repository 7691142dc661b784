"""Barcodes (条码): the symbologies a label may carry, and what a scanner types.

A label carries its number either as a Code 128 barcode (一维条码, read by every
scanner) or as an ECC200 DataMatrix (二维码, needs a 2D imager, but stays large enough
to scan on 40×20 mm stock). Both carry exactly the number, so the station reads either.

A scanner set up to send AIM symbology identifiers types ``]C0`` (Code 128), ``]d1``
(DataMatrix), ``]Q1`` (QR) … before the code; :func:`scanned_text` takes them off. No
number ever starts with ``]`` (secdesk numbers start with the unit code; numbers kept
from an old register may hold only letters, digits and ``- / ( ) #`` and Chinese).
"""

from __future__ import annotations

import re
from enum import StrEnum


class Symbology(StrEnum):
    """How a label carries its number."""

    CODE128 = "code128"  # 一维条码 Code 128
    DATAMATRIX = "datamatrix"  # 二维码 DataMatrix (ECC200)


SYMBOLOGY_ZH = {Symbology.CODE128: "一维条码（Code 128）", Symbology.DATAMATRIX: "二维码（DataMatrix）"}

# ], a symbology letter, a modifier character (ISO/IEC 15424), and at least one character after.
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z](?=.)")
# Control characters some scanners add (GS, RS, EOT of a 2D code, a stray CR/LF or tab).
_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")


def scanned_text(text: str) -> str:
    """What was scanned or typed, without a leading AIM symbology identifier (``]d1``),
    control characters or surrounding spaces; anything else is left as it is."""
    text = _CONTROLS.sub("", text).strip()
    return _AIM_PREFIX.sub("", text, count=1).strip()
