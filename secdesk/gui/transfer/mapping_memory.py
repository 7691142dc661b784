"""The column mappings a clerk confirmed, remembered per heading signature.

Kept in an INI file in the per-user state folder (beside the error log), not in the
vault: a mapping is a convenience of this desk, not a record, and the officer's settings
(audited, officer only) are the wrong place for a clerk's choice. Only the signature (a
SHA-256 of the headings) and field names are stored — nothing of the file's content.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings

from secdesk.paths import state_dir

FILE_NAME = "import-mappings.ini"


class MappingMemory:
    """Recall and remember column → field mappings by heading signature."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else state_dir() / FILE_NAME
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def recall(self, signature: str, fields: set[str]) -> dict[int, str] | None:
        """The mapping remembered for ``signature`` (only known fields), or None."""
        raw = self._settings.value(f"mappings/{signature}")
        if not raw:
            return None
        try:
            stored = json.loads(raw)
            mapping = {int(k): v for k, v in stored.items() if v in fields}
        except (ValueError, TypeError, AttributeError):
            return None
        return mapping or None

    def remember(self, signature: str, mapping: dict[int, str]) -> None:
        """Keep ``mapping`` for files with these headings."""
        self._settings.setValue(f"mappings/{signature}", json.dumps({str(k): v for k, v in mapping.items()}))
        self._settings.sync()
