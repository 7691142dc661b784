"""The scan station's sounds: one short tone pattern per outcome (done, refused, overdue,
not found), made at start-up as WAV data — no sound files, no extra library.

Played without blocking the window: ``winsound`` on Windows, otherwise the first of
``paplay`` / ``aplay`` found on the PATH; with neither, the system beep. Muting is the
station's switch.
"""

from __future__ import annotations

import io
import math
import shutil
import struct
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

from PySide6.QtWidgets import QApplication

RATE = 16000
# (frequency Hz, milliseconds) pieces; 0 Hz is silence.
PATTERNS = {
    "done": [(1320, 90)],
    "refused": [(330, 160), (0, 60), (330, 260)],
    "overdue": [(880, 110), (0, 50), (660, 110), (0, 50), (880, 110)],
    "not_found": [(520, 120), (0, 40), (390, 120), (0, 40), (260, 220)],
}


def tone(pattern: list[tuple[int, int]]) -> bytes:
    """WAV bytes (16 kHz, mono, 16-bit) of a tone pattern, with soft edges."""
    frames = bytearray()
    for freq, ms in pattern:
        n = RATE * ms // 1000
        for i in range(n):
            edge = min(1.0, i / 160, (n - i) / 160)
            value = 0.35 * edge * math.sin(2 * math.pi * freq * i / RATE) if freq else 0.0
            frames += struct.pack("<h", int(value * 32767))
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(bytes(frames))
    return out.getvalue()


class Sounds:
    """Plays the outcome sounds; ``muted`` silences them."""

    def __init__(self, muted: bool = False) -> None:
        self.muted = muted
        self.data = {name: tone(p) for name, p in PATTERNS.items()}
        self.player = None if sys.platform == "win32" else (shutil.which("paplay") or shutil.which("aplay"))
        self._folder: Path | None = None
        self.played: list[str] = []  # what was asked for, newest last (the station's tests read it)

    def play(self, name: str) -> None:
        """Play one outcome's sound (nothing when muted)."""
        self.played = (self.played + [name])[-20:]
        if self.muted:
            return
        try:
            if sys.platform == "win32":
                import winsound

                winsound.PlaySound(self.data[name], winsound.SND_MEMORY | winsound.SND_ASYNC)
            elif self.player:
                subprocess.Popen([self.player, str(self._file(name))], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
            else:
                QApplication.beep()
        except OSError:
            QApplication.beep()

    def _file(self, name: str) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="secdesk-sounds-"))
            for key, data in self.data.items():
                (self._folder / f"{key}.wav").write_bytes(data)
        return self._folder / f"{name}.wav"
