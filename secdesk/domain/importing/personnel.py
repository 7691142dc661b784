"""Rows of an old roster of cleared people (涉密人员名册) made into personnel files.

Each row is 导入, 错误 (with the reason: an ID number whose check digit fails, one that
Excel stored as a number and so lost its last digits, an unknown 涉密等级 …), 已导入 (the
same row imported before, or a person already on file with that 证件号 or 工号) or 跳过.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date

from secdesk.domain.errors import InvalidInput
from secdesk.domain.importing import values as v
from secdesk.domain.importing.fates import Outcome, RowFate, row_fates
from secdesk.domain.importing.table import Fields, Table, find_header
from secdesk.domain.personnel.model import Clearance, IdType, PersonDraft
from secdesk.domain.personnel.rules import check_person

PERSON_FIELDS = Fields(
    exact={
        "seq": ("序号", "顺序号"),
        "name": ("姓名", "名字", "人员姓名"),
        "dept": ("部门", "所在部门", "处室", "科室", "工作部门", "单位部门", "所在单位", "所在处室", "部门单位"),
        "clearance": ("涉密等级", "等级", "涉密人员类别", "涉密类别", "类别", "涉密程度", "涉密级别",
                      "涉密人员等级"),
        "clearance_since": ("确定时间", "确定日期", "定级时间", "认定时间", "确定涉密等级时间", "确定等级时间"),
        "staff_no": ("工号", "人员编号", "职工号", "员工编号", "职工编号"),
        "id_number": ("身份证号", "身份证号码", "证件号", "证件号码", "公民身份号码", "身份证"),
        "id_type": ("证件类型", "证件种类"),
        "post": ("岗位", "职务", "涉密岗位", "岗位职务", "职务职称", "所在岗位"),
        "vetted_on": ("上岗审查日期", "审查日期", "审查时间", "上岗审查时间", "上岗审查"),
        "vetting_result": ("审查结果", "审查结论", "上岗审查结果", "上岗审查结论"),
        "undertaking_on": ("承诺书签订日期", "保密承诺书", "承诺书", "签订承诺书日期", "签订保密承诺书日期",
                           "承诺书日期"),
        "remarks": ("备注", "说明"),
        "state": ("状态", "在岗状态", "人员状态"),
    },
    words=(("id_number", ("身份",)), ("id_number", ("证件号",)), ("clearance", ("涉密", "等级")),
           ("clearance", ("涉密", "类别")), ("vetting_result", ("审查", "结")), ("vetted_on", ("审查",)),
           ("undertaking_on", ("承诺",)), ("clearance_since", ("确定",)), ("name", ("姓名",)),
           ("dept", ("部门",)), ("post", ("岗位",)), ("post", ("职务",)), ("staff_no", ("工号",)),
           ("remarks", ("备注",))),
    required=("name", "clearance"),
    labels={"name": "姓名", "clearance": "涉密等级"},
)
_CLEARANCE_WORDS = {c.value: c for c in Clearance}
ON_DUTY = {"", "在岗", "在职", "正常", "在编"}
GONE = ("离岗", "离职", "调离", "退休", "脱密", "解脱", "死亡", "辞职")
ID_AS_NUMBER = 1e14  # an 18-digit number: Excel kept only 15 significant digits
_SCIENTIFIC = re.compile(r"\d(\.\d+)?E\+?\d+")
NO_DATE = {"", "否", "未签", "无", "是", "已签", "√", "✓"}  # a tick gives no date to record


def read_personnel(table: Table, today: date) -> tuple[dict[str, str], list[RowFate]]:
    """The headings found and every row below them with its fate before the vault is
    consulted."""
    header = find_header(table, PERSON_FIELDS)
    fates = row_fates(table, header, PERSON_FIELDS, lambda row_no, values: parse_person(row_no, values, today))
    return header.headings, _same_person_twice(fates)


def parse_person(row_no: int, values: dict[str, object], today: date) -> RowFate:
    """One data row as a personnel file, or 错误/跳过 with the reason."""
    state = v.compact(values.get("state"))
    if state not in ON_DUTY and any(word in state for word in GONE):
        return RowFate(row_no, Outcome.SKIP, f"状态为“{state}”，不再在岗，不建档")
    try:
        draft, undertaking = _draft(values, today)
        draft = check_person(draft)
    except InvalidInput as exc:
        return RowFate(row_no, Outcome.ERROR, exc.zh)
    parts = (draft.name, draft.dept, draft.clearance.value, str(draft.clearance_since), draft.staff_no,
             draft.id_type.value, draft.id_number, draft.post, str(draft.vetted_on), draft.vetting_result,
             draft.remarks, str(undertaking))
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
    return RowFate(row_no, Outcome.IMPORT, "", (draft,), fingerprint=digest,
                   extra={"undertaking_on": undertaking})


def _draft(values: dict[str, object], today: date) -> tuple[PersonDraft, date | None]:
    word = v.compact(values.get("clearance")).removesuffix("人员").removesuffix("涉密").removesuffix("级")
    clearance = _CLEARANCE_WORDS.get(word)
    if clearance is None:
        raise InvalidInput("涉密等级", f"“{v.compact(values.get('clearance'))}”无法识别，应为核心、重要或一般",
                           "the clearance must be 核心, 重要 or 一般")
    written_type = v.compact(values.get("id_type"))
    id_type = IdType.OTHER if written_type and "身份证" not in written_type else IdType.RESIDENT_ID
    draft = PersonDraft(
        name=v.compact(values.get("name")), dept=v.text(values.get("dept")), clearance=clearance,
        clearance_since=v.parse_day(values.get("clearance_since"), "确定时间", today),
        staff_no=v.compact(values.get("staff_no")), id_type=id_type, id_number=_id_number(values.get("id_number")),
        post=v.text(values.get("post")), vetted_on=v.parse_day(values.get("vetted_on"), "审查日期", today),
        vetting_result=v.text(values.get("vetting_result")), remarks=v.text(values.get("remarks")))
    if draft.vetted_on and not draft.vetting_result:
        draft = replace(draft, vetting_result="合格")
    undertaking = values.get("undertaking_on")
    mark = v.compact(undertaking)
    signed = None if mark in NO_DATE else v.parse_day(undertaking, "承诺书签订日期", today)
    if signed is not None and signed > today:
        raise InvalidInput("承诺书签订日期", f"{signed.isoformat()} 晚于今天，请核对原件", "the undertaking date is in the future")
    return draft, signed


def _id_number(value) -> str:
    """证件号 as written; one Excel turned into a number (``1.10105E+17``) is refused: its
    last digits are gone and only the paper file has them."""
    written = v.compact(value).upper()
    as_number = isinstance(value, (int, float)) and not isinstance(value, bool) and value >= ID_AS_NUMBER
    if as_number or _SCIENTIFIC.fullmatch(written):
        raise InvalidInput("证件号", f"“{written}”被Excel存成了数字，末几位已经丢失：请将该列设为“文本”格式，"
                           "按原件重新录入后再导入", "Excel stored the ID number as a number and lost its last digits")
    return written


def _same_person_twice(fates: list[RowFate]) -> list[RowFate]:
    """A second row with a 证件号 or 工号 already given above is refused, naming the row."""
    first: dict[tuple[str, str], int] = {}
    for fate in fates:
        if fate.outcome is not Outcome.IMPORT:
            continue
        draft = fate.drafts[0]
        for label, value in (("证件号", draft.id_number), ("工号", draft.staff_no)):
            if value and (label, value) in first:
                fate.outcome, fate.reason, fate.drafts = Outcome.ERROR, f"{label}：与第{first[(label, value)]}行相同，一人只建一份档案", ()
                break
            first.setdefault((label, value), fate.row_no)
    return fates


def decide_people(fates: list[RowFate], imported: dict[str, list[str]], on_file: dict[str, str]) -> list[RowFate]:
    """Rows imported before (fingerprint → badges) and people already on file (证件号 or
    工号 → badge) are 已导入: nobody gets two files."""
    for fate in fates:
        if fate.outcome is not Outcome.IMPORT:
            continue
        if fate.fingerprint in imported:
            fate.outcome, fate.numbers = Outcome.DONE, list(imported[fate.fingerprint])
            fate.reason = f"此前已导入：{'、'.join(fate.numbers)}"
            continue
        draft = fate.drafts[0]
        badge = on_file.get(f"id:{draft.id_number}") if draft.id_number else None
        badge = badge or (on_file.get(f"staff:{draft.staff_no}") if draft.staff_no else None)
        if badge:
            fate.outcome, fate.numbers, fate.reason = Outcome.DONE, [badge], f"已有档案{badge}，未重复建档"
    return fates
