"""Cell values as old registers hold them, made into the program's values.

Each parser takes what a spreadsheet cell gives (text, a number, a date) and returns the
value, ``None`` for an empty cell, or raises :class:`InvalidInput` naming the column and
the fix. Full-width letters and digits (``２０２５``, ``ＡＢ``) and stray spaces are
undone first; Chinese punctuation in titles is left as it is.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierType
from secdesk.domain.carriers.terms import Term, parse_term
from secdesk.domain.errors import InvalidInput
from secdesk.domain.validate import day_in_range

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (with Excel's 1900 leap-year bug)
_SPACES = re.compile(r"\s+")
_FULL_WIDTH = {c: c - 0xFEE0 for start, end in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
               for c in range(start, end + 1)}  # digits and letters only: （）《》 stay
_FULL_WIDTH[0x3000] = 0x20  # ideographic space
_DASHES = frozenset({"", "-", "—", "——", "/", "－", "\\", "无期限标注"})
_CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def text(value) -> str:
    """A cell as one line of text: full-width letters and digits made plain, runs of
    spaces (also newlines in a cell) made one, ends trimmed. Numbers lose a ``.0``."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date() if not value.time() else value
    if isinstance(value, date):
        return value.isoformat()
    return _SPACES.sub(" ", str(value).translate(_FULL_WIDTH)).strip()


def compact(value) -> str:
    """A cell as a short code: NFKC, no spaces at all (``机 密`` → ``机密``)."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text(value)))


def cn_number(word: str) -> int | None:
    """``二十`` → 20, ``十五`` → 15, ``一百二十`` → 120, ``二〇`` → 20, ``20`` → 20; None if
    the word is not a whole number."""
    if word.isascii() and word.isdigit():
        return int(word)
    if not word or any(c not in _CN_DIGITS and c not in _CN_UNITS for c in word):
        return None
    if not any(c in _CN_UNITS for c in word):  # digit by digit: 二〇二五
        return int("".join(str(_CN_DIGITS[c]) for c in word))
    total, digit = 0, None
    for c in word:
        if c in _CN_DIGITS:
            digit = _CN_DIGITS[c]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[c]
            digit = None
    return total + (digit or 0)


# -- dates -------------------------------------------------------------------------------

_YMD = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_YMD_SHORT = re.compile(r"(\d{2})[-/.](\d{1,2})[-/.](\d{1,2})")
_YMD_PACKED = re.compile(r"(\d{4})(\d{2})(\d{2})")
_YMD_CHINESE = re.compile(r"([零〇○O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
_TIME_TAIL = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")


def parse_day(value, label: str, today: date) -> date | None:
    """A date from an Excel date, an Excel serial number, ``2025/3/19``, ``2025.3.5``,
    ``2025年3月5日``, ``25-3-5``, ``20250305`` or ``二〇二五年三月五日``; None when empty.
    A day that does not exist or lies outside 1950–2100 is refused."""
    if isinstance(value, datetime):
        return day_in_range(label, value.date())
    if isinstance(value, date):
        return day_in_range(label, value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _serial(value, label)
    written = compact(_TIME_TAIL.sub("", text(value)))
    if not written or written in _DASHES:
        return None
    if written.isdigit() and len(written) == 5:  # a serial number that came through as text
        return _serial(int(written), label)
    for pattern in (_YMD, _YMD_PACKED):
        match = pattern.fullmatch(written)
        if match:
            return _day(label, written, *map(int, match.groups()))
    match = _YMD_SHORT.fullmatch(written)
    if match:
        yy, month, day = map(int, match.groups())
        year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
        return _day(label, written, year, month, day)
    match = _YMD_CHINESE.fullmatch(written)
    if match:
        year, month, day = (cn_number(g) for g in match.groups())
        return _day(label, written, year, month, day)
    raise InvalidInput(label, f"“{written}”无法识别为日期，请写成2025-03-05或2025年3月5日",
                       f"{written!r} is not a date: write 2025-03-05")


def _serial(value: float, label: str) -> date:
    if not 1 <= value < 2958466:
        raise InvalidInput(label, f"“{value}”不是日期，请写成2025-03-05", f"{value} is not a date")
    return day_in_range(label, EXCEL_EPOCH + timedelta(days=int(value)))


def _day(label: str, written: str, year: int, month: int, day: int) -> date:
    try:
        return day_in_range(label, date(year, month, day))
    except ValueError:
        raise InvalidInput(label, f"“{written}”不是有效日期（没有这一天），请核对原件",
                           f"{written!r} is not a valid date (no such day)") from None


# -- 密级 and 保密期限 ----------------------------------------------------------------------

_LEVEL_WORDS = {"绝密": Level.TOP_SECRET, "机密": Level.SECRET, "秘密": Level.CONFIDENTIAL,
                "内部": Level.INTERNAL, "工作秘密": Level.INTERNAL, "内部事项": Level.INTERNAL,
                "内部资料": Level.INTERNAL, "内部使用": Level.INTERNAL}
_NOT_SECRET = {"公开", "非密", "无", "不涉密", "非涉密"}
_STARS = str.maketrans({"☆": "★", "*": "★", "＊": "★", "⭐": "★", "✩": "★", "✭": "★"})
_COUNT_TERM = re.compile(r"(.+?)(年|个月|月)")
LEVELS_ZH = "绝密、机密、秘密或内部"


def parse_level(value) -> tuple[Level, str | None]:
    """密级 from a cell: ``机密``, ``机密级``, ``机密★20年`` (the level and the text after
    ★, None when there is no ★). ``内部★…`` is refused: work secrets carry no ★."""
    written = compact(value).translate(_STARS)
    if not written:
        raise InvalidInput("密级", f"为空，请填写{LEVELS_ZH}", "the level is empty")
    word, star, rest = written.partition("★")
    word = word.removesuffix("级") if word not in _LEVEL_WORDS else word
    if word in _NOT_SECRET:
        raise InvalidInput("密级", f"“{written}”不是涉密载体，不登记入本台账",
                           f"{written!r} is not classified: it does not belong in the register")
    level = _LEVEL_WORDS.get(word)
    if level is None:
        raise InvalidInput("密级", f"“{written}”无法识别，应为{LEVELS_ZH}",
                           f"unknown level {written!r}: use 绝密, 机密, 秘密 or 内部")
    if level is Level.INTERNAL and star:
        raise InvalidInput("密级", f"“{written}”有误：内部事项不是国家秘密，不标★和保密期限，请删去★及其后内容",
                           "内部 (work secret) never carries ★ or a term")
    return level, (rest if star else None)


def parse_term_cell(value, level: Level) -> Term | None:
    """保密期限 from its own column: ``20年``, ``二十年``, ``6个月``, ``20`` (years), a
    declassification date (also an Excel date), a condition; None when empty."""
    if isinstance(value, (datetime, date)):
        day = value.date() if isinstance(value, datetime) else value
        return None if level is Level.INTERNAL else Term.until(day)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = text(value)
    written = compact(value).replace("★", "")
    if written in _DASHES:
        return None
    return term_from_text(written, level)


def term_from_text(written: str, level: Level) -> Term:
    """A term typed in any of the usual ways (see :func:`parse_term_cell`)."""
    written = compact(written)
    if written.isdigit():
        written += "年"
    match = _COUNT_TERM.fullmatch(written)
    if match and not match.group(1).isdigit():
        number = cn_number(match.group(1))
        if number is not None:
            written = f"{number}{'年' if match.group(2) == '年' else '个月'}"
    elif match and match.group(2) == "月":
        written = f"{match.group(1)}个月"
    return parse_term(written, level)


def marking_terms_agree(level: Level, in_marking: str | None, in_column: Term | None) -> Term:
    """One term from ``机密★20年`` and a 期限 column, refused if they differ; the level's
    maximum when neither gives one."""
    from_marking = term_from_text(in_marking, level) if in_marking else None
    if from_marking and in_column and from_marking != in_column:
        raise InvalidInput("保密期限", f"密级栏“{level.value}★{in_marking}”与期限栏“{in_column.text()}”不一致，请核对原件",
                           "the marking and the term column differ")
    if level is Level.INTERNAL:
        return Term.none()
    return from_marking or in_column or Term.default()


# -- types, counts, copies ---------------------------------------------------------------

_TYPES = {
    CarrierType.PAPER: ("纸介质", "纸质", "纸件", "纸", "纸张", "纸质文件", "纸质件", "纸介质文件", "文件",
                        "纸质材料", "文件资料", "书面", "纸本"),
    CarrierType.DISC: ("光盘", "光碟", "CD", "DVD", "CD-R", "DVD-R", "蓝光盘", "光盘介质"),
    CarrierType.USB: ("U盘", "优盘", "USB", "USB盘", "闪存盘", "U盘介质", "USB存储器", "移动存储介质"),
    CarrierType.REMOVABLE_DISK: ("移动硬盘", "移动盘", "外置硬盘"),
    CarrierType.HARD_DISK: ("硬盘", "计算机硬盘", "磁盘", "固态硬盘"),
    CarrierType.TAPE: ("磁带", "录音带", "录像带", "磁带介质"),
    CarrierType.NOTEBOOK: ("保密笔记本", "笔记本", "涉密笔记本", "保密本"),
    CarrierType.OTHER: ("其他", "其它"),
}
_TYPE_WORDS = {w.upper(): t for t, words in _TYPES.items() for w in words}
TYPES_ZH = "、".join(t.value for t in CarrierType)


def parse_type(value) -> CarrierType:
    """载体类别: ``纸质``/``纸件`` → 纸介质, ``优盘`` → U盘 …; an empty cell is 纸介质."""
    written = compact(value).upper()
    if not written:
        return CarrierType.PAPER
    found = _TYPE_WORDS.get(written) or _TYPE_WORDS.get(written.removesuffix("介质"))
    if found is None:
        raise InvalidInput("载体类别", f"“{compact(value)}”无法识别，应为{TYPES_ZH}",
                           f"unknown carrier type {compact(value)!r}")
    return found


_COUNT = re.compile(r"(?:第|共)?(.+?)(?:份|页|件|个|张|本|盘|块|册|页码)?")


def parse_count(value, label: str, maximum: int) -> int | None:
    """A count: ``4``, ``4页``, ``四页``, ``第3份``; None when empty."""
    if isinstance(value, float) and not value.is_integer():
        raise InvalidInput(label, f"“{value}”应为整数", f"{value} must be a whole number")
    written = compact(value)
    if written in _DASHES:
        return None
    match = _COUNT.fullmatch(written)
    number = cn_number(match.group(1)) if match else None
    if number is None or not 1 <= number <= maximum:
        raise InvalidInput(label, f"“{written}”应为1到{maximum}之间的整数",
                           f"{written!r} must be a whole number from 1 to {maximum}")
    return number


_COPIES = re.compile(r"第?(\d+)份?[,，;；/]?共(\d+)份?|(\d+)/(\d+)|共(\d+)份?")


def parse_copies(value, maximum: int) -> tuple[int | None, int | None]:
    """A combined 份数/份号 cell: ``第3份 共5份`` or ``3/5`` → (3, 5); ``共5份`` → (None, 5);
    a bare ``5`` is 份数 (None, 5)."""
    written = compact(value)
    match = _COPIES.fullmatch(written)
    if not match:
        return None, parse_count(value, "份数", maximum)
    g = match.groups()
    copy_no, total = (g[0], g[1]) if g[0] else (g[2], g[3]) if g[2] else (None, g[4])
    total = parse_count(total, "份数", maximum)
    copy_no = parse_count(copy_no, "份号", maximum) if copy_no else None
    if copy_no is not None and copy_no > total:
        raise InvalidInput("份号", f"“{written}”：份号大于份数", f"{written!r}: copy number beyond the copies")
    return copy_no, total


_YES = {"是", "√", "✓", "✔", "Y", "YES", "不准", "不准复制", "禁止复制", "不得复制", "1", "TRUE"}


def parse_yes(value) -> bool:
    """A tick or 是 (不准复制)."""
    return compact(value).upper() in _YES
