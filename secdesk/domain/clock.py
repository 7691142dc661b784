"""The time as services see it: local time with its UTC offset, to the second."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime


def _system_now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


_source: Callable[[], datetime] = _system_now


def now() -> datetime:
    """The current local time, aware of its offset."""
    return _source()


def stamp() -> str:
    """The current time as stored: ``2026-11-23T16:50:12+08:00``."""
    return now().isoformat()


@contextmanager
def replaced(source: Callable[[], datetime]) -> Iterator[None]:
    """Let ``source`` tell the time inside the block (tests, and the demo's past)."""
    global _source
    previous, _source = _source, source
    try:
        yield
    finally:
        _source = previous
