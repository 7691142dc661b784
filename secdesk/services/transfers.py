"""Transfer (移交) to another unit and return (清退) to the issuer, with a 回执.

A batch of carriers 在库 is handed to a receiver, with a witness (监交人); the carriers
become 已移交 / 已清退 at once, and the batch stays "回执未回" until the receipt signed by
the receiver is back and recorded. The yearly 清退 list gathers the carriers received
from one issuer and in the room (one out or missing cannot go back yet). A 清退 goes back
to the carriers' issuer; another receiving unit needs the security officer's consent
with a written reason (account, password, reason), recorded in the audit event. The
carriers travel by 专人送达, 机要交通 or 机要通信 (the channel is recorded); post or a
courier is refused and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from secdesk.domain import clock
from secdesk.domain.carriers.model import Carrier, Source, State
from secdesk.domain.errors import InvalidInput
from secdesk.domain.lending.rules import Refused
from secdesk.domain.lifecycle.rules import Channel, TransferKind
from secdesk.domain.lifecycle.rules import channel as checked_channel
from secdesk.domain.roles import Permission
from secdesk.domain import validate
from secdesk.domain.validate import day_in_range
from secdesk.services import carriers
from secdesk.services.lending import Override, check_texts, officer_consent
from secdesk.services.session import Session
from secdesk.storage import carriers as carrier_rows
from secdesk.storage import movements as repo
from secdesk.storage.movements import TransferRow
from secdesk.storage.numbering import next_form_number

CLEARABLE = (State.IN_ROOM,)  # the yearly 清退 list: not what is out (借出, 外出) or 下落不明


@dataclass(frozen=True)
class TransferRequest:
    """Which carriers go to whom, handed over by whom, witnessed by whom."""

    kind: TransferKind
    numbers: tuple[str, ...]
    to_unit: str  # 接收单位 (the issuer, for 清退)
    receiver: str  # 接收人
    handed_by: str  # 移交人 / 清退人
    witness: str = ""  # 监交人
    remarks: str = ""
    on: date | None = None
    channel: str = Channel.BY_HAND.value  # 传递方式: 专人送达 / 机要交通 / 机要通信, never post
    officer: Override | None = None  # 清退 to another unit than the issuer: the officer's consent and reason


def _channel(session: Session, request: TransferRequest) -> Channel:
    """The lawful channel of the request; a refusal (post, a courier) is audited."""
    try:
        return checked_channel(request.channel)
    except InvalidInput as exc:
        session.record_failure("transfer.refused", "carrier:" + "、".join(request.numbers), exc.zh)
        raise


def transfer(session: Session, request: TransferRequest) -> TransferRow:
    """Hand the carriers over; they are 已移交/已清退 and the 回执 is outstanding."""
    kind = request.kind
    session.require(Permission.WRITE_REGISTER, "transfer.create")
    missing = [label for label, v in (("接收单位", request.to_unit), ("接收人", request.receiver),
                                      (f"{kind.value}人", request.handed_by)) if not v.strip()]
    if missing:
        raise InvalidInput(kind.value, f"请填写：{'、'.join(missing)}", f"fill in: {', '.join(missing)}")
    validate.notes(("接收单位", request.to_unit), ("接收人", request.receiver), (f"{kind.value}人", request.handed_by),
                   ("监交人", request.witness), ("备注", request.remarks))
    check_texts(None, request.officer)
    if not request.numbers:
        raise InvalidInput("载体编号", f"请扫描或输入要{kind.value}的载体", f"list the carriers to {kind.name.lower()}")
    day_in_range("日期", request.on)
    channel = _channel(session, request)
    listed = [carriers.find(session, n) for n in request.numbers]
    if len({c.id for c in listed}) != len(listed):
        raise InvalidInput("载体编号", "同一载体重复列出", "a carrier is listed twice")
    conn = session.vault.conn
    try:
        for carrier in listed:
            carriers.check_free(conn, carrier, kind.value)
        officer = _other_receiver(session, request, listed)
    except Refused as exc:
        session.record_failure("transfer.refused", f"carrier:{carrier.number}", exc.zh)
        raise
    consent = {"officer": officer, "reason": request.officer.reason.strip()} if officer else {}
    on, stamp = request.on or clock.now().date(), clock.stamp()
    with session.vault.transaction() as conn:
        number = next_form_number(conn, kind.prefix, on.year)
        repo.insert_transfer(
            conn, [c.id for c in listed], number=number, kind=kind.value, to_unit=request.to_unit.strip(),
            receiver=request.receiver.strip(), witness=request.witness.strip(), handed_by=request.handed_by.strip(),
            remarks=request.remarks.strip(), on_day=on, at=stamp, clerk=session.actor.name, channel=channel.value)
        for carrier in listed:
            carrier_rows.update(conn, carrier.id, state=kind.state.value)
            carrier_rows.log_state(conn, carrier.id, stamp, kind.state, f"transfer.{kind.name.lower()}")
            session.record(conn, "transfer.create", f"carrier:{carrier.number}",
                           before={"state": State.IN_ROOM.value},
                           after={"state": kind.state.value, "sheet": number, "channel": channel.value,
                                  **consent},
                           detail=f"{kind.value}至{request.to_unit.strip()}，接收人{request.receiver.strip()}，"
                                  f"{channel.value}" + (f"；非发文单位，安全保密管理员{officer}确认："
                                                        f"{consent['reason']}" if officer else ""))
    return get(session, number)


def issuers_of(carrier: Carrier) -> set[str]:
    """The units a carrier goes back to on 清退: its 制作发文单位, or the 来源 it came from."""
    return {x.strip() for x in (carrier.draft.origin_unit, carrier.draft.source_detail) if x.strip()}


def _other_receiver(session: Session, request: TransferRequest, listed: list[Carrier]) -> str:
    """The officer consenting to a 清退 to a unit other than a carrier's issuer ("" when
    every carrier goes back to its issuer, and for a 移交); without that consent such a
    清退 is refused, naming the issuers."""
    to_unit = request.to_unit.strip()
    others = [c for c in listed if request.kind is TransferKind.RETURN and to_unit not in issuers_of(c)]
    if not others:
        return ""
    if request.officer is None:
        issued = "、".join(sorted({unit for c in others for unit in issuers_of(c)})) or "（未登记发文单位）"
        raise Refused("other_receiver",
                      f"清退应交回发文单位（{issued}）；交给{to_unit}须由安全保密管理员当场确认并写明理由："
                      f"{'、'.join(c.number for c in others)}",
                      "a return goes back to the issuer; another receiver needs the officer's consent and a reason")
    return officer_consent(session, request.officer)


def record_receipt(session: Session, number: str, received_on: date | None = None, note: str = "") -> TransferRow:
    """The 回执 signed by the receiver is back: the batch is no longer outstanding."""
    session.require(Permission.WRITE_REGISTER, "transfer.receipt", f"transfer:{number}")
    validate.note("回执说明", note)
    row = get(session, number)
    if not row.outstanding:
        raise InvalidInput("回执", f"{row.number} 的回执已于{row.receipt_on.isoformat()}登记",
                           f"the receipt of {row.number} is already recorded")
    on = received_on or clock.now().date()
    if on < row.on_day or on > clock.now().date():
        raise InvalidInput("回执日期", f"回执日期应在{row.on_day.isoformat()}至今天之间",
                           "the receipt date must be between the hand-over and today")
    with session.vault.transaction() as conn:
        repo.record_receipt(conn, row.id, on, note.strip(), session.actor.name)
        session.record(conn, "transfer.receipt", f"transfer:{row.number}", before={"receipt": "outstanding"},
                       after={"receipt": on.isoformat()}, detail=note.strip())
    return get(session, number)


def get(session: Session, number: str) -> TransferRow:
    """One transfer or return by its number (YJ-2026-001 / QT-2026-001)."""
    session.require(Permission.READ_REGISTER, "transfer.read")
    found = repo.transfers(session.vault.conn, "number = ?", (number.strip(),))
    if not found:
        raise InvalidInput("移交编号", f"没有编号为“{number.strip()}”的移交或清退记录", f"no transfer {number!r}")
    return found[0]


def list_transfers(session: Session, outstanding: bool = False) -> list[TransferRow]:
    """Transfers and returns, newest first; only those whose 回执 is still out when asked."""
    session.require(Permission.READ_REGISTER, "transfer.read")
    return repo.transfers(session.vault.conn, "receipt_on IS NULL" if outstanding else "")


def carriers_of(session: Session, row: TransferRow) -> list[Carrier]:
    """The carriers of a transfer, in the order listed."""
    session.require(Permission.READ_REGISTER, "transfer.read")
    return [carrier_rows.by_id(session.vault.conn, cid) for cid in row.carrier_ids]


def clearance_list(session: Session, issuer: str, year: int) -> list[Carrier]:
    """The yearly 清退 list: carriers received from ``issuer`` (制作发文单位 or 来源) up to the
    end of ``year`` and in the room (在库: not 借出, 外出 or 下落不明), by number."""
    session.require(Permission.READ_REGISTER, "transfer.read")
    issuer = issuer.strip()
    if not issuer:
        raise InvalidInput("发文单位", "请填写发文单位", "name the issuer")
    states = tuple(s.value for s in CLEARABLE)
    ids = repo.received_and_held(session.vault.conn, Source.RECEIVED.value, issuer, states, f"{year + 1}-01-01")
    return [carrier_rows.by_id(session.vault.conn, i) for i in ids]


def issuers(session: Session) -> list[str]:
    """The issuing units of carriers received and in the room (to choose a 清退 list)."""
    session.require(Permission.READ_REGISTER, "transfer.read")
    return repo.issuers_held(session.vault.conn, Source.RECEIVED.value, tuple(s.value for s in CLEARABLE))
