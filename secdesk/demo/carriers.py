"""Demo carriers (演示载体): a year of a secrecy room's intake, every type, level and
state the register knows, through the same services the clerk uses."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import CarrierDraft, CarrierType, Source
from secdesk.domain.carriers.terms import Term
from secdesk.services import carriers
from secdesk.services.session import Session

SUBJECTS = ["保密检查工作", "年度保密工作要点", "涉密人员管理", "网络安全检查", "国防科研项目",
            "重点工程进度", "干部考察材料", "应急预案修订", "专项审计", "技术方案评审",
            "试验数据汇总", "装备采购计划", "党委中心组学习", "对外合作事项", "档案清理工作"]
KINDS = ["关于{}的通知", "关于{}的报告", "{}实施方案", "{}情况汇报", "{}会议纪要", "{}的请示"]
ISSUERS = [("市国家保密局", "市保"), ("省委办公厅", "省委办"), ("市委办公室", "市委办"),
           ("本单位办公室", "办"), ("市科技局", "市科"), ("集团公司保密办", "集保")]
PLACES = ["A柜1层", "A柜2层", "B柜1层", "B柜2层", "C柜1层", "保密柜D"]
KEEPERS = ["王保密", "张红", "刘洋", "陈静"]  # demo staff: 重要, 核心, 核心, 重要
CORE_KEEPERS = ["张红", "刘洋"]  # a 绝密 carrier needs a 核心 custodian
MEDIA = {CarrierType.USB: "32GB", CarrierType.DISC: "4.7GB", CarrierType.REMOVABLE_DISK: "1TB",
         CarrierType.HARD_DISK: "500GB", CarrierType.TAPE: "60分钟"}
TERMS = {Level.TOP_SECRET: [Term.years(30), Term.default()],
         Level.SECRET: [Term.years(20), Term.years(10), Term.condition("项目验收后")],
         Level.CONFIDENTIAL: [Term.years(10), Term.months(6), Term.years(5)],
         Level.INTERNAL: [Term.none()]}
LEVEL_WEIGHTS = [(Level.TOP_SECRET, 1), (Level.SECRET, 4), (Level.CONFIDENTIAL, 8), (Level.INTERNAL, 3)]


def draft(rng: random.Random, today: date) -> tuple[CarrierDraft, int]:
    """A plausible received or self-made carrier, and how many copies arrived."""
    level = rng.choices([lv for lv, _ in LEVEL_WEIGHTS], [w for _, w in LEVEL_WEIGHTS])[0]
    ctype = rng.choices(list(CarrierType), [40, 6, 8, 3, 2, 1, 3, 1])[0]
    issuer, prefix = rng.choice(ISSUERS)
    issued = today - timedelta(days=rng.randint(5, 360))
    term = rng.choice(TERMS[level])
    if term.kind.value == "until":
        term = Term.until(issued + timedelta(days=365))
    electronic = ctype in MEDIA
    title = rng.choice(KINDS).format(rng.choice(SUBJECTS))
    copies = rng.choice([1, 1, 1, 2, 3, 5]) if not electronic else 1
    d = CarrierDraft(
        title=title + ("（电子版）" if electronic else ""), level=level, ctype=ctype, term=term,
        issue_date=issued, origin_unit=issuer,
        doc_no=(f"BM-{rng.randint(1000, 9999)} SN{rng.randint(10**7, 10**8)}" if electronic
                else f"{prefix}〔{issued.year}〕{rng.randint(1, 200)}号"),
        extent=MEDIA.get(ctype, f"{rng.randint(2, 80)}页"), scope=rng.choice(["", "", "办公室", "科研一部、办公室"]),
        no_copy=level is Level.TOP_SECRET or rng.random() < 0.1,
        source=Source.SELF_MADE if issuer == "本单位办公室" else Source.RECEIVED,
        source_detail="" if issuer == "本单位办公室" else issuer,
        custodian=rng.choice(CORE_KEEPERS if level is Level.TOP_SECRET else KEEPERS), location=rng.choice(PLACES),
    )
    if copies == 1 and level.needs_copy_number:
        d = replace(d, copy_no=1, copies_total=rng.choice([1, 2, 3]))
    return d, copies


def register_demo_carriers(session: Session, count: int, seed: int = 7) -> int:
    """Register about ``count`` carriers; void one in forty as a wrong entry."""
    rng = random.Random(seed)
    today = clock.now().date()  # the demo's day as it plays forward: nothing is issued after it
    made = 0
    while made < count:
        d, copies = draft(rng, today)
        for carrier in carriers.register(session, d, copies=copies):
            made += 1
            if rng.random() < 0.025:
                carriers.void(session, carrier.number, "登记信息有误，已重新登记")
    return made
