"""What the command modules share: argument types, the per-number loop, ``print … --out``."""

from __future__ import annotations

import argparse
import io
import sys
from datetime import date
from pathlib import Path

from secdesk.domain import validate
from secdesk.domain.errors import InvalidInput, SecdeskError
from secdesk.services.files import save_file

VAULT_SUFFIXES = ("", ".keys", "-wal", "-shm", ".lock")
YEAR_FIRST, YEAR_LAST = validate.EARLIEST.year, validate.LATEST.year


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
    """A date typed as YYYY-MM-DD, a real day within the sane range (validate.parse_date)."""
    return validate.parse_date(text)


def counted(label: str, maximum: int, minimum: int = 1):
    """An argparse type for a whole number from ``minimum`` to ``maximum``, named ``label``."""

    def convert(text: str) -> int:
        return validate.parse_count(text, label, maximum, minimum)

    return convert


class VisibleText(io.TextIOBase):
    """Wraps stdout or stderr: control and bidi characters (stored in old data, or echoed
    from a typed value) are written as escapes; newlines and tabs pass."""

    def __init__(self, stream) -> None:
        super().__init__()
        self.stream = stream

    @property
    def encoding(self) -> str:
        return getattr(self.stream, "encoding", None) or "utf-8"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self.stream.isatty()

    def write(self, text: str) -> int:
        self.stream.write(validate.visible(text, keep="\n\t"))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()


def decoded(label: str, text: str, shown: bool = True) -> str:
    """``text`` unless it holds bytes that were not UTF-8 (Python keeps them as lone
    surrogates: a terminal or file in another encoding, such as GBK). The refusal repeats
    the text only if ``shown`` (never a password)."""
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise not_utf8(label, f"“{validate.visible(text)}”" if shown else "")
    return text


def not_utf8(label: str, what: str = "") -> InvalidInput:
    """The refusal of input that is not UTF-8."""
    return InvalidInput(label, f"{what}含有无法识别的字符，请将终端或文件的字符编码设为 UTF-8",
                        "not valid UTF-8: set the terminal or file encoding to UTF-8")


def protect_vault(args: argparse.Namespace) -> None:
    """An output file (``--out``, ``--recovery-sheet``) never replaces the database or
    one of the files beside it."""
    if getattr(args, "db", None) is None:
        return
    vault_files = {Path(f"{args.db}{suffix}").resolve() for suffix in VAULT_SUFFIXES}
    for name in ("out", "recovery_sheet"):
        target = getattr(args, name, None)
        if target is not None and Path(target).resolve() in vault_files:
            raise InvalidInput("输出文件", f"{target} 是数据库或其旁边的文件，不能被覆盖；请另选文件名",
                               f"{target} is the database or a file beside it; choose another name")


def each(numbers: list[str], act) -> int:
    """Run ``act`` per number; print results, refusals to stderr; the worst exit code."""
    worst = 0
    for number in numbers:
        try:
            print(act(number))
        except SecdeskError as exc:
            print(f"错误：{validate.visible(f'{number}：{exc}')}", file=sys.stderr)
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


def interfaces_up(net: Path = Path("/sys/class/net")) -> list[str]:
    """Network interfaces other than loopback that are up, read from the system without
    opening any socket (Linux; elsewhere none are seen, and the window's check applies).
    With 联网时拒绝登录 on, the command line refuses to sign in while any is up."""
    try:
        names = sorted(p.name for p in net.iterdir())
    except OSError:
        return []
    return [n for n in names if n != "lo" and _state(net / n / "operstate") == "up"]


def _state(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii").strip()
    except OSError:
        return ""
