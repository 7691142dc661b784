"""The station's sounds: four different tones, and silence when muted."""

from __future__ import annotations

import io
import wave

from secdesk.gui.shell import sounds
from secdesk.gui.shell.sounds import PATTERNS, Sounds


def test_each_outcome_has_its_own_sound():
    """done, refused, overdue and not found are four different, valid WAV tones."""
    made = Sounds(muted=True)
    assert set(made.data) == {"done", "refused", "overdue", "not_found"}
    assert len(set(made.data.values())) == 4
    for data in made.data.values():
        with wave.open(io.BytesIO(data)) as w:
            assert w.getframerate() == sounds.RATE and 0.05 < w.getnframes() / w.getframerate() < 1.0
    assert sum(ms for _, ms in PATTERNS["done"]) < sum(ms for _, ms in PATTERNS["refused"])


def test_muted_plays_nothing(monkeypatch, qapp):
    """Muted: no player is started and no beep, but the request is remembered."""
    started = []
    monkeypatch.setattr(sounds.subprocess, "Popen", lambda *a, **k: started.append(a))
    monkeypatch.setattr(sounds.QApplication, "beep", lambda: started.append("beep"))
    station_sounds = Sounds(muted=True)
    station_sounds.play("refused")
    assert started == [] and station_sounds.played == ["refused"]
    station_sounds.muted = False
    station_sounds.play("done")
    assert len(started) == 1
