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
    from secdesk.cli.main import run

    return run(argv, pdf_reader=_qt_pdf_reader)


def _qt_pdf_reader():
    """The window's QtPdf reader for the commands that read PDFs (imported only then)."""
    from secdesk.gui.shell.pdf_text import offscreen_reader

    return offscreen_reader()


if __name__ == "__main__":
    sys.exit(main())
