"""Process hardening at start: no core dumps (they could hold the key), private files."""

from __future__ import annotations

import os


def harden_process() -> None:
    """Files created from here on are private (0600); core dumps are off on POSIX."""
    os.umask(0o077)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
