"""What the register window asks for: filters, search text, sort order (no SQL here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierType, State


class SortKey(StrEnum):
    """Columns the register can be sorted by."""

    NUMBER = "number"
    TITLE = "title"
    ORIGIN = "origin_unit"
    TYPE = "ctype"
    DOC_NO = "doc_no"
    LEVEL = "level_rank"
    STATE = "state"
    CUSTODIAN = "custodian"
    LOCATION = "location"
    ISSUE_DATE = "issue_date"
    REGISTERED = "id"


@dataclass(frozen=True)
class RegisterQuery:
    """Filters (empty = all), a search text over number, title, 文号 and 发文单位, a sort."""

    search: str = ""
    levels: frozenset[Level] = frozenset()
    types: frozenset[CarrierType] = frozenset()
    states: frozenset[State] = frozenset()
    location: str = ""
    custodian: str = ""
    registered_from: date | None = None
    registered_to: date | None = None
    include_void: bool = False
    sort: SortKey = SortKey.REGISTERED
    descending: bool = True
