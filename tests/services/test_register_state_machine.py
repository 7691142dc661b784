"""Issue 15, "Must show": a state machine over people, accounts, carriers and every movement.

Each rule does what the clerk or the officer does at the PC, through the real services:
lend, return, carry out, bring back, mark missing, found (the same day, or after a long
search, the start of that day having escalated what was due), escalate past the search
deadline, destruction (draft, approve — at once or later, by officer1 or by whoever is
signed in — execute with two 监销人, cancel), transfer and return to the issuer (清退),
copying, the officer recording a person's leaving or changing what they may approve, and
the clock moving on. The accounts are clerk1 (保密员), officer1 (安全保密管理员) and duty1, a
small unit's clerk who is also the officer; one session at a time, so an approval by
another account signs the current one out. A refusal by the rules (any SecdeskError) is a
legal outcome: it is tallied, and nothing may have changed for the carriers it concerned
(nor for the batch or person it concerned). Any other exception fails the test.

After every step, for every carrier of the example:
(a) its state agrees with its open records: 借出 ⇔ exactly one open loan, 外出 ⇔ an open
    outing, 下落不明 ⇔ an open missing record, 已销毁 ⇔ on an executed batch, 已移交/已清退 ⇔
    on a transfer of that kind; a carrier lent or out when it went missing is recorded so;
(b) no carrier is 在库 while a loan, an outing or a missing record is still open;
(c) no 绝密 carrier is 外出, nor on any outing;
(d) every loan, outing and copy recorded since the last step names, for each 密级 it covers
    that needs an approval, an approver who then held the authority that level needs (a
    保密办 leader whose file lists the level, or where the department head suffices, the
    head of the applicant's department), on duty, vetted, cleared, not the applicant and
    not the drafting account's own name; an approved destruction batch was approved by an
    officer account other than the one that drafted it;
(e) a person who has left holds nothing, and a carrier under an open 泄密事件 is not closed
    (destroyed, transferred, returned).
Each movement also checks what the clerk would see at once (lent to a cleared person on
duty with no overdue loan and inside the 知悉范围 unless overridden; found in the state it
was in; destroyed with two 监销人 fit for the level; 清退 to another unit only with the
officer's consent; every carrier past its search deadline reported as a 泄密事件).

Vaults are slow to make and have one session at a time, so one vault serves
EXAMPLES_PER_VAULT examples (a fresh one after that keeps the file small: every sign-in
checks the whole file). Each example gets its own people (opened by the officer) and
carriers (registered beforehand, never touched), so it starts clean and its outcome does
not depend on the examples before it. The standing people only approve, supervise or
apply for copies: they never hold a carrier. ``HYPOTHESIS_PROFILE=long`` runs the long
profile; both are derandomized, so CI sees the same examples every run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    multiple,
    precondition,
    rule,
    run_state_machine_as_test,
)

from secdesk.domain import clock
from secdesk.domain.carriers.levels import Level
from secdesk.domain.carriers.model import State
from secdesk.domain.errors import SecdeskError
from secdesk.domain.inventory.deadlines import is_incident
from secdesk.domain.lending.rules import ApprovalBy
from secdesk.domain.lifecycle.rules import BatchState, Channel, Method, TransferKind
from secdesk.domain.personnel.model import Clearance, PersonDraft, Status
from secdesk.domain.roles import PERMISSIONS, Permission, Role
from secdesk.services import copying, destruction, lending, missing, outings, personnel, transfers
from secdesk.services import carriers as carrier_service
from secdesk.services import settings as settings_service
from secdesk.services.copying import CopyRequest
from secdesk.services.destruction import BatchDraft, Confirmation
from secdesk.services.lending import Approval, Override
from secdesk.services.outings import OutingRequest
from secdesk.services.session import sign_in
from secdesk.services.transfers import TransferRequest
from secdesk.storage import carriers as carrier_rows
from secdesk.storage import destructions as batch_rows
from secdesk.storage import incidents as incident_rows
from secdesk.storage import loans as loan_rows
from secdesk.storage import movements as movement_rows
from secdesk.storage.keyfile import KdfParams
from tests.conftest import USER_PASSWORD
from tests.lending_world import BASE, CARRIERS, build_world

# -- settings profiles -----------------------------------------------------------------------

# Named for this test, so that loading them never changes the other Hypothesis tests' settings.
_COMMON = dict(deadline=None, derandomize=True, database=None, print_blob=False,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                      HealthCheck.function_scoped_fixture])
settings.register_profile("register-state-machine", max_examples=2_000, stateful_step_count=10, **_COMMON)
settings.register_profile("register-state-machine-long", max_examples=10_000, stateful_step_count=20, **_COMMON)
PROFILE = "register-state-machine" + ("-long" if os.environ.get("HYPOTHESIS_PROFILE") == "long" else "")


@pytest.fixture
def kdf() -> KdfParams:
    """One Argon2id lane: the conftest's four start threads at every sign-in, which on a busy
    machine costs more than the rest of a sign-in; this test signs in thousands of times."""
    return KdfParams(memory_kib=8, iterations=1, lanes=1)


@pytest.fixture
def vault_folder(tmp_path):
    """Where the run's vaults live: in memory (/dev/shm) where the system has it, since
    every commit of a vault waits for the disk (synchronous=FULL) and this test commits
    tens of thousands of times; else the test's own folder."""
    shm = Path("/dev/shm")
    if not (shm.is_dir() and os.access(shm, os.W_OK)):
        yield tmp_path
        return
    folder = Path(tempfile.mkdtemp(prefix="secdesk-register-", dir=shm))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- the world -------------------------------------------------------------------------------

TZ = timezone(timedelta(hours=8))
START = datetime(2026, 3, 2, 9, 0, tzinfo=TZ)  # every example starts on a Monday morning
VETTED_ON = date(2026, 1, 5)

# account: (full name, roles). duty1 is a small unit's clerk who is also the officer.
ACCOUNTS = {
    "clerk1": ("王保密", frozenset({Role.CLERK})),
    "officer1": ("李主任", frozenset({Role.OFFICER})),
    "duty1": ("周兼任", frozenset({Role.CLERK, Role.OFFICER})),
}
EVERY_LEVEL = frozenset(Level)
# Opened once, never hold a carrier: they approve, supervise and apply for copies.
# (build_world adds core 张红, important 陈静, general 孙丽, head 李主任 and left 何伟.)
STANDING = {  # key: (name, dept, clearance, approves, vetted)
    "clerk_namesake": ("王保密", "办公室", Clearance.CORE, EVERY_LEVEL, True),  # clerk1's own name
    "duty_namesake": ("周兼任", "保密办", Clearance.CORE, EVERY_LEVEL, True),  # duty1's own name
    "unvetted": ("吴未审", "办公室", Clearance.CORE, EVERY_LEVEL, False),
}
# Opened afresh for every example: they borrow, carry out, leave, and gain or lose authority.
EXAMPLE_PEOPLE = {  # key: (name, dept, clearance, approves, head_of)
    "b_core": ("赵晓核", "科研一部", Clearance.CORE, frozenset(), ""),
    "b_imp": ("钱晓重", "科研一部", Clearance.IMPORTANT, frozenset(), ""),
    "b_gen": ("孙晓般", "科研二部", Clearance.GENERAL, frozenset(), ""),
    "deputy": ("吴副主任", "科研二部", Clearance.IMPORTANT, frozenset(), "科研一部"),  # heads 科研一部
}
EXAMPLE_CARRIERS = {
    "top": CARRIERS["top"],  # 绝密
    "secret": CARRIERS["secret"],  # 机密
    "confidential": CARRIERS["confidential"],  # 秘密
    "scoped": CARRIERS["scoped"],  # 秘密, 知悉范围 科研一部
    "internal": CARRIERS["internal"],  # 内部, U盘
    "issued": replace(BASE, title="上级来文", origin_unit="省保密局"),  # 秘密, to go back to its issuer
}
ISSUER = "省保密局"
EXAMPLES_PER_VAULT = 30

PERSISTENT_KEYS = ("head", "core", "important", "general", "left", *STANDING)
EXAMPLE_KEYS = tuple(EXAMPLE_PEOPLE)
CARRIER = st.sampled_from(sorted(EXAMPLE_CARRIERS))
CARRIERS_LISTED = st.lists(CARRIER, min_size=1, max_size=2, unique=True)
HOLDER = st.sampled_from((*EXAMPLE_KEYS, "left"))  # who may be handed a carrier
ANYONE = st.sampled_from((*EXAMPLE_KEYS, *PERSISTENT_KEYS))
# Mostly someone who may approve everything, so that movements get done; now and then anyone.
APPROVER = st.sampled_from(("head",) * 5 + ("deputy",) * 2 + (None, *EXAMPLE_KEYS, *PERSISTENT_KEYS[1:]))
# Half the time two people fit to supervise anything; else any two (or one named twice).
SUPERVISORS = st.sampled_from((("head", "core"), ("core", "duty_namesake"))) | st.tuples(ANYONE, ANYONE)
OFFICER_CONSENT = st.sampled_from((None,) * 6 + ("officer1", "duty1"))
AUTHORITY = st.sampled_from((frozenset(), frozenset({Level.INTERNAL}),
                             frozenset({Level.CONFIDENTIAL, Level.INTERNAL}),
                             frozenset({Level.SECRET, Level.CONFIDENTIAL, Level.INTERNAL}), EVERY_LEVEL))
FILE_CHANGE = st.just("离岗") | st.tuples(AUTHORITY, st.sampled_from(("", "科研一部", "科研二部")))

# What every run must have managed at least once (the clerk could lend, ...).
MOVEMENTS = ("lend", "give_back", "carry_out", "bring_back", "mark_missing", "found", "escalate",
             "draft_batch", "approve_batch", "execute_batch", "transfer", "leave", "copy", "change_authority")
tally: Counter = Counter()


@dataclass
class Filed:
    """A person as the officer filed them, and where they stand now (the model)."""

    key: str
    id: int
    badge: str
    name: str
    dept: str
    clearance: Clearance
    approves: frozenset
    head_of: str
    vetted: bool
    on_duty: bool = True


@dataclass
class Held:
    """A carrier of the example."""

    key: str
    id: int
    number: str
    level: Level


@dataclass
class World:
    """One vault: the account signed in, the standing people, the approval settings, and
    the fresh people and carriers waiting for the examples still to run on it."""

    handle: object
    account: str
    people: dict[str, Filed]
    needs: dict[tuple[str, Level], ApprovalBy]  # (lend/carry_out/copy, level) -> who approves
    pool: list[tuple[dict[str, Filed], dict[str, Held]]]

    @property
    def session(self):
        return self.handle.session

    def as_account(self, name: str) -> None:
        """Sign the current account out and ``name`` in (one session at a time)."""
        if name == self.account:
            return
        self.handle.close()
        self.handle.session = sign_in(self.handle.db_path, name, self.handle.passwords[name], kdf=self.handle.kdf)
        self.account = name


def in_scope(carrier: "Held", person: Filed) -> bool:
    """The person is inside the carrier's 知悉范围 (this world's scopes name a department)."""
    scope = EXAMPLE_CARRIERS[carrier.key].scope
    return not scope or scope == person.dept


def filed(key: str, person, vetted: bool) -> Filed:
    d = person.draft
    return Filed(key, person.id, person.badge, d.name, d.dept, d.clearance, d.approves, d.head_of, vetted,
                 person.status is Status.ON_DUTY)


def open_world(handle, examples: int) -> World:
    """The accounts, the standing people, the approval settings (秘密 carried out and 内部
    copied with the department head's approval; 内部 lent without one), and for each of
    ``examples`` examples its own people (opened by officer1) and carriers (registered by
    duty1, who stays signed in)."""
    for name, (full_name, roles) in ACCOUNTS.items():
        handle.add_user(name, *roles, full_name=full_name)
    base = build_world(handle)  # officer1 opens the files, clerk1 registers; 内部 lent without approval
    handle.close()
    officer = handle.sign_in("officer1")
    settings_service.change_setting(officer, "carry_out.approval.秘密", 1)  # the department head suffices
    settings_service.change_setting(officer, "copying.approval.内部", 1)
    people = {key: filed(key, person, True) for key, person in base.people.items()}
    for key, (name, dept, clearance, approves, vetted) in STANDING.items():
        draft = PersonDraft(name, dept, clearance, approves=approves,
                            **({"vetted_on": VETTED_ON, "vetting_result": "合格"} if vetted else {}))
        people[key] = filed(key, personnel.add_person(officer, draft, undertaking_on=VETTED_ON if vetted else None),
                            vetted)
    values = officer.settings()
    needs = {}
    for level in Level:
        for action, prefix in (("lend", "lending"), ("carry_out", "carry_out"), ("copy", "copying")):
            key = f"{prefix}.approval.{level.value}"
            needs[action, level] = ApprovalBy(values[key]) if key in values else ApprovalBy.OFFICER
    with clock.replaced(lambda: START):
        staff = [{key: filed(key, personnel.add_person(officer, PersonDraft(
                    name, dept, clearance, vetted_on=VETTED_ON, vetting_result="合格", approves=approves,
                    head_of=head_of), undertaking_on=VETTED_ON), True)
                  for key, (name, dept, clearance, approves, head_of) in EXAMPLE_PEOPLE.items()}
                 for _ in range(examples)]
        handle.close()
        clerk = handle.sign_in("duty1")
        # Each kind of carrier as one document received in as many copies as examples: one
        # registration each, and every example gets copies nobody has touched.
        made = {key: carrier_service.register(clerk, draft, copies=examples) for key, draft in EXAMPLE_CARRIERS.items()}
        held = [{key: Held(key, made[key][i].id, made[key][i].number, made[key][i].draft.level) for key in made}
                for i in range(examples)]
    return World(handle, "duty1", people, needs, list(zip(staff, held)))


class Vaults:
    """Hands every example a vault with its own fresh people and carriers; a new vault
    every EXAMPLES_PER_VAULT examples keeps the file small (each sign-in checks all of it)."""

    def __init__(self, new_vault, folder) -> None:
        self.new_vault, self.folder, self.made, self.world = new_vault, folder, 0, None

    def next_example(self):
        if self.world is None or not self.world.pool:
            if self.world is not None:
                self.world.handle.close()
            self.made += 1
            self.world = open_world(self.new_vault(self.folder / f"vault{self.made}"), EXAMPLES_PER_VAULT)
        people, held = self.world.pool.pop()
        return self.world, people, held


@dataclass
class Batch:
    number: str
    created_by: str  # the account that drafted it
    listed: list[str] = field(default_factory=list)  # the example's carriers it lists
    approved_by: str | None = None  # the account whose approval succeeded


@dataclass
class Facts:
    """What the register says of one carrier: its state and its open records."""

    state: State
    hold: str  # 归还时发现问题, waiting for the officer
    open_loans: int
    outing: str | None  # the open outing it is on
    lost: tuple | None  # its open missing record: (id, state before, since)
    batch: str | None  # the open destruction batch it is listed on
    executed: bool  # on an executed destruction batch
    handed: tuple[str, ...]  # the kinds of the transfers it is on
    incident: str | None  # its open 泄密事件

    @property
    def snapshot(self) -> tuple:
        return (self.state, self.hold, self.open_loans, self.outing, self.lost, self.batch)


def read_facts(conn, ids) -> dict[int, Facts]:
    """The facts of the carriers ``ids``, read from the register in one go: a record is open
    on the conditions the storage layer uses (loans.open_for_carrier, movements.open_outing_of,
    incidents.open_missing_of, destructions.open_batch_of, incidents.open_incident_of)."""
    ids = tuple(ids)
    if not ids:
        return {}
    where = f"IN ({', '.join('?' * len(ids))})"

    def pairs(sql: str) -> dict:
        return {r[0]: (r[1] if len(r) == 2 else tuple(r[1:])) for r in conn.execute(sql, ids)}

    loans = pairs(f"SELECT carrier_id, COUNT(*) FROM loans WHERE returned_at IS NULL AND carrier_id {where} "
                  "GROUP BY carrier_id")
    out_on = pairs("SELECT i.carrier_id, o.number FROM outing_items i JOIN outings o ON o.id = i.outing_id "
                   f"WHERE i.returned_at IS NULL AND i.carrier_id {where}")
    lost = pairs("SELECT carrier_id, id, previous_state, since FROM missing "
                 f"WHERE found_at IS NULL AND carrier_id {where}")
    listed = pairs("SELECT i.carrier_id, d.number FROM destruction_items i JOIN destructions d ON d.id = i.batch_id "
                   f"WHERE d.state IN ('草稿', '已批准') AND i.carrier_id {where}")
    executed = pairs("SELECT i.carrier_id, d.number FROM destruction_items i JOIN destructions d ON d.id = i.batch_id "
                     f"WHERE d.state = '已执行' AND i.carrier_id {where}")
    handed: dict[int, tuple] = {}
    for cid, kind in conn.execute("SELECT i.carrier_id, t.kind FROM transfer_items i JOIN transfers t "
                                  f"ON t.id = i.transfer_id WHERE i.carrier_id {where}", ids):
        handed[cid] = (*handed.get(cid, ()), kind)
    incidents = pairs(f"SELECT carrier_id, number FROM incidents WHERE closed_at IS NULL AND carrier_id {where}")
    return {cid: Facts(State(state), hold, loans.get(cid, 0), out_on.get(cid), lost.get(cid), listed.get(cid),
                       cid in executed, handed.get(cid, ()), incidents.get(cid))
            for cid, state, hold in conn.execute(f"SELECT id, state, lend_hold FROM carriers WHERE id {where}", ids)}


class RegisterMachine(RuleBasedStateMachine):
    lent = Bundle("lent")  # carriers lent (as far as the clerk knows)
    out = Bundle("out")  # carriers carried out
    lost = Bundle("lost")  # carriers registered missing
    drafts = Bundle("drafts")  # destruction batches drafted
    approved = Bundle("approved")  # destruction batches approved

    def __init__(self, vaults: Vaults) -> None:
        super().__init__()
        self.w, example_people, self.carriers = vaults.next_example()
        self.w.as_account("duty1")  # every example starts with the small unit's clerk-and-officer at the desk
        self.people = {**self.w.people, **example_people}
        self.by_id = {p.id: p for p in self.people.values()}
        self.by_name = {p.name: p for p in self.people.values()}  # every name in this world is distinct
        self.copies: list[Held] = []
        self.batches: list[Batch] = []
        self.before_missing: dict[int, State] = {}
        conn = self.conn
        self.marks = {table: conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
                      for table in ("loans", "outings", "copy_jobs", "transfers")}
        self.now = START
        self._clock = clock.replaced(lambda: self.now)
        self._clock.__enter__()

    def teardown(self) -> None:
        self._clock.__exit__(None, None, None)

    # -- helpers ---------------------------------------------------------------------------

    @property
    def session(self):
        return self.w.session

    @property
    def conn(self):
        return self.w.session.vault.conn

    def can(self, permission: Permission) -> bool:
        return any(permission in PERMISSIONS[r] for r in ACCOUNTS[self.w.account][1])

    def at_clerk_desk(self) -> None:
        """The register's work is the clerk's: officer1 signed in makes way for clerk1."""
        if not self.can(Permission.WRITE_REGISTER):
            self.w.as_account("clerk1")

    def held(self) -> list[Held]:
        return [*self.carriers.values(), *self.copies]

    def number(self, cid: int) -> str:
        return next((c.number for c in self.held() if c.id == cid), f"carrier #{cid}")

    def facts(self, ids) -> dict[int, Facts]:
        return read_facts(self.conn, ids)

    def snapshots(self, ids) -> dict[int, tuple]:
        return {cid: f.snapshot for cid, f in read_facts(self.conn, ids).items()}

    def state_of(self, cid: int) -> State:
        return carrier_rows.by_id(self.conn, cid).state

    def attempt(self, action: str, cids, call, probe=None):
        """Run ``call``; a refusal by the rules changes nothing for ``cids`` (nor ``probe()``)."""
        before = self.snapshots(cids)
        probed = probe() if probe else None
        try:
            result = call()
        except SecdeskError as exc:
            tally[action, "refused"] += 1
            after = self.snapshots(cids)
            for cid, was in before.items():
                now = after[cid]
                assert now == was, f"{action} was refused ({exc}) yet {self.number(cid)} changed: {was} -> {now}"
            if probe:
                assert probe() == probed, f"{action} was refused ({exc}) yet {probed} became {probe()}"
            return None
        tally[action, "done"] += 1
        return result

    def approval(self, approver: str | None) -> Approval | None:
        return Approval(self.people[approver].badge, "审批-2026-07") if approver else None

    def consent(self, officer: str | None) -> Override | None:
        return Override(officer, USER_PASSWORD, "工作需要，当场确认") if officer else None

    def batch_state(self, number: str) -> str:
        return batch_rows.by_number(self.conn, number).state

    # -- accounts and time -----------------------------------------------------------------

    @rule(hours=st.sampled_from((1, 9, 24, 72, 240)))
    def time_passes(self, hours):
        self.now += timedelta(hours=hours)

    # -- lending ---------------------------------------------------------------------------

    @rule(target=lent, carrier=CARRIER, borrower=HOLDER, approver=APPROVER, officer=OFFICER_CONSENT)
    def lend(self, carrier, borrower, approver, officer):
        self.at_clerk_desk()
        c, p = self.carriers[carrier], self.people[borrower]
        overdue = [r.number for r in loan_rows.open_loans(self.conn, p.id) if r.overdue(self.now)]
        loan = self.attempt("lend", [c.id], lambda: lending.lend(
            self.session, c.number, p.badge, self.approval(approver), override=self.consent(officer)))
        if loan is None:
            return multiple()
        assert self.state_of(c.id) is State.LENT, f"{c.number} lent but shown {self.state_of(c.id).value}"
        assert loan.person_id == p.id
        assert p.on_duty and p.clearance.may_read(c.level), \
            f"{c.number} ({c.level.value}) lent to {p.name} ({p.clearance.value}, on duty: {p.on_duty})"
        assert not overdue, f"{c.number} lent to {p.name}, who still holds overdue {overdue}"
        assert in_scope(c, p) or loan.overridden_by, \
            f"{c.number} lent outside its 知悉范围 to {p.name} without an override"
        return carrier

    @rule(carrier=consumes(lent))
    def give_back(self, carrier):
        self.at_clerk_desk()
        c = self.carriers[carrier]
        if self.attempt("give_back", [c.id], lambda: lending.give_back(self.session, c.number, whole=True)):
            assert self.state_of(c.id) is State.IN_ROOM, f"{c.number} returned but shown {self.state_of(c.id).value}"

    # -- carrying out ----------------------------------------------------------------------

    @rule(target=out, listed=CARRIERS_LISTED, person=HOLDER, approver=APPROVER, days=st.sampled_from((0, 2, 5)),
          officer=OFFICER_CONSENT)
    def carry_out(self, listed, person, approver, days, officer):
        self.at_clerk_desk()
        held, p = [self.carriers[k] for k in listed], self.people[person]
        request = OutingRequest(tuple(c.number for c in held), p.badge, "市保密局会议室", "汇报工作",
                                self.now.date() + timedelta(days=days), self.approval(approver), self.consent(officer))
        if not self.attempt("carry_out", [c.id for c in held], lambda: outings.carry_out(self.session, request)):
            return multiple()
        for c in held:
            assert self.state_of(c.id) is State.OUT, f"{c.number} carried out but shown {self.state_of(c.id).value}"
            assert p.on_duty and p.clearance.may_read(c.level) and in_scope(c, p), \
                f"{c.number} ({c.level.value}) carried out by {p.name}"
        return multiple(*listed)

    @rule(carrier=consumes(out), whole=st.sampled_from((True, True, True, False)))
    def bring_back(self, carrier, whole):
        self.at_clerk_desk()
        c = self.carriers[carrier]
        note = "" if whole else "外壳破损"
        if self.attempt("bring_back", [c.id], lambda: outings.bring_back(self.session, c.number, whole, note)):
            now = self.state_of(c.id)
            assert now is State.IN_ROOM, f"{c.number} brought back but shown {now.value}"

    # -- missing and incidents -------------------------------------------------------------

    @rule(target=lost, carrier=CARRIER, days_ago=st.sampled_from((0, 3, 30)))
    def mark_missing(self, carrier, days_ago):
        return self.register_missing(carrier, days_ago)

    @rule(batch=approved, days=st.sampled_from((0, 70)))
    def listed_carrier_missing_then_found(self, batch, days):
        """Counting the room before an approved destruction, the clerk cannot find a listed
        carrier; it turns up the same day, or after a long search."""
        if batch.listed and self.register_missing(batch.listed[0], 0, "mark_listed_missing") == batch.listed[0]:
            self.register_found(batch.listed[0], days)

    def register_missing(self, carrier: str, days_ago: int, action: str = "mark_missing"):
        self.at_clerk_desk()
        c = self.carriers[carrier]
        was = self.state_of(c.id)
        since = self.now.date() - timedelta(days=days_ago)
        if not self.attempt(action, [c.id], lambda: missing.mark_missing(self.session, c.number, since=since)):
            return multiple()
        assert self.state_of(c.id) is State.MISSING, f"{c.number} marked missing but shown {self.state_of(c.id).value}"
        self.before_missing[c.id] = was
        return carrier

    @rule(carrier=consumes(lost), days=st.sampled_from((0, 0, 70)))
    def found(self, carrier, days):
        self.register_found(carrier, days)

    def register_found(self, carrier: str, days: int) -> None:
        """The carrier turns up, today or after a long search: then the clerk's start of that
        day has run first (it opens the incidents now due)."""
        if days:
            self.now += timedelta(days=days)
            self.escalate_due()
        self.at_clerk_desk()
        c = self.carriers[carrier]
        if self.attempt("found_late" if days else "found", [c.id],
                        lambda: missing.found(self.session, c.number, "在档案柜夹层找到")):
            now, was = self.state_of(c.id), self.before_missing[c.id]
            assert now is was, f"{c.number} was {was.value} when it went missing; found, it is shown {now.value}"

    @rule(carrier=lost)
    def escalate(self, carrier):
        """The clock moves past this carrier's search deadline; the day's escalation runs."""
        record = incident_rows.open_missing_of(self.conn, self.carriers[carrier].id)
        if record is not None and record.deadline is not None:
            self.now = max(self.now, datetime.combine(record.deadline + timedelta(days=1), time(9, 0), tzinfo=TZ))
        self.escalate_due()

    def escalate_due(self) -> None:
        held = self.held()
        before = self.snapshots(c.id for c in held)
        opened = self.attempt("escalate", [c.id for c in held], lambda: missing.escalate_due(self.session))
        if opened is None:
            return
        today, after = self.now.date(), self.snapshots(c.id for c in held)
        for c in held:
            record = incident_rows.open_missing_of(self.conn, c.id)
            if record is not None and is_incident(record.deadline, today):
                assert record.incident, \
                    f"{c.number} missing since {record.since}, past its deadline {record.deadline}: no 泄密事件"
            assert after[c.id] == before[c.id], f"escalation changed {c.number}"
        if {i.carrier_id for i in opened} & {c.id for c in held}:
            tally["escalate", "opened"] += 1

    # -- destruction -----------------------------------------------------------------------

    @rule(target=drafts, listed=CARRIERS_LISTED, supervisors=SUPERVISORS)
    def draft_batch(self, listed, supervisors):
        return self.draft(listed, supervisors)

    @precondition(lambda self: not any(b.approved_by for b in self.batches))
    @rule(target=approved, listed=CARRIERS_LISTED, supervisors=SUPERVISORS)
    def draft_batch_and_approve(self, listed, supervisors):
        """The clerk lists carriers and an officer account other than the drafting one comes
        to the PC and approves the batch at once (duty1 for clerk1's draft, else officer1)."""
        batch = self.draft(listed, supervisors)
        if not isinstance(batch, Batch):
            return multiple()
        return self.approve(batch, "duty1" if batch.created_by == "clerk1" else "officer1")

    def draft(self, listed, supervisors):
        self.at_clerk_desk()
        draft = BatchDraft(dept="办公室", reason="已过保管期限", applicant="王保密", method=Method.SHRED,
                           place="保密室碎纸机", destroyer="刘销毁",
                           supervisors=tuple(self.people[k].badge for k in supervisors))
        made = self.attempt("draft_batch", [], lambda: destruction.create(self.session, draft))
        if made is None:
            return multiple()
        batch = Batch(made.number, self.w.account)
        self.batches.append(batch)
        held = [self.carriers[k] for k in listed]
        before = self.facts(c.id for c in held)
        result = self.attempt("add_to_batch", [c.id for c in held],
                              lambda: destruction.add(self.session, made.number, [c.number for c in held]))
        if result is not None:
            added, after = {c.id for c in result[0]}, self.facts(c.id for c in held)
            batch.listed = [c.key for c in held if c.id in added]
            for c in held:
                was, now = before[c.id], after[c.id]
                if c.id in added:
                    assert was.state is State.IN_ROOM and not (was.open_loans or was.outing or was.lost), \
                        f"{c.number} listed for destruction while {was.state.value}"
                    assert now.batch == made.number
                else:
                    assert now.snapshot == was.snapshot, f"{c.number} refused for the batch yet changed"
        return batch

    @rule(target=approved, batch=drafts, by=st.sampled_from(("officer1", "whoever is signed in")))
    def approve_batch(self, batch, by):
        """officer1 comes to the PC to approve, or the account signed in tries."""
        return self.approve(batch, by)

    def approve(self, batch: Batch, by: str):
        if by in ACCOUNTS:
            self.w.as_account(by)
        ids = batch_rows.item_ids(self.conn, batch_rows.by_number(self.conn, batch.number).id)
        if not self.attempt("approve_batch", ids,
                            lambda: destruction.approve(self.session, batch.number, "保销审〔2026〕3号"),
                            probe=lambda: self.batch_state(batch.number)):
            return multiple()
        batch.approved_by = self.w.account
        return batch

    @rule(batch=approved, both=st.sampled_from((True, True, True, False)))
    def execute_batch(self, batch, both):
        self.at_clerk_desk()
        listed = destruction.get(self.session, batch.number)
        confirmations = [Confirmation(p.badge, paper=True) for p, _ in listed.supervisors][: 2 if both else 1]
        ids = [c.id for c in listed.carriers]
        done = self.attempt("execute_batch", ids,
                            lambda: destruction.execute(self.session, batch.number, confirmations),
                            probe=lambda: self.batch_state(batch.number))
        if done is None:
            return
        for cid in ids:
            assert self.state_of(cid) is State.DESTROYED, f"{self.number(cid)} of {batch.number} not shown 已销毁"
        level = done.highest_level
        supervisors = [self.by_id[p.id] for p, _ in done.supervisors]
        assert len({p.id for p in supervisors}) >= 2, f"{batch.number} destroyed with {len(supervisors)} 监销人"
        for p in supervisors:
            assert p.on_duty and p.vetted and p.clearance.may_read(level) and p.name != done.row.destroyer, \
                f"{batch.number}: {p.name} may not supervise ({level.value})"

    @rule(batch=drafts, reason=st.sampled_from(("", "该批载体需继续保存")))
    def cancel_batch(self, batch, reason):
        ids = batch_rows.item_ids(self.conn, batch_rows.by_number(self.conn, batch.number).id)
        before = self.facts(ids)
        if self.attempt("cancel_batch", ids, lambda: destruction.cancel(self.session, batch.number, reason),
                        probe=lambda: self.batch_state(batch.number)):
            after = self.facts(ids)
            for cid in ids:
                now = after[cid]
                assert now.state is before[cid].state and now.batch is None, \
                    f"{self.number(cid)} shown {now.state.value} after cancelling {batch.number}"

    # -- transfer and return ---------------------------------------------------------------

    @rule(kind=st.sampled_from(TransferKind), listed=CARRIERS_LISTED,
          to_unit=st.sampled_from((ISSUER, "市国家保密局")), channel=st.sampled_from((*Channel, "邮寄")),
          officer=OFFICER_CONSENT)
    def transfer(self, kind, listed, to_unit, channel, officer):
        self.at_clerk_desk()
        held = [self.carriers[k] for k in listed]
        request = TransferRequest(kind, tuple(c.number for c in held), to_unit, "刘接收", "王保密", "李主任",
                                  channel=str(channel), officer=self.consent(officer))
        if self.attempt("transfer", [c.id for c in held], lambda: transfers.transfer(self.session, request)):
            for c in held:
                now = self.state_of(c.id)
                assert now is kind.state, f"{c.number} {kind.value} but shown {now.value}"
                issuer = EXAMPLE_CARRIERS[c.key].origin_unit
                assert kind is TransferKind.TRANSFER or to_unit == issuer or officer, \
                    f"{c.number} 清退 to {to_unit}, not its issuer {issuer or '—'}, without the officer's consent"

    # -- copying ---------------------------------------------------------------------------

    @precondition(lambda self: len(self.copies) < 4)
    @rule(source=CARRIER, applicant=ANYONE, approver=APPROVER)
    def copy(self, source, applicant, approver):
        self.at_clerk_desk()
        c, p = self.carriers[source], self.people[applicant]
        request = CopyRequest(c.number, 1, "会议学习", "本单位保密室", p.badge, self.approval(approver), "12")
        was = self.state_of(c.id)
        done = self.attempt("copy", [c.id], lambda: copying.copy(self.session, request))
        if done is None:
            return
        assert c.level is not Level.TOP_SECRET, f"{c.number} (绝密) was copied"
        assert self.state_of(c.id) is was
        for new in done[1]:
            assert new.draft.level is c.level and new.state is State.IN_ROOM, f"copy {new.number} of {c.number}"
            self.copies.append(Held(f"copy of {source}", new.id, new.number, new.draft.level))

    # -- people ----------------------------------------------------------------------------

    @precondition(lambda self: self.can(Permission.MANAGE_PERSONNEL))
    @rule(person=st.sampled_from(EXAMPLE_KEYS), change=FILE_CHANGE)
    def officer_updates_file(self, person, change):
        """The officer records the person's leaving (离岗), or sets whom and what they may
        approve (the levels of a 保密办 leader, the department they head)."""
        p = self.people[person]
        if change == "离岗":
            today = self.now.date()
            status = lambda: personnel.find_person(self.session, p.badge).status  # noqa: E731
            left = self.attempt("leave", [], lambda: personnel.leave(self.session, p.badge, "离岗", today, today),
                                probe=status)
            if left is not None:
                assert left.status is Status.DECLASSIFYING, f"{p.name} left but is {left.status.value}"
                p.on_duty = False
            return
        approves, head_of = change
        current = personnel.find_person(self.session, p.badge).draft
        edited = self.attempt("change_authority", [], lambda: personnel.edit_person(
            self.session, p.badge, replace(current, approves=approves, head_of=head_of)))
        if edited is not None:
            assert (edited.draft.approves, edited.draft.head_of) == (approves, head_of)
            p.approves, p.head_of = approves, head_of

    # -- invariants ------------------------------------------------------------------------

    @invariant()
    def every_carrier_is_where_its_records_say(self):
        held = self.held()
        facts = self.facts(c.id for c in held)
        for c in held:
            f = facts[c.id]
            n, s = c.number, f.state
            # (a) the state shown agrees with the open records
            assert f.open_loans <= 1, f"{n} is on {f.open_loans} open loans"
            assert (s is State.LENT) == (f.open_loans == 1 and f.lost is None), \
                f"{n} shown {s.value} with {f.open_loans} open loan(s), missing: {f.lost is not None}"
            assert (s is State.OUT) == (f.outing is not None and f.lost is None), \
                f"{n} shown {s.value}, open outing: {f.outing}, missing: {f.lost is not None}"
            assert (s is State.MISSING) == (f.lost is not None), f"{n} shown {s.value}, open missing record: {f.lost}"
            assert (s is State.DESTROYED) == f.executed, f"{n} shown {s.value}, on an executed batch: {f.executed}"
            for kind in TransferKind:
                assert (s is kind.state) == (kind.value in f.handed), f"{n} shown {s.value}, on transfers {f.handed}"
            assert not (f.open_loans and f.outing), f"{n} is both lent and carried out"
            if f.lost is not None and (f.open_loans or f.outing):
                expected = State.LENT if f.open_loans else State.OUT
                assert f.lost[1] == expected.value, \
                    f"{n} went missing while {expected.value}, the record says {f.lost[1]}"
            # (b) nothing open while it is on the shelf
            if s is State.IN_ROOM:
                assert f.lost is None, f"{n} shown 在库 while registered missing since {f.lost[2]}"
                assert not f.open_loans and f.outing is None, f"{n} shown 在库 while still lent or carried out"
            # (c) 绝密 never leaves
            if c.level is Level.TOP_SECRET:
                assert s is not State.OUT, f"{n} (绝密) shown 外出"
            # (e) under an open 泄密事件 it stays on the register
            if f.incident is not None:
                assert not s.closed, f"{n} is {s.value} while incident {f.incident} is open"

    @invariant()
    def every_approval_was_given_by_someone_with_the_authority(self):
        conn = self.conn
        new = {t: [r[0] for r in conn.execute(f"SELECT id FROM {t} WHERE id > ? ORDER BY id", (self.marks[t],))]
               for t in self.marks}
        for loan_id in new["loans"]:
            loan = loan_rows.by_id(conn, loan_id)
            level = Level(loan.level)
            self.check_approval(f"loan of {loan.number}", self.w.needs["lend", level], level,
                                self.by_id[loan.person_id], loan.approver, loan.approval_ref, ACCOUNTS[loan.clerk][0])
        for outing_id in new["outings"]:
            (row,) = movement_rows.outings(conn, "o.id = ?", (outing_id,))
            for level in {Level(i.level) for i in row.items}:  # each carrier needs what its own level needs
                assert level is not Level.TOP_SECRET, f"outing {row.number} took a 绝密 carrier out"  # (c)
                self.check_approval(f"outing {row.number}", self.w.needs["carry_out", level], level,
                                    self.by_id[row.person_id], row.approver, row.approval_ref, ACCOUNTS[row.clerk][0])
        for job_id in new["copy_jobs"]:
            (job,) = movement_rows.copy_jobs(conn, "j.id = ?", (job_id,))
            level = Level(job.level)
            assert level is not Level.TOP_SECRET, f"copy job {job.number}: a 绝密 carrier was copied"
            self.check_approval(f"copy job {job.number}", self.w.needs["copy", level], level,
                                self.by_name[job.applicant], job.approver, job.approval_ref, job.clerk)
        for transfer_id in new["transfers"]:
            (row,) = movement_rows.transfers(conn, "id = ?", (transfer_id,))
            assert row.channel in {c.value for c in Channel}, f"{row.number} sent by {row.channel}"
        self.marks = {t: (ids[-1] if ids else self.marks[t]) for t, ids in new.items()}
        for b in self.batches:
            row = batch_rows.by_number(conn, b.number)
            if row.state in (BatchState.APPROVED.value, BatchState.EXECUTED.value):
                assert b.approved_by is not None, f"{b.number} is {row.state} without an approval that succeeded"
                assert b.approved_by.casefold() != row.created_by.casefold(), \
                    f"{b.number} drafted and approved by the same account {row.created_by}"
                name, roles = ACCOUNTS[b.approved_by]
                assert Role.OFFICER in roles and row.approver == name, f"{b.number} approved by {row.approver}"

    def check_approval(self, what: str, by: ApprovalBy, level: Level, applicant: Filed, approver_name: str,
                       reference: str, drafter: str) -> None:
        if by is ApprovalBy.NONE:
            return
        assert approver_name and reference.strip(), f"{what} ({level.value}) recorded without the {by.zh}'s approval"
        approver = self.by_name.get(approver_name)
        assert approver is not None, f"{what} approved by {approver_name}, who has no file"
        assert approver.id != applicant.id, f"{what} approved by the applicant {applicant.name}"
        assert approver.on_duty and approver.vetted and approver.clearance.may_read(level), \
            f"{what} approved by {approver.name} (on duty: {approver.on_duty}, vetted: {approver.vetted})"
        authority = level in approver.approves or (
            by is ApprovalBy.DEPARTMENT_HEAD and bool(applicant.dept) and approver.head_of == applicant.dept)
        assert authority, (f"{what} ({level.value}, needs the {by.zh}) approved by {approver.name}, who approves "
                           f"{sorted(lv.value for lv in approver.approves)} and heads {approver.head_of or 'nothing'}")
        assert approver.name != drafter, f"{what} approved by {approver.name}, the drafting account's own name"

    @invariant()
    def nobody_who_left_holds_a_carrier(self):
        for p in self.people.values():
            if p.key in EXAMPLE_PEOPLE and not p.on_duty:
                assert not loan_rows.open_loans(self.conn, p.id), f"{p.name} left but still holds a loan"
                (out,) = self.conn.execute(
                    "SELECT COUNT(*) FROM outings o JOIN outing_items i ON i.outing_id = o.id "
                    "WHERE o.person_id = ? AND i.returned_at IS NULL", (p.id,)).fetchone()
                assert out == 0, f"{p.name} left but still has carriers carried out"


def test_the_register_keeps_its_rules_over_any_sequence_of_movements(vault_folder, new_vault):
    """Any sequence of movements keeps (a)–(e); and over the run each movement was managed
    at least once (a product refusing every loan would pass the invariants vacuously)."""
    vaults = Vaults(new_vault, vault_folder)
    tally.clear()
    run_state_machine_as_test(lambda: RegisterMachine(vaults), settings=settings.get_profile(PROFILE))
    print(sorted(tally.items()))
    never = [a for a in MOVEMENTS if not tally[a, "done"]]
    assert not never, f"over the whole run these never once succeeded: {never}"
    assert tally["escalate", "opened"], "no carrier lost past its deadline was ever reported as a 泄密事件"
