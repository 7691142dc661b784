"""A fuzz test of the command line (issue 16): every subcommand found by walking the
argparse parser gets its options and arguments filled with random text, dates (real,
impossible, far off), numbers (negative, huge, not numbers) and control characters, and
runs in-process against a small vault. Whatever it is given, a run never shows a
traceback, never ends in 内部错误 (rc 70) or an escaping exception, never writes a raw
control character, and a refusal that reports nothing done leaves the register as it was.

Each subcommand gets its own copy of one vault built for the module, so what one command
writes (an account disabled, a carrier lent) does not steer another's examples.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import re
import shutil
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secdesk.cli.common import parse_day
from secdesk.cli.main import build_parser, run
from secdesk.domain.inventory.reconcile import ScopeKind
from secdesk.domain.lifecycle.rules import Method
from secdesk.domain.roles import Role
from secdesk.domain.validate import unprintable
from secdesk.services import destruction, inspections, inventory, lending, setup
from secdesk.services.destruction import BatchDraft
from secdesk.services.inspections import InspectionDraft, Kind
from secdesk.storage.keyfile import KdfParams
from tests.conftest import ADMIN, ADMIN_PASSWORD, UNIT_CODE, UNIT_NAME, USER_PASSWORD, VaultHandle, raw_connect
from tests.lending_world import build_world

# Per subcommand: about 70 subcommands, under a minute in all. SECDESK_FUZZ_EXAMPLES=200
# explores further (minutes).
EXAMPLES = int(os.environ.get("SECDESK_FUZZ_EXAMPLES", "12"))
USERS = ("admin", "clerk1", "officer1", "auditor1")
KNOWN_FIELDS = {  # which of the vault's values a field takes
    "numbers": {"numbers", "number", "source", "codes"},
    "badges": {"borrower", "person", "approver", "applicant", "badge", "badges", "supervisor", "signed_paper"},
    "batch": {"batch"},
    "session": {"session"},
}
FIXED = {"db", "user", "password_stdin", "help", "version"}  # set by the test, not fuzzed
# The register's own tables: a refusal never changes them (the audit trail, the accounts'
# sign-in times and the sealing keys do change on a refused command, by design).
REGISTER_TABLES = {
    "carriers", "carrier_states", "carrier_sequences", "loans", "persons", "commitments", "trainings",
    "travels", "reviews", "leavings", "handovers", "copy_jobs", "destructions", "destruction_items",
    "destruction_supervisors", "outings", "outing_items", "transfers", "transfer_items", "missing",
    "incidents", "inspections", "findings", "inventory_sessions", "inventory_scans", "inventory_expected",
    "settings", "seals",
}
SPECIAL = ["", " ", "-", "\x1b[31m红\x1b[0m", "\x07", "文\u202e件", "\u2066x", "\udcff", "\t", "a\nb", "\r",
           "永久", "🙂", "A" * 400, "'; DROP TABLE carriers; --", "%s%n", "../../etc/passwd", "NULL"]
BAD_DATES = ["2026-02-30", "2026-13-01", "2026-00-10", "0001-01-01", "9999-12-31", "1949-12-31",
             "2101-01-01", "2026-2-3", "20260301", "2026/03/01", "2026-02-29T10:00", "昨天"]
ODD_NUMBERS = ["0", "-1", "-5", "1e3", "0x10", "十二", "NaN", "1.5", "99999999999999999999", "+7", "٣"]


@dataclass(frozen=True)
class Template:
    """The vault every subcommand's copy starts from, and values that mean something in it."""

    folder: Path
    secret: bytes
    good: tuple[str, ...]
    known: dict[str, tuple[str, ...]]


@dataclass
class Vault:
    """One subcommand's copy of the template."""

    db: Path
    secret: bytes
    good: tuple[str, ...]
    scratch: Path
    known: dict[str, tuple[str, ...]]


def _leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command words, parser) of every subcommand that runs something."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
    for action in subs:
        for name, child in action.choices.items():
            yield from _leaves(child, (*path, name))


LEAVES = {" ".join(path): parser for path, parser in _leaves(build_parser())}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Template:
    """A vault with the four accounts, the lending world's people and carriers, a loan, a
    destruction draft, an inventory session and an inspection with a finding."""
    folder = tmp_path_factory.mktemp("fuzz-template")
    kdf = KdfParams.minimal()
    session, secret = setup.initialise(folder / "secdesk.db", UNIT_NAME, UNIT_CODE, ADMIN, ADMIN_PASSWORD, kdf=kdf)
    handle = VaultHandle(folder / "secdesk.db", session, secret, kdf)
    for name, role in (("clerk1", Role.CLERK), ("officer1", Role.OFFICER), ("auditor1", Role.AUDITOR)):
        handle.add_user(name, role)
    try:
        world = build_world(handle)
        clerk = world.clerk
        lending.lend(clerk, world.number("internal"), world.badge("general"), None, None, "阅读")
        batch = destruction.create(clerk, BatchDraft("办公室", "过期", "王保密", Method.SHRED, "保密室"))
        destruction.add(clerk, batch.number, [world.number("confidential2")])
        counting = inventory.start(clerk, ScopeKind.ALL, "")
        inspection = inspections.record(clerk, InspectionDraft(date.today(), Kind.SELF, "王保密", problems=(
            ("办公室", "柜门未锁"),)))
        known = {"numbers": tuple(c.number for c in world.carriers.values()),
                 "badges": tuple(p.badge for p in world.people.values()),
                 "batch": (batch.number,), "session": (counting.row.number,)}
        good = (*known["numbers"], *known["badges"], batch.number, counting.row.number, inspection.number,
                str(inspection.findings[0].id),
                "秘密", "机密", "绝密", "内部", "纸介质", "U盘", "粉碎", "20年", "自查", "核心", "一般",
                "在库", "all", "location", "passed", "clerk", "clerk2", date.today().isoformat(), "1", "3")
    finally:
        handle.cleanup()
    return Template(folder, secret, good, known)


@pytest.fixture
def vault(template, tmp_path) -> Vault:
    """This subcommand's own copy of the template vault."""
    for item in template.folder.iterdir():
        if item.name.startswith("secdesk.db") and not item.name.endswith(".lock"):
            shutil.copy2(item, tmp_path / item.name)
    (tmp_path / "out").mkdir()
    return Vault(tmp_path / "secdesk.db", template.secret, template.good, tmp_path, template.known)


def snapshot(vault: Vault) -> dict[str, str]:
    """A digest of every register table's rows."""
    conn = raw_connect(vault.db, vault.secret)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: hashlib.sha256(repr(conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall())
                                  .encode()).hexdigest() for t in tables if t in REGISTER_TABLES}
    finally:
        conn.close()


def _no_nul(text: str) -> bool:
    return "\x00" not in text  # an operating system cannot pass NUL in an argument


def values(good: tuple[str, ...]):
    """Random text, dates, numbers and control characters, and values the vault knows."""
    return st.one_of(
        st.sampled_from(good),
        st.sampled_from(SPECIAL),
        st.dates(date(1950, 1, 1), date(2100, 12, 31)).map(date.isoformat),
        st.sampled_from(BAD_DATES),
        st.integers(-10**6, 10**6).map(str),
        st.integers(-10**30, 10**30).map(str),
        st.sampled_from(ODD_NUMBERS),
        st.text(max_size=30).filter(_no_nul),
    )


def paths(scratch: Path):
    """Paths inside the test's folder only: a new file, a missing folder, a folder, odd names."""
    names = st.text(min_size=1, max_size=20).filter(lambda s: "/" not in s and _no_nul(s) and s not in (".", ".."))
    return st.one_of(
        st.sampled_from([scratch / "out" / "f.pdf", scratch / "nope" / "f.pdf", scratch / "out", scratch,
                         scratch / "secdesk.db"]),
        names.map(lambda name: scratch / "out" / name),
    )


def _fields(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    """The options and arguments the test fills in."""
    return [a for a in parser._actions if a.dest not in FIXED and not isinstance(a, argparse._HelpAction)]


def plausible(action: argparse.Action, vault: Vault):
    """A value that could be right for this field, so that a run gets past it."""
    if action.type is Path:
        return paths(vault.scratch).map(str)
    if action.choices is not None:
        return st.sampled_from(sorted(action.choices))
    if action.type is parse_day:
        return st.dates(date.today() - timedelta(days=30), date.today() + timedelta(days=10)).map(date.isoformat)
    if "counted" in getattr(action.type, "__qualname__", ""):
        return st.sampled_from(["1", "2", "3"])
    words = [w for w in re.split(r"[|\s，；,（）()]+", action.help or "") if w] if "|" in (action.help or "") else []
    kind = next((k for k, dests in KNOWN_FIELDS.items() if action.dest in dests), None)
    return st.sampled_from(words or (vault.known[kind] if kind else vault.good))


def wild(action: argparse.Action, vault: Vault):
    """Anything: random text, dates, numbers, control characters (paths stay in the test's folder)."""
    if action.type is Path:
        return paths(vault.scratch).map(str)
    return values(vault.good)


@st.composite
def command(draw, name: str, vault: Vault) -> tuple[list[str], str]:
    """argv for one run of subcommand ``name``, and the stdin it reads: either every field
    wild, or every field plausible but one (so that each field's own check is reached)."""
    fields = _fields(LEAVES[name])
    all_wild = draw(st.booleans())
    odd = None if all_wild or not fields else draw(st.sampled_from(fields))
    argv = name.split()
    for action in fields:
        if not (action.required or action is odd or draw(st.integers(0, 1 if all_wild else 3)) == 1):
            continue  # tame runs give few optional fields: each one is a chance to be refused
        strategy = wild(action, vault) if all_wild or action is odd else plausible(action, vault)
        if action.nargs == 0:
            argv.append(action.option_strings[0])
        elif not action.option_strings:
            count = {"+": draw(st.integers(1, 3)), "*": draw(st.integers(0, 3)), "?": draw(st.integers(0, 1))}
            argv += [draw(strategy) for _ in range(count.get(action.nargs, 1))]
        else:  # OPTION=VALUE, so that a value starting with "-" is still a value; repeatable ones 1–3 times
            times = draw(st.integers(1, 3)) if isinstance(action, argparse._AppendAction) else 1
            argv += [f"{action.option_strings[0]}={draw(strategy)}" for _ in range(times)]
    return argv + _vault_argv(name, vault, draw), _stdin(draw, vault)


def _vault_argv(name: str, vault: Vault, draw) -> list[str]:
    """--db (a new vault only where it cannot be made), --user, --password-stdin."""
    parser = LEAVES[name]
    db = {"demo": vault.scratch / "nope" / "demo.db", "restore": vault.scratch / "restored.db"}.get(name, vault.db)
    argv = [f"--db={db}"]
    if any(a.dest == "user" for a in parser._actions):
        argv.append(f"--user={draw(st.sampled_from(USERS))}")
    return argv + ["--password-stdin"]


def _stdin(draw, vault: Vault) -> str:
    """The user's password first (the test puts the right one there), then random lines for
    whatever else the command reads: new passwords, another account's, scanned codes."""
    extra = draw(st.lists(st.one_of(st.sampled_from([ADMIN_PASSWORD, USER_PASSWORD]), values(vault.good)),
                          max_size=3))
    return "".join(line.replace("\n", " ") + "\n" for line in extra)


def run_once(argv: list[str], stdin: str) -> tuple[int, str, str]:
    """``run(argv)`` in-process with that stdin; (exit code, stdout, stderr). An argparse
    usage error ends in SystemExit 2 (``--help`` among the values: 0)."""
    user = next((a.split("=", 1)[1] for a in argv if a.startswith("--user=")), ADMIN)
    password = ADMIN_PASSWORD if user == ADMIN else USER_PASSWORD
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.StringIO(f"{password}\n{stdin}")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = run(argv)
            except SystemExit as exc:
                rc = exc.code
                assert rc in (0, 2), f"SystemExit({rc!r}) for {argv!r}"
    finally:
        sys.stdin = saved
    return rc, out.getvalue(), err.getvalue()


def check_output(argv: list[str], rc: int, out: str, err: str) -> None:
    """No traceback, no 内部错误, one-line messages, no raw control character."""
    shown = f"{argv!r} → rc {rc}\nstdout: {out!r}\nstderr: {err!r}"
    assert isinstance(rc, int) and rc != 70, shown
    assert "Traceback" not in out + err and "内部错误" not in err, shown
    for line in err.splitlines():
        assert line.startswith(("错误：", "警告：", "提示：")), shown
    assert not [ch for ch in out + err if unprintable(ch) and ch not in "\n\t"], shown


@pytest.mark.parametrize("name", sorted(LEAVES))
def test_every_subcommand_survives_random_input(vault, name):
    """Random options and arguments for subcommand ``name``: see the module docstring."""
    state = {"before": snapshot(vault)}

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                     HealthCheck.data_too_large])
    @given(st.data())
    def fuzz(data):
        argv, stdin = data.draw(command(name, vault))
        rc, out, err = run_once(argv, stdin)
        check_output(argv, rc, out, err)
        before, state["before"] = state["before"], snapshot(vault)
        if rc != 0 and not out.strip():  # refused, nothing reported done: nothing written
            assert state["before"] == before, f"{argv!r} was refused (rc {rc}: {err!r}) but wrote"

    fuzz()
