"""The sealed quarterly register (季度台账): print it, and verify a printed one.

Printing renders the book twice: first with a placeholder fingerprint, to read the text
of every page (through the :class:`PdfEngine` the caller provides — the services do not
touch Qt); the page hashes and the records' digest make the manifest, whose hash is the
fingerprint the unit's key signs; then the book is rendered again with the fingerprint,
its QR code and the seal, and read back to check that every page still hashes the same.
The seal is recorded in the vault with the hash of every record.

Verifying a PDF answers four questions: is the seal this unit's (and unaltered), is the
printed text exactly what the seal covers, does every page look as it did when sealed
(which pages differ), and has any record of that quarter changed since it was printed
(which ones). The look is checked against the book rebuilt from the vault — the same
records, printing time, key and unit as the manifest says, laid out by the same
deterministic code, so byte for byte the sealed file — by rendering the pages of both:
a white box over rows, a blanked cover or text made invisible changes no extracted text,
but it changes what prints.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from secdesk.domain import clock
from secdesk.domain.carriers.terms import DocumentMarking
from secdesk.domain.errors import InvalidInput
from secdesk.domain.roles import Permission
from secdesk.domain.seal import (
    FORMAT,
    PLACEHOLDER,
    UnitKey,
    fingerprint_of,
    ink_changed,
    pdf_features,
    key_id_of,
    normalise_fingerprint,
    page_hash,
    read_seal_text,
    record_hash,
    records_digest,
    seal_text,
    signature_valid,
)
from secdesk.services.quarterly_records import (
    Period,
    Tally,
    as_it_was,
    held_then,
    register_record,
    register_rows,
    sections,
)
from secdesk.services.session import Session
from secdesk.printing.layout import LEVEL_WORDS
from secdesk.printing.quarterly import QuarterlyBook, quarterly_pdf
from secdesk.storage import anchor
from secdesk.storage import seals as repo
from secdesk.storage.seals import SealRow

# (page texts, the Keywords metadata) of a PDF; raises ValueError if it cannot be read
PdfReader = Callable[[bytes], tuple[list[str], str]]
# each page of a PDF as it prints, one at a time, at the dots per inch asked: (width,
# height, grey bytes: one a pixel, 0 black … 255 white, row after row); ValueError if
# it cannot be read
PdfRenderer = Callable[[bytes, float], Iterator[tuple[int, int, bytes]]]
RENDER_DPI = 150  # a table row is some 34 pixels high, an 8-point digit 9 × 17
INK_TOLERANCE = 4  # pixels of a page that may turn from ink to paper or back: none do in a
#                    file re-saved; a row hidden is a thousand or more, one digit some 20


@dataclass(frozen=True)
class PdfEngine:
    """What the services need of a PDF engine; the caller provides it (QtPdf's, from
    ``secdesk.gui.shell.pdf_text``), so that the services never touch Qt."""

    text: PdfReader
    render: PdfRenderer


_QUARTER = re.compile(r"^\s*(\d{4})\s*[Qq季]?\s*([1-4])\s*$")


class SealBroken(Exception):
    """The book read back does not hash as sealed (a rendering fault, not user input)."""


def period_of(text: str, today: date | None = None) -> Period:
    """``2026Q4`` → the quarter, covered to its end or, while it runs, to yesterday."""
    match = _QUARTER.match(text or "")
    if not match:
        raise InvalidInput("季度", f"“{text}”不是季度，应写作2026Q4", "write the quarter as 2026Q4")
    year, n = int(match[1]), int(match[2])
    start = date(year, 3 * n - 2, 1)
    end = (date(year + 1, 1, 1) if n == 4 else date(year, 3 * n + 1, 1)) - timedelta(days=1)
    today = today or clock.now().date()
    as_of = min(end, today - timedelta(days=1))
    if as_of < start:
        raise InvalidInput("季度", f"{year}Q{n}尚无完整的一天可以打印", "the quarter has no complete day yet")
    return Period(f"{year}Q{n}", start, end, as_of)


def unit_key(session: Session, conn=None) -> UnitKey:
    """The unit's signing key, made now if this vault predates it (the event is audited)."""
    conn = conn or session.vault.conn
    found = repo.unit_key(conn)
    if found:
        return UnitKey(*found)
    key = UnitKey.generate()
    with session.vault.transaction() as tx:
        repo.insert_key(tx, key.key_id, key.private, key.public, clock.stamp())
        session.record(tx, "unit_key.create", f"key:{key.key_id}")
    return key


@dataclass(frozen=True)
class Content:
    """The book (without its fingerprint) and the hash of every record it prints."""

    book: QuarterlyBook
    records: dict[str, str]


def content(session: Session, period: Period, key_id: str, printed_at: str) -> Content:
    """Collect the quarter's book and its records' hashes."""
    conn = session.vault.conn
    records: dict[str, str] = {}
    tally = Tally()
    top, marking = 0, DocumentMarking(period.as_of)
    then = as_it_was(conn, period)
    for carrier, row in held_then(conn, period, then):
        records[f"carrier:{carrier.number}"] = record_hash(f"carrier:{carrier.number}", register_record(row))
        tally.add(carrier, row)
        top = max(top, row.level_rank)
        marking.add_marking(row.marking if row.marking.startswith(LEVEL_WORDS[row.level_rank])
                            else LEVEL_WORDS[row.level_rank], carrier.draft.issue_date)
    tables = []
    for table, ids in sections(conn, period, then):
        for rid, row in zip(ids, table.rows):
            records[rid] = record_hash(rid, row)
        tables.append(table)
    totals = tally.totals()
    book = QuarterlyBook(session.settings()["unit.name"], period.code, period.text, LEVEL_WORDS[top], totals,
                         lambda: (row for _, row in register_rows(conn, period, then)), totals.registered,
                         tuple(tables), printed_at, key_id, marking=marking.text or "")
    return Content(book, records)


def print_quarterly(session: Session, quarter: str, engine: PdfEngine) -> bytes:
    """The sealed register of a quarter, recorded in the vault and the audit chain."""
    session.require(Permission.READ_REGISTER, "quarterly.print", f"quarter:{quarter}")
    period = period_of(quarter)
    key = unit_key(session)
    printed_at = clock.now().strftime("%Y-%m-%d %H:%M")
    made = content(session, period, key.key_id, printed_at)
    head = anchor.head(session.vault.conn).text()  # the chain passes through this event, for ever
    made = replace(made, book=replace(made.book, chain_head=head))
    draft_pages, _ = engine.text(quarterly_pdf(made.book, PLACEHOLDER))
    manifest = {"format": FORMAT, "unit": made.book.unit, "key_id": key.key_id, "quarter": period.code,
                "start": period.start.isoformat(), "as_of": period.as_of.isoformat(), "printed_at": printed_at,
                "records": len(made.records), "records_digest": records_digest(made.records), "chain_head": head,
                "pages": [page_hash(text, PLACEHOLDER) for text in draft_pages]}
    fingerprint = fingerprint_of(manifest)
    signature = key.sign(fingerprint)
    pdf = quarterly_pdf(made.book, fingerprint, seal_text(manifest, signature, key.public))
    pages, _ = engine.text(pdf)
    if [page_hash(text, fingerprint) for text in pages] != manifest["pages"]:
        raise SealBroken("the sealed book does not read back as it was hashed")
    with session.vault.transaction() as conn:
        if repo.by_fingerprint(conn, fingerprint) is None:  # printed again within the minute: the same seal
            repo.insert_seal(conn, SealRow(fingerprint, period.code, key.key_id, clock.stamp(), session.actor.name,
                                           manifest, made.records, signature))
        session.record(conn, "quarterly.print", f"quarter:{period.code}", after={"fingerprint": fingerprint},
                       detail=f"{period.text}，{len(pages)}页，{len(made.records)}条记录")
    return pdf


def seals(session: Session) -> list[tuple[str, str, str, str]]:
    """(fingerprint, quarter, printed at, by) of every register printed, newest first."""
    session.require(Permission.READ_REGISTER, "quarterly.read")
    return repo.seals(session.vault.conn)


def quarters(today: date | None = None, count: int = 6) -> list[str]:
    """The quarters one may print, newest first: the running one if it has a complete day."""
    today = today or clock.now().date()
    year, n = today.year, (today.month - 1) // 3 + 1
    out = []
    while len(out) < count:
        code = f"{year}Q{n}"
        if period_allowed(code, today):
            out.append(code)
        year, n = (year - 1, 4) if n == 1 else (year, n - 1)
    return out


def period_allowed(code: str, today: date) -> bool:
    """True if the quarter has at least one complete day by ``today``."""
    try:
        period_of(code, today)
    except InvalidInput:
        return False
    return True


@dataclass
class Verdict:
    """The answer of a verification: ok only when every check passed; ``problems`` say
    what differs, ``facts`` what was established."""

    facts: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing differs."""
        return not self.problems

    def text(self) -> str:
        """The report, one line each, in Chinese."""
        head = "核验通过：" if self.ok else "核验未通过："
        return "\n".join([head, *self.facts, *self.problems])


def verify_pdf(session: Session, pdf: bytes, engine: PdfEngine) -> Verdict:
    """Check a printed register (the PDF file) against this unit's key and records: its
    seal, its text and the look of every page, and the quarter's records."""
    session.require(Permission.READ_REGISTER, "quarterly.verify")
    verdict = Verdict()
    try:
        pages, keywords = engine.text(pdf)
    except ValueError:
        verdict.problems.append("文件无法作为PDF读取（已损坏或不是PDF）")
        return _audited(session, verdict, "")
    sealed = read_seal_text(keywords)
    if sealed is None:
        verdict.problems.append("文件中没有secdesk签章：不是本程序打印的季度台账，或签章已被删除")
        return _audited(session, verdict, "")
    manifest, signature, public = sealed
    fingerprint = fingerprint_of(manifest)
    if not _seal_is_ours(session, verdict, manifest, fingerprint, signature, public):
        return _audited(session, verdict, fingerprint)
    if not pages or fingerprint not in re.sub(r"\s+", "", pages[0]):
        verdict.problems.append("封面上的指纹与签章不一致：签章或封面被替换")
    _check_pages(verdict, manifest["pages"], [page_hash(text, fingerprint) for text in pages])
    made = content(session, sealed_period(manifest), manifest["key_id"], manifest["printed_at"])
    try:  # the book as sealed: the same bytes, unless a record or the program changed since
        rebuilt = quarterly_pdf(replace(made.book, unit=manifest["unit"], chain_head=manifest.get("chain_head", "")),
                                fingerprint, keywords)
    except ValueError:
        verdict.problems.append("无法按本单位现有记录重建此台账，无法核对各页版面")
    else:
        _check_looks(verdict, engine, pdf, rebuilt, manifest["pages"], fingerprint)
    _check_records(session, verdict, fingerprint, made.records)
    _check_chain(session, verdict, manifest.get("chain_head", ""))
    return _audited(session, verdict, fingerprint)


def _check_chain(session: Session, verdict: Verdict, head: str) -> None:
    """The audit chain still passes through the head it had when the book was printed."""
    sealed = anchor.Anchor.parse(head)
    if sealed is None:
        return  # printed before the chain head was sealed into the book
    why = anchor.behind(session.vault.conn, sealed)
    if why:
        verdict.problems.append(f"审计日志已不经过打印时的链尾（{why}）：打印后审计日志被改写，或数据库被换回旧副本")
    else:
        verdict.facts.append(f"审计日志仍经过打印时的链尾（第{sealed.seq}号事件）")


def sealed_period(manifest: dict) -> Period:
    """The period a sealed book covers, as it was printed (a running quarter up to its
    as-of day)."""
    as_of = date.fromisoformat(manifest["as_of"])
    return period_of(manifest["quarter"], as_of + timedelta(days=1))


def verify_fingerprint(session: Session, typed: str) -> Verdict:
    """Check a paper copy by the fingerprint typed from its cover: the seal is this
    unit's, and whether any record of its quarter has changed since."""
    session.require(Permission.READ_REGISTER, "quarterly.verify")
    verdict = Verdict()
    fingerprint = normalise_fingerprint(typed)
    if len(fingerprint) != 64:
        raise InvalidInput("指纹", f"指纹应为64位十六进制数字（现为{len(fingerprint)}位），请对照封面逐组核对",
                           "a fingerprint has 64 hex digits")
    seal = repo.by_fingerprint(session.vault.conn, fingerprint)
    if seal is None:
        verdict.problems.append("本单位没有打印过带此指纹的台账：指纹抄错，或台账不是本单位签章的")
        return _audited(session, verdict, fingerprint)
    key = unit_key(session)
    if fingerprint_of(seal.manifest) != fingerprint or not signature_valid(key.public, fingerprint, seal.signature):
        verdict.problems.append("签章记录与指纹不符：签章记录被改动")
        return _audited(session, verdict, fingerprint)
    verdict.facts.append(f"签章属于本单位（密钥 {key.key_id}），{seal.quarter}，{seal.printed_at[:16].replace('T', ' ')}"
                         f"由{seal.printed_by}打印，共{len(seal.manifest['pages'])}页")
    verdict.facts.append("纸质台账的页面内容须逐页与电子版核对；此处核验签章与记录")
    _check_records(session, verdict, fingerprint)
    return _audited(session, verdict, fingerprint)


def _seal_is_ours(session: Session, verdict: Verdict, manifest: dict, fingerprint: str, signature: str,
                  public: bytes) -> bool:
    key = unit_key(session)
    if public != key.public:
        verdict.problems.append(f"签章不是本单位的：签章密钥为 {key_id_of(public)}，本单位密钥为 {key.key_id}")
        return False
    if not signature_valid(key.public, fingerprint, signature):
        verdict.problems.append("签章无效：签章内容已被改动")
        return False
    verdict.facts.append(f"签章属于本单位（密钥 {key.key_id}），{manifest.get('quarter')}，"
                         f"打印于{manifest.get('printed_at')}，指纹 {fingerprint}")
    return True


def _check_pages(verdict: Verdict, sealed: list[str], found: list[str]) -> None:
    if len(found) != len(sealed):
        verdict.problems.append(f"页数不符：签章时共{len(sealed)}页，文件现有{len(found)}页"
                                + ("（有页被删除）" if len(found) < len(sealed) else "（有页被增加）"))
    differ = [i + 1 for i, (a, b) in enumerate(zip(sealed, found)) if a != b]
    if differ:
        verdict.problems.append("以下页面内容与签章不符（被改动或顺序被调换）：第" + "、".join(map(str, differ)) + "页")
    if len(found) == len(sealed) and not differ:
        verdict.facts.append(f"全部{len(found)}页内容与签章一致")


def _check_looks(verdict: Verdict, engine: PdfEngine, pdf: bytes, rebuilt: bytes, sealed: list[str],
                 fingerprint: str) -> None:
    """Compare what the file's pages look like with the book rebuilt from the vault: each
    page rendered at :data:`RENDER_DPI`, grey, and compared pixel by pixel (ink that
    became paper or paper that became ink). Only pages the rebuild prints as sealed (the
    same text hash) can be compared; the others are named too. What the renderer draws
    for the screen but a printer may not (or the reverse) — annotations, optional
    content, actions — the file may not have unless the rebuilt book has it."""
    if pdf == rebuilt:
        verdict.facts.append(f"文件与按本单位记录重建的台账逐字节相同：全部{len(sealed)}页版面与签章时一致")
        return
    extra = pdf_features(pdf) - pdf_features(rebuilt)
    if extra:
        verdict.problems.append(f"文件含有签章时的台账没有的{'、'.join(sorted(extra))}：打印出来可能与屏幕上显示的不同")
    rebuilt_pages, _ = engine.text(rebuilt)
    comparable = {n for n, text in enumerate(rebuilt_pages, 1)
                  if n <= len(sealed) and page_hash(text, fingerprint) == sealed[n - 1]}
    differ, unknown, same = [], [], 0
    pairs = zip(engine.render(pdf, RENDER_DPI), engine.render(rebuilt, RENDER_DPI))
    try:
        for n, (found, then) in enumerate(pairs, 1):
            if n not in comparable:
                unknown.append(n)
            elif found[:2] != then[:2] or ink_changed(found[2], then[2]) > INK_TOLERANCE:
                differ.append(n)
            else:
                same += 1
    except ValueError:
        verdict.problems.append("文件的页面无法显示，无法核对版面")
        return
    if differ:
        verdict.problems.append(f"第{page_list(differ)}页与签章时的版面不符（有内容被遮盖、隐去或添加）")
    if unknown:
        verdict.problems.append(f"第{page_list(unknown)}页无法与签章时的版面比对：按本单位现有记录重建的该页与签章时不同"
                                "（记录已改变，或本程序版本、字体与打印时不同）")
    if not differ and not unknown and not extra:
        verdict.facts.append(f"全部{same}页版面与签章时一致（文件不是打印时的原文件，已被另存，但页面未变）")


def page_list(pages: list[int]) -> str:
    """``1–3、7`` for pages 1, 2, 3 and 7."""
    runs: list[list[int]] = []
    for n in pages:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return "、".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def _check_records(session: Session, verdict: Verdict, fingerprint: str, now: dict[str, str] | None = None) -> None:
    """Name the records of the quarter changed, gone or added since printing (``now``:
    their hashes today, if already collected)."""
    seal = repo.by_fingerprint(session.vault.conn, fingerprint)
    if seal is None:
        verdict.problems.append("本数据库中没有此台账的签章记录（数据库可能从早于打印的备份恢复），无法核对记录是否改变")
        return
    manifest = seal.manifest
    if now is None:
        now = content(session, sealed_period(manifest), manifest["key_id"], manifest["printed_at"]).records
    changed = sorted(k for k in seal.records.keys() & now.keys() if seal.records[k] != now[k])
    gone = sorted(seal.records.keys() - now.keys())
    added = sorted(now.keys() - seal.records.keys())
    for label, ids in (("已改变", changed), ("已不存在", gone), ("为打印后新增", added)):
        if ids:
            verdict.problems.append(f"{len(ids)}条记录{label}：" + "、".join(describe(k) for k in ids[:20])
                                    + ("……" if len(ids) > 20 else ""))
    if not (changed or gone or added):
        verdict.facts.append(f"本季度{len(now)}条记录自打印以来均未改变")


RECORD_KINDS = {"carrier": "台账载体", "loan": "借阅记录", "copy": "复制", "outing": "携带外出", "transfer": "移交/清退",
                "destroyed": "销毁载体", "audit": "定密变更", "inventory": "清点", "missing": "下落不明",
                "incident": "泄密事件", "overdue": "逾期未还", "person": "人员建档", "leaving": "人员离岗",
                "training": "培训", "finding": "检查问题", "events": "审计事件"}


def describe(record_id: str) -> str:
    """``借阅记录 #12`` for ``loan:12``."""
    kind, _, key = record_id.partition(":")
    name = RECORD_KINDS.get(kind, kind)
    return f"{name} #{key}" if key.isdigit() else f"{name} {key}"


def _audited(session: Session, verdict: Verdict, fingerprint: str) -> Verdict:
    with session.vault.transaction() as conn:
        session.record(conn, "quarterly.verify", f"seal:{fingerprint[:16]}" if fingerprint else "",
                       result="ok" if verdict.ok else "failed", detail="；".join(verdict.problems)[:500])
    return verdict
