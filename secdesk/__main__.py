"""Entry point: ``secdesk`` (window) or ``secdesk COMMAND …`` (command line)."""

from __future__ import annotations

import sys

from secdesk.hardening import harden_process


def main(argv: list[str] | None = None) -> int:
    """Harden the process, then run the window or a command."""
    argv = sys.argv[1:] if argv is None else argv
    harden_process()
    if not argv or argv[0] in ("--db", "--lang", "--smoke-exit") or argv[0].startswith("--db="):
        from secdesk.app import run_gui

        return run_gui(argv)
    from secdesk.cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
