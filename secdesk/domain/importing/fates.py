"""What becomes of each source row of an import (结果), and the totals."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from secdesk.domain.importing.table import Fields, Header, Table, cells, skip_reason, title_texts


class Outcome(StrEnum):
    """A source row's fate (结果)."""

    IMPORT = "导入"
    ERROR = "错误"
    DUPLICATE = "疑似重复"
    DONE = "已导入"
    SKIP = "跳过"


@dataclass
class RowFate:
    """One source row: its number as the spreadsheet shows it, its fate and why; the
    carriers it makes (several for 份数 N), what they still lack (待补), the numbers
    assigned (on import, or by the earlier import it repeats)."""

    row_no: int
    outcome: Outcome
    reason: str = ""
    drafts: tuple = ()  # CarrierDraft (register) or PersonDraft (personnel)
    old_number: str = ""
    pending: tuple[str, ...] = ()
    fingerprint: str = ""
    numbers: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # e.g. the 承诺书 date of a person

    @property
    def writes(self) -> bool:
        """True if importing this row creates carriers."""
        return self.outcome in (Outcome.IMPORT, Outcome.DUPLICATE)

    def note(self) -> str:
        """说明 as the report gives it."""
        parts = [self.reason] if self.reason else []
        if self.pending and self.writes:
            parts.append(f"待补：{'、'.join(self.pending)}")
        if len(self.drafts) > 1 and self.writes:
            parts.append(f"按份数拆为{len(self.drafts)}件（份号1—{len(self.drafts)}）")
        return "；".join(parts)


def totals(fates: list[RowFate]) -> dict[str, int]:
    """Rows per outcome, and 载体 (the carriers the import creates) and 待补."""
    out = {o.value: 0 for o in Outcome}
    for fate in fates:
        out[fate.outcome.value] += 1
    out["载体"] = sum(len(f.drafts) for f in fates if f.writes)
    out["待补"] = sum(len(f.drafts) for f in fates if f.writes and f.pending)
    return out


def row_fates(table: Table, header: Header, fields: Fields,
              parse: Callable[[int, dict[str, object]], RowFate]) -> list[RowFate]:
    """Every row below the headings: skipped (blank, a title or heading again, 合计) or
    ``parse(row_no, values)``. Identical rows get fingerprints ``…#1``, ``…#2`` so that a
    re-import recognises each and two equal rows stay two."""
    titles = title_texts(table, header)
    seen: Counter = Counter()
    fates = []
    for row_no, row in table.rows[header.data_from:]:
        values = cells(row, header)
        why = skip_reason(row, values, fields, titles, header)
        fate = RowFate(row_no, Outcome.SKIP, why) if why else parse(row_no, values)
        if fate.fingerprint:
            seen[fate.fingerprint] += 1
            fate.fingerprint += f"#{seen[fate.fingerprint]}"
        fates.append(fate)
    return fates
