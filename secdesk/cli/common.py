"""What the command modules share: argument types, the per-number loop, ``print … --out``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from secdesk.domain.errors import InvalidInput, SecdeskError
from secdesk.services.files import save_file


def choice(enum, label: str):
    """An argparse type that turns Chinese words into an enum member, naming the choices."""

    def convert(text: str):
        try:
            return enum(text.strip())
        except ValueError:
            names = "|".join(e.value for e in enum)
            raise InvalidInput(label, f"“{text}”不是可选值（{names}）", f"{text!r} is not one of {names}") from None

    return convert


def parse_day(text: str) -> date:
    """A date typed as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput("日期", f"“{text}”应写成 YYYY-MM-DD", f"{text!r}: use YYYY-MM-DD") from None


def each(numbers: list[str], act) -> int:
    """Run ``act`` per number; print results, refusals to stderr; the worst exit code."""
    worst = 0
    for number in numbers:
        try:
            print(act(number))
        except SecdeskError as exc:
            print(f"错误：{number}：{exc}", file=sys.stderr)
            worst = worst or exc.exit_code
    return worst


def pdf_command(psub, vault_options, open_session, name: str, text: str, make, *arguments) -> None:
    """``print NAME … --out F.pdf``: ``make(session, args)`` written atomically."""
    p = psub.add_parser(name, help=text)
    vault_options(p)
    for flags, options in arguments:
        p.add_argument(*flags, **options)
    p.add_argument("--out", required=True, type=Path, help="PDF 文件")
    p.set_defaults(func=lambda a: _write(a, open_session, make))


def _write(args: argparse.Namespace, open_session, make) -> int:
    with open_session(args) as session:
        save_file(args.out, make(session, args))
    print(f"已写入 {args.out}")
    return 0
