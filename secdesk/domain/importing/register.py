"""Rows of an old carrier register (涉密载体登记台账) made into drafts, each row with its fate.

A row is 导入 (imported), 错误 (refused, with the reason), 疑似重复 (imported, but it looks
like another row or a carrier already registered: same 文号, title, 密级 and 份号),
已导入 (brought in by an earlier import of the same data: nothing new) or 跳过 (blank, a
repeated heading or title, a 合计 row, a carrier no longer held). Rows lacking what
today's rules require at registration (份号 of 绝密/机密, 知悉范围) are imported and marked
待补: the paper register they come from is the legal record.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

from secdesk.domain.carriers.model import CarrierDraft, CarrierType, Source
from secdesk.domain.carriers.rules import MAX_COPIES, MAX_PAGES, TEXT_LIMITS, check_draft
from secdesk.domain.carriers.terms import TermKind
from secdesk.domain.errors import InvalidInput
from secdesk.domain.importing import values as v
from secdesk.domain.importing.fates import Outcome, RowFate, row_fates
from secdesk.domain.importing.table import Fields, Table, find_header

REGISTER_FIELDS = Fields(
    exact={
        "seq": ("序号", "顺序号", "序"),
        "old_number": ("编号", "载体编号", "登记号", "登记编号", "原编号", "台账编号", "流水号", "收文编号",
                       "收文号", "登记序号", "统一编号", "原登记号"),
        "title": ("名称", "文件名称", "标题", "文件资料名称", "文件标题", "资料名称", "载体名称", "题名",
                  "文件题名", "文件资料标题", "文件或资料名称", "内容"),
        "level": ("密级", "秘密等级", "密级标志", "密级及保密期限", "密级和保密期限", "密级保密期限",
                  "国家秘密标志", "密级标识"),
        "term": ("期限", "保密期限", "密期", "解密时间", "解密期限"),
        "copies": ("份数", "数量", "份数或数量", "件数", "收文份数"),
        "copy_no": ("份号", "份号编号"),
        "copies_combined": ("份数份号", "份号份数", "份数及份号", "份数和份号"),
        "ctype": ("类别", "载体类型", "介质类型", "载体类别", "类型", "载体形式", "介质", "载体种类"),
        "doc_no": ("文号", "文号或编号", "发文字号", "文件编号", "文件字号", "保密编号", "序列号",
                   "文号编号", "发文文号", "来文字号"),
        "extent": ("页数", "页数或容量", "容量", "页码", "页数容量", "张数"),
        "scope": ("知悉范围", "阅知范围", "发放范围", "知悉人员", "知悉范围人员"),
        "origin_unit": ("制发机关", "来源", "制作发文单位", "发文单位", "来文单位", "发文机关", "制发单位",
                        "制作单位", "来文机关", "来源单位", "形成单位", "制作发文机关"),
        "issue_date": ("日期", "成文日期", "制发日", "制发日期", "发文日期", "印发日期", "形成日期",
                       "制作日期", "成文时间", "发文时间"),
        "registered_on": ("登记日期", "收文日期", "收到日期", "接收日期", "登记时间", "收文时间"),
        "custodian": ("保管人", "责任人", "保管责任人", "持有人", "使用人", "保管人员"),
        "location": ("位置", "存放位置", "存放地点", "保存位置", "存放处", "柜号", "存放"),
        "remarks": ("备注", "说明", "附注"),
        "no_copy": ("不准复制", "禁止复制", "不得复制"),
        "basis": ("定密依据",),
        "classifier": ("定密责任人",),
        "state": ("状态", "载体状态", "现状", "在库状态"),
    },
    words=(("copies_combined", ("份数", "份号")), ("level", ("密级",)), ("term", ("期限",)),
           ("title", ("名称",)), ("title", ("标题",)), ("doc_no", ("文号",)), ("copy_no", ("份号",)),
           ("copies", ("份数",)), ("ctype", ("类别",)), ("ctype", ("类型",)), ("extent", ("页数",)),
           ("extent", ("容量",)), ("scope", ("知悉",)), ("registered_on", ("登记", "日期")),
           ("registered_on", ("收文", "日期")), ("issue_date", ("日期",)), ("origin_unit", ("单位",)),
           ("origin_unit", ("机关",)), ("custodian", ("保管",)), ("location", ("存放",)),
           ("location", ("位置",)), ("remarks", ("备注",)), ("old_number", ("编号",)),
           ("old_number", ("登记号",))),
    required=("title", "level"),
    labels={"title": "名称", "level": "密级"},
)
SOURCE_WORDS = {s.value: s for s in Source}
HELD = {"", "在库", "在册", "正常", "在柜", "存档", "归档", "已归档", "在用"}
CLOSED = ("销毁", "移交", "清退", "作废", "退回", "上交", "交回")
OUT = ("借出", "外借", "外出", "丢失", "遗失", "下落不明", "送出", "借阅中")
REMARKS_LIMIT = TEXT_LIMITS["remarks"][1]


def read_register(table: Table, today: date, columns: dict[int, str] | None = None) -> tuple[dict[str, str], list[RowFate]]:
    """The headings found (field → heading as written) and every row below them with its
    fate before the vault is consulted (导入, 错误 or 跳过). ``columns`` (column index →
    field) replaces the guessed mapping, as the window's mapping step sets it."""
    header = find_header(table, REGISTER_FIELDS)
    if columns is not None:
        header = replace(header, columns=dict(columns))
    return header.headings, row_fates(table, header, REGISTER_FIELDS,
                                      lambda row_no, values: parse_row(row_no, values, today))


def parse_row(row_no: int, values: dict[str, object], today: date) -> RowFate:
    """One data row as carriers, or 错误/跳过 with the reason."""
    state = v.compact(values.get("state"))
    if state not in HELD and any(word in state for word in CLOSED):
        return RowFate(row_no, Outcome.SKIP, f"状态为“{state}”，已不在本室保管，不导入")
    try:
        if state not in HELD:
            hint = "借出、外出的请收回后" if any(word in state for word in OUT) else "请核对后将状态改为“在库”或留空，再"
            raise InvalidInput("状态", f"“{state}”：只导入在库的载体，{hint}导入",
                               f"state {state!r}: only carriers in the room are imported")
        draft, copies, old = _draft(values, today)
        drafts = _expand(draft, copies)
        first = _checked(drafts[0], today)  # the copies differ only in 份号 1…N, all within 份数
        checked = (first,) + tuple(replace(first, copy_no=d.copy_no, copies_total=d.copies_total) for d in drafts[1:])
    except InvalidInput as exc:
        return RowFate(row_no, Outcome.ERROR, str(exc.zh))
    pending = (("份号",) if checked[0].copy_no is None and checked[0].level.needs_copy_number else ()) + (
        ("知悉范围",) if not checked[0].scope else ())
    return RowFate(row_no, Outcome.IMPORT, "", checked, old, pending, _fingerprint(checked, old))


def _draft(values: dict[str, object], today: date) -> tuple[CarrierDraft, int | None, str]:
    text = {name: v.text(values.get(name)) for name in (
        "title", "origin_unit", "doc_no", "scope", "custodian", "location", "remarks", "basis", "classifier")}
    if not text["title"]:
        raise InvalidInput("文件资料名称", "为空，请填写文件或资料的名称（标题）", "the title is empty")
    level, marked_term = v.parse_level(values.get("level"))
    term = v.marking_terms_agree(level, marked_term, v.parse_term_cell(values.get("term"), level))
    ctype = v.parse_type(values.get("ctype"))
    issue = v.parse_day(values.get("issue_date"), "制发日期", today)
    registered = v.parse_day(values.get("registered_on"), "登记日期", today)
    copy_no = v.parse_count(values.get("copy_no"), "份号", MAX_COPIES)
    copies = v.parse_count(values.get("copies"), "份数", MAX_COPIES)
    if "copies_combined" in values:
        copy_no, copies = v.parse_copies(values["copies_combined"], MAX_COPIES)
    source, origin = Source.RECEIVED, text["origin_unit"]
    if origin in SOURCE_WORDS:
        source, origin = SOURCE_WORDS[origin], ""
    old = v.text(values.get("old_number"))
    if len(old) > 40:
        raise InvalidInput("编号", f"原编号“{old[:20]}…”超过40个字符", "the old number is over 40 characters")
    remarks = _with_old_number(text["remarks"], old)
    draft = CarrierDraft(
        title=text["title"], level=level, ctype=ctype, term=term, issue_date=issue or registered,
        origin_unit=origin, doc_no=text["doc_no"], extent=_extent(values.get("extent"), ctype),
        copy_no=copy_no, copies_total=copies if copy_no is not None else None, scope=text["scope"],
        no_copy=v.parse_yes(values.get("no_copy")), source=source, custodian=text["custodian"],
        location=text["location"], remarks=remarks, basis=text["basis"], classifier=text["classifier"])
    return draft, copies, old


def _with_old_number(remarks: str, old: str) -> str:
    """备注 with the old number in front (so the register shows it), if it fits."""
    if not old:
        return remarks
    joined = f"原编号：{old}" + (f"；{remarks}" if remarks else "")
    return joined if len(joined) <= REMARKS_LIMIT else remarks


def _extent(value, ctype: CarrierType) -> str:
    """页数或容量: ``4``/``4页``/``四页`` → ``4页`` on paper; other media keep what is written."""
    if value is None:
        return ""
    written = v.compact(value)
    if ctype is CarrierType.PAPER or written.endswith("页"):
        return f"{v.parse_count(value, '页数', MAX_PAGES)}页" if written else ""
    return v.text(value)


def _expand(draft: CarrierDraft, copies: int | None) -> list[CarrierDraft]:
    """份数 N > 1 without 份号: N carriers, 份号 1…N of N."""
    if draft.copy_no is None and copies and copies > 1:
        return [replace(draft, copy_no=n, copies_total=copies) for n in range(1, copies + 1)]
    return [draft]


def _checked(draft: CarrierDraft, today: date) -> CarrierDraft:
    """Today's checks, except what an old register may lack (份号, checked once completed),
    and a declassification date already past with no issue date (the term has ended)."""
    probe = draft
    if draft.copy_no is None and draft.level.needs_copy_number:
        probe = replace(probe, copy_no=1, copies_total=None)
    if draft.term.kind is TermKind.UNTIL and draft.issue_date is None and draft.term.day <= today:
        probe = replace(probe, issue_date=draft.term.day - timedelta(days=1))
    checked = check_draft(probe)
    return replace(checked, copy_no=draft.copy_no, copies_total=draft.copies_total,
                   issue_date=draft.issue_date)


def _fingerprint(drafts: tuple[CarrierDraft, ...], old: str) -> str:
    """The row's content, normalised (so the same data re-saved as CSV is recognised)."""
    d = drafts[0]
    parts = (d.title, d.level.value, d.ctype.value, d.term.kind.value, d.term.value, str(d.issue_date),
             d.origin_unit, d.doc_no, d.extent, str(d.copy_no if len(drafts) == 1 else None),
             str(len(drafts)), d.scope, str(d.no_copy), d.source.value, d.custodian, d.location,
             d.remarks, d.basis, d.classifier, old)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def duplicate_key(doc_no: str, title: str, level: str, copy_no: int | None) -> tuple[str, str, str, int | None]:
    """What makes two carriers look the same: 文号, title, 密级, 份号."""
    return v.compact(doc_no), v.compact(title), level, copy_no


def draft_key(draft: CarrierDraft) -> tuple[str, str, str, int | None]:
    """:func:`duplicate_key` of a draft."""
    return duplicate_key(draft.doc_no, draft.title, draft.level.value, draft.copy_no)


def decide(fates: list[RowFate], imported: dict[str, list[str]],
           registered: dict[tuple, list[str]]) -> list[RowFate]:
    """The final fates: rows imported before (``imported``: fingerprint → numbers) are
    已导入; rows that look like each other or like a carrier already registered
    (``registered``: duplicate key → numbers) are 疑似重复 — imported, and said so."""
    by_key: dict[tuple, list[RowFate]] = defaultdict(list)
    for fate in fates:
        if fate.outcome is Outcome.IMPORT and fate.fingerprint in imported:
            fate.outcome, fate.numbers = Outcome.DONE, list(imported[fate.fingerprint])
            fate.reason = "此前已导入：" + "、".join(fate.numbers[:3]) + ("等" if len(fate.numbers) > 3 else "")
        elif fate.outcome is Outcome.IMPORT:
            for key in {draft_key(d) for d in fate.drafts}:
                by_key[key].append(fate)
    for key, group in by_key.items():
        others = registered.get(key, [])
        if len(group) < 2 and not others:
            continue
        for fate in group:
            rows = [str(f.row_no) for f in group if f is not fate]
            said = ([f"与第{'、'.join(rows)}行"] if rows else []) + (
                [f"与台账中{'、'.join(others[:3])}"] if others else [])
            _flag(fate, "疑似重复：" + "、".join(said) + "的文号、名称、密级、份号相同")
    return fates


def _flag(fate: RowFate, why: str) -> None:
    if fate.outcome is Outcome.DUPLICATE:
        return
    fate.outcome, fate.reason = Outcome.DUPLICATE, why
    note = "导入时疑似重复，请核对"
    fate.drafts = tuple(replace(d, remarks=d.remarks + ("；" if d.remarks else "") + note)
                        if len(d.remarks) + len(note) + 1 <= REMARKS_LIMIT else d for d in fate.drafts)
