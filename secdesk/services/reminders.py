"""The start-of-day panel (今日提醒): what needs doing today — loans overdue or due
today; carriers out and due back, receipts outstanding, destruction batches to carry
out, terms ended; reviews due, 脱密期 ending, undertakings missing, training short; missing
carriers with the days left, incidents with their deadlines, rectification due; the
self-check, inspection and 清退 of the calendar; the account's password in its last week;
backups failed, too old, or on the database's disk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from secdesk.domain import clock
from secdesk.domain.personnel.model import Status
from secdesk.domain.roles import Permission, Role
from secdesk.domain.inventory.deadlines import days_left
from secdesk.services import accounts, backups, missing, personnel, schedule
from secdesk.services.session import Session
from secdesk.storage import carriers as carrier_rows
from secdesk.storage import audit, destructions, movements
from secdesk.storage import imports as import_rows
from secdesk.storage import incidents as incident_rows
from secdesk.storage import inspections as inspection_rows
from secdesk.storage import loans as loan_rows
from secdesk.storage import personnel as repo

HORIZON_DAYS = 30
PASSWORD_WARN_DAYS = 7
DUTY_TEXT = {"月度自查": "保密自查", "季度检查": "全面检查", "年度清退": "文件清退"}


@dataclass(frozen=True)
class Reminder:
    """One line of the panel; ``urgent`` lines are overdue."""

    kind: str
    badge: str
    name: str
    dept: str
    due: date | None
    text: str
    urgent: bool = False


def personnel_reminders(session: Session, today: date | None = None) -> list[Reminder]:
    """Reviews due within 30 days or overdue, 脱密期 ending, people without a signed
    undertaking, training below the yearly requirement — most urgent first."""
    session.require(Permission.READ_PERSONNEL, "person.read")
    today = today or clock.now().date()
    soon = today + timedelta(days=HORIZON_DAYS)
    stand = personnel.standings(session, today)
    out: list[Reminder] = []
    for p in repo.search(session.vault.conn):
        d, st = p.draft, stand[p.id]
        if p.status is Status.ON_DUTY:
            if st.review_due is None:
                out.append(Reminder("复审", p.badge, p.name, d.dept, None, "无上岗审查或复审记录", True))
            elif st.review_due <= soon:
                late = st.review_due < today
                out.append(Reminder("复审", p.badge, p.name, d.dept, st.review_due,
                                    f"复审{'已逾期' if late else '将到期'}（{st.review_due.isoformat()}）", late))
            if not st.signed:
                out.append(Reminder("承诺书", p.badge, p.name, d.dept, None, "未签订保密承诺书", True))
            if st.training_short:
                out.append(Reminder("培训", p.badge, p.name, d.dept, None,
                                    f"本年度培训{st.hours:g}学时，不足{st.required_hours:g}学时"))
        elif p.status is Status.DECLASSIFYING and p.declassify_until and p.declassify_until <= soon:
            ended = p.declassify_until <= today
            out.append(Reminder("脱密期", p.badge, p.name, d.dept, p.declassify_until,
                                ("脱密期已届满，待确认解脱" if ended else "脱密期将届满") +
                                f"（{p.declassify_until.isoformat()}）", ended))
    return sorted(out, key=lambda r: (not r.urgent, r.due or date.min, r.dept, r.name))


def lending_reminders(session: Session, today: date | None = None) -> list[Reminder]:
    """Loans overdue (red) or due today, earliest first."""
    session.require(Permission.READ_REGISTER, "loan.read")
    today = today or clock.now().date()
    out = []
    now = clock.now()
    for loan in loan_rows.open_loans(session.vault.conn, due_by=today):
        late = (today - loan.due_on).days
        evening = late == 0 and loan.overdue(now)  # a 绝密 loan not back by the evening
        text = f"{loan.number}（{loan.marking}）" + (
            f"逾期{late}天未还" if late > 0 else "当日应还未还，已逾期" if evening else "今日应还")
        out.append(Reminder("借阅", loan.badge, loan.borrower, loan.dept, loan.due_on, text, late > 0 or evening))
    return out


def lifecycle_reminders(session: Session, today: date | None = None) -> list[Reminder]:
    """Carriers carried out and due back (overdue in red), 回执 of transfers still out,
    approved destruction batches waiting to be carried out, terms that have ended, and
    labels showing a marking that has since changed."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    today = today or clock.now().date()
    out = []
    for o in movements.outings(session.vault.conn, "o.closed_at IS NULL AND o.return_on <= ?", (today.isoformat(),)):
        late = (today - o.return_on).days
        numbers = "、".join(i.number for i in o.items if i.returned_at is None)
        out.append(Reminder("外出", o.badge, o.person, o.dept, o.return_on,
                            f"{numbers} 携带外出" + (f"逾期{late}天未带回" if late > 0 else "今日应带回"), late > 0))
    for t in movements.transfers(session.vault.conn, "receipt_on IS NULL"):
        out.append(Reminder(t.kind, "", t.receiver, t.to_unit, t.on_day,
                            f"{t.number} {t.kind}{len(t.carrier_ids)}件，回执未回（{t.on_day.isoformat()}）",
                            (today - t.on_day).days > HORIZON_DAYS))
    for b in destructions.batches(session.vault.conn, ("已批准",)):
        out.append(Reminder("销毁", "", b.applicant, b.dept, b.destroy_on,
                            f"销毁批次{b.number}已批准，待销毁后登记"))
    ended = carrier_rows.term_ended_count(session.vault.conn, today)
    if ended:
        out.append(Reminder("解密审查", "", "", "", None, f"{ended}件载体保密期限已届满，待解密审查"))
    stale = carrier_rows.stale_labels(session.vault.conn)
    if stale:
        shown = "、".join(stale[:3]) + ("等" if len(stale) > 3 else "")
        out.append(Reminder("标签", "", "", "", None, f"{len(stale)}件载体密级标志已变更，标签待重印：{shown}"))
    return out + pending_reminders(session)


def pending_reminders(session: Session) -> list[Reminder]:
    """Carriers imported from an old register still lacking what registration requires
    today (份号 of 绝密/机密, 知悉范围): 待补 until completed (补登)."""
    waiting = import_rows.pending(session.vault.conn)
    if not waiting:
        return []
    copies, scopes = sum(1 for w in waiting if w[1]), sum(1 for w in waiting if w[2])
    lacks = "、".join(f"{what}{n}件" for what, n in (("份号", copies), ("知悉范围", scopes)) if n)
    shown = "、".join(w[0] for w in waiting[:3]) + ("等" if len(waiting) > 3 else "")
    return [Reminder("待补", "", "", "", None, f"{len(waiting)}件导入的载体待补登（缺{lacks}）：{shown}", False)]


def inventory_reminders(session: Session, today: date | None = None) -> list[Reminder]:
    """Missing carriers with the days left to find them, incidents with their report and
    closing deadlines, and rectification notices due."""
    session.require(Permission.READ_REGISTER, "carrier.read")
    today = today or clock.now().date()
    out = [_missing(m, today) for m in incident_rows.missing(session.vault.conn, "m.found_at IS NULL")]
    for i in incident_rows.incidents(session.vault.conn, "i.closed_at IS NULL"):
        if not i.reported_at:
            out.append(Reminder("泄密事件", "", i.carrier_number, "", today,
                                f"（{i.number}）须在{i.report_due.replace('T', ' ')[:16]}前报告", True))
        late = today > i.close_due
        out.append(Reminder("泄密事件", "", i.carrier_number, "", i.close_due,
                            f"（{i.number}）查处结案期限{i.close_due.isoformat()}" + ("，已逾期" if late else ""), late))
    for f in inspection_rows.findings(session.vault.conn, "f.notice IS NOT NULL AND f.closed_on IS NULL"):
        late = f.due_on is not None and today > f.due_on
        out.append(Reminder("整改", "", f.notice, f.dept, f.due_on,
                            f"整改期限{f.due_on.isoformat() if f.due_on else '—'}" + ("，已逾期" if late else "")
                            + ("，待复查" if f.report else ""), late))
    return out


def _missing(m, today: date) -> Reminder:
    if m.incident:
        text = f"（{m.marking}）下落不明，已按泄密事件{m.incident}处理"
        return Reminder("下落不明", "", m.number, "", m.deadline, text, True)
    if m.deadline is None:
        return Reminder("下落不明", "", m.number, "", None, f"（{m.marking}）自{m.since.isoformat()}下落不明")
    left = days_left(m.deadline, today)
    text = f"（{m.marking}）下落不明，" + (f"距查找期限还剩{left}天" if left > 0 else
                                       "今日为查找期限最后一天" if left == 0 else "已过查找期限")
    return Reminder("下落不明", "", m.number, "", m.deadline, text, left <= 3)


def schedule_reminders(session: Session, today: date | None = None) -> list[Reminder]:
    """The monthly self-check, the quarterly inspection and the yearly 清退 due soon
    (within ``schedule.warn_days``) or late (red), until recorded."""
    return [Reminder(d.period.duty.value, "", "", "", d.period.due, _duty_text(d), d.late)
            for d in schedule.open_duties(session, today)]


def _duty_text(duty: schedule.OpenDuty) -> str:
    """``2026年5月保密自查尚未登记（截止2026-05-31，还剩5天）`` or ``…未登记，已逾期（…）``."""
    p, due = duty.period, duty.period.due.isoformat()
    if duty.late:
        return f"{p.label}{DUTY_TEXT[p.duty]}未登记，已逾期（截止{due}）"
    left = "今日截止" if duty.days_left == 0 else f"还剩{duty.days_left}天"
    return f"{p.label}{DUTY_TEXT[p.duty]}尚未登记（截止{due}，{left}）"


def password_reminders(session: Session, today: date | None = None) -> list[Reminder]:
    """The signed-in account's own password in its last week (口令定期更换)."""
    left = accounts.password_days_left(session, today)
    if left is None or left > PASSWORD_WARN_DAYS:
        return []
    due = (today or clock.now().date()) + timedelta(days=left)
    change = "请在“账户”菜单中修改口令"
    text = (f"本账户口令今日到期，{change}" if left == 0 else f"本账户口令已过期，{change}" if left < 0 else
            f"本账户口令还剩{left}天到期（{due.isoformat()}），{change}")
    return [Reminder("口令", "", "", "", due, text, left < 0)]


def start_of_day(session: Session, today: date | None = None) -> list[Reminder]:
    """Open the incidents now due (for a session that may), then today's reminders."""
    if session.actor.can(Permission.READ_REGISTER):
        missing.escalate_due(session, today)
    return today_reminders(session, today)


RESET_DAYS = 7  # how long a password reset of one of the 三员 stays on the panel


def reset_reminders(session: Session, today: date | None = None) -> list[Reminder]:
    """For the 三员 (administrator, officer, auditor): passwords reset in the last week and
    whether the account has signed in since — one administrator must not quietly become
    another account."""
    if not session.actor.roles & {Role.ADMIN, Role.OFFICER, Role.AUDITOR}:
        return []
    today = today or clock.now().date()
    since = (today - timedelta(days=RESET_DAYS)).isoformat()
    out = []
    for seq, at, by, target, detail in audit.resets_since(session.vault.conn, since):
        name = target.removeprefix("account:")
        signed = audit.signed_in_after(session.vault.conn, name, seq)
        text = (f"账户{name}的口令于{at[:16].replace('T', ' ')}由{by}重置" + (f"（{detail}）" if detail else "")
                + ("，其后已首次登录" if signed else "，尚未登录") + "；若非本人申请，请立即核查")
        out.append(Reminder("账户", "", name, "", date.fromisoformat(at[:10]), text, True))
    return out


def backup_reminders(session: Session, today: date | None = None) -> list[Reminder]:
    """The last automatic backup failed (red, for everyone: the clerk is the one at the PC);
    the newest verified backup is older than ``backup.warn_days`` (or there is none yet
    after that many days); and, for whoever sets the backup folder, that folder shares
    the database's disk."""
    today = today or clock.now().date()
    st = backups.status(session)
    ask = "请系统管理员检查备份文件夹（设置）后立即备份"
    out = []
    if st.failed_at:
        out.append(Reminder("备份", "", "", "", today, f"{st.failed_at[:16].replace('T', ' ')}自动备份失败："
                            f"{st.failed_reason}；{ask}", True))
    if st.newest is not None and (today - st.newest.date()).days > st.warn_days:
        out.append(Reminder("备份", "", "", "", st.newest.date(), f"最新的已校验备份是{(today - st.newest.date()).days}天前"
                            f"（{st.newest:%Y-%m-%d %H:%M}）的，已超过{st.warn_days}天；{ask}", True))
    elif st.newest is None and st.since is not None and (today - st.since).days > st.warn_days:
        out.append(Reminder("备份", "", "", "", today, f"本数据库还没有已校验的备份；{ask}", True))
    if st.same_disk and session.actor.can(Permission.SYSTEM_SETTINGS):
        out.append(Reminder("备份", "", "", "", None, f"备份文件夹 {st.folder} 与数据库在同一磁盘上，磁盘损坏时备份将一并丢失；"
                            "请在“设置”中把备份文件夹改到另一块磁盘或专用的涉密移动存储介质上"))
    return out


def today_reminders(session: Session, today: date | None = None) -> list[Reminder]:
    """Everything the panel shows for this role: loans and carriers, the inspection
    calendar, then personnel; and the account's own password in its last week."""
    out = password_reminders(session, today) + reset_reminders(session, today) + backup_reminders(session, today)
    if session.actor.can(Permission.READ_REGISTER):
        out += (lending_reminders(session, today) + lifecycle_reminders(session, today)
                + inventory_reminders(session, today) + schedule_reminders(session, today))
    if session.actor.can(Permission.READ_PERSONNEL):
        out += personnel_reminders(session, today)
    return sorted(out, key=lambda r: (not r.urgent, r.due or date.min, r.dept, r.name))
