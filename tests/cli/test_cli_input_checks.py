"""Every value is checked where it enters (issue 16): impossible and far-off dates, counts,
terms, control and bidi characters, duplicate 证件号, empty reasons, missing folders —
each refused in one line with its own exit code, never a traceback or 内部错误 (rc 70),
and nothing written. Run in-process through ``secdesk.cli.main.run``."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from secdesk.cli.main import run
from secdesk.domain.errors import InvalidInput, PermissionDenied, StorageFull
from tests.conftest import USER_PASSWORD

ID = "11010519491231002X"  # a valid resident ID number (check digit X)


@dataclass
class Result:
    rc: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, monkeypatch):
    """``cli(*argv, stdin="")`` → :class:`Result` of ``run(argv)`` with that stdin."""

    def call(*argv, stdin: str = "") -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        capsys.readouterr()
        rc = run([str(a) for a in argv])
        out, err = capsys.readouterr()
        return Result(rc, out, err)

    return call


@pytest.fixture
def db(staffed_vault):
    """A signed-out vault with admin, clerk1, officer1 and auditor1."""
    staffed_vault.close()
    return staffed_vault


@pytest.fixture
def as_user(cli, db):
    """``as_user(user, *argv, more=())``: the command signed in as ``user``; ``more`` are
    further stdin lines after the user's password."""

    def call(user: str, *argv, more=()) -> Result:
        stdin = "".join(f"{line}\n" for line in (db.passwords[user], *more))
        return cli(*argv, "--db", db.db_path, "--user", user, "--password-stdin", stdin=stdin)

    return call


def refused(result: Result, code: int | None = None) -> str:
    """Non-zero exit (``code`` if given), not 70, one line on stderr, no traceback."""
    assert result.rc not in (0, 70), (result.rc, result.err)
    if code is not None:
        assert result.rc == code, result.err
    assert "Traceback" not in result.out + result.err
    err = result.err.strip().splitlines()
    assert len(err) == 1, result.err
    return err[0]


def listed_carriers(as_user) -> str:
    result = as_user("clerk1", "carrier", "list")
    assert result.rc == 0, result.err
    return result.out


DATE_COMMANDS = {
    "lend --due": ("lend", "--borrower", "BMS-P000011", "--due", "{d}", "BMS-2026-000001A"),
    "print loans --from": ("print", "loans", "--from", "{d}", "--to", "2026-03-01", "--out", "{out}"),
    "print loans --to": ("print", "loans", "--from", "2026-01-01", "--to", "{d}", "--out", "{out}"),
    "destroy new --date": ("destroy", "new", "--dept", "办公室", "--reason", "过期", "--applicant", "王",
                           "--method", "粉碎", "--place", "保密室", "--date", "{d}"),
    "destroy approve --date": ("destroy", "approve", "XH-2026-001", "--ref", "审-1", "--date", "{d}"),
    "destroy execute --date": ("destroy", "execute", "XH-2026-001", "--date", "{d}"),
    "carry-out out --return-on": ("carry-out", "out", "BMS-2026-000001A", "--person", "BMS-P000011",
                                  "--to", "北京", "--purpose", "开会", "--return-on", "{d}"),
    "transfer out --date": ("transfer", "out", "BMS-2026-000001A", "--to", "上级", "--receiver", "张",
                            "--handed-by", "王", "--date", "{d}"),
    "transfer receipt --date": ("transfer", "receipt", "YJ-2026-001", "--date", "{d}"),
    "missing mark --since": ("missing", "mark", "BMS-2026-000001A", "--since", "{d}"),
    "inspection record --date": ("inspection", "record", "--date", "{d}", "--kind", "自查", "--inspectors", "王"),
    "inspection notice --due": ("inspection", "notice", "1", "--requirements", "整改", "--due", "{d}"),
    "carrier add --issue-date": ("carrier", "add", "--title", "文件", "--level", "秘密", "--type", "纸介质",
                                 "--issue-date", "{d}"),
    "person add --vetted": ("person", "add", "--name", "张红", "--dept", "办公室", "--level", "一般",
                            "--vetted", "{d}"),
    "print register --as-of": ("print", "register", "--as-of", "{d}", "--out", "{out}"),
}


def _argv(template, day: str, out) -> list[str]:
    return [part.format(d=day, out=out) for part in template]


@pytest.mark.parametrize("name", list(DATE_COMMANDS))
def test_an_impossible_date_is_named_as_impossible_in_one_line(as_user, tmp_path, name):
    """``2026-02-30`` is written correctly but no such day exists: the message says so,
    rather than asking for YYYY-MM-DD; nothing is written."""
    line = refused(as_user("officer1", *_argv(DATE_COMMANDS[name], "2026-02-30", tmp_path / "x.pdf")),
                   InvalidInput.exit_code)
    assert "2026-02-30 不是有效日期" in line and "YYYY-MM-DD" not in line
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("day", ["0001-01-01", "1949-12-31", "2101-01-01", "9999-12-31"])
@pytest.mark.parametrize("name", ["lend --due", "print loans --from", "destroy new --date",
                                  "carry-out out --return-on", "missing mark --since", "carrier add --issue-date"])
def test_a_date_outside_the_sane_range_is_refused(as_user, tmp_path, name, day):
    """Dates before 1950 or after 2100 are typing mistakes: refused naming the range."""
    line = refused(as_user("clerk1", *_argv(DATE_COMMANDS[name], day, tmp_path / "x.pdf")),
                   InvalidInput.exit_code)
    assert "1950-01-01" in line and "2100-12-31" in line
    assert listed_carriers(as_user) == ""


def test_an_issue_date_in_the_future_is_refused(as_user):
    """制发日 is the day the document was issued: never after today."""
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    for day in (tomorrow, "2099-01-01"):
        line = refused(as_user("clerk1", "carrier", "add", "--title", "文件", "--level", "秘密", "--type",
                               "纸介质", "--issue-date", day), InvalidInput.exit_code)
        assert "制发日" in line and "今天" in line
    assert listed_carriers(as_user) == ""


@pytest.mark.parametrize("option, value", [
    ("--pages", "-5"), ("--pages", "0"), ("--pages", "99999999999999999999"), ("--pages", "十二"),
    ("--copies", "-1"), ("--copies", "99999999999999999999"), ("--copy-no", "-3"),
    ("--copies-total", "99999999999999999999"),
])
def test_counts_must_be_positive_and_sane(as_user, option, value):
    """Pages and copies: a whole number from 1 to a sane maximum, else one line naming it."""
    line = refused(as_user("clerk1", "carrier", "add", "--title", "文件", "--level", "秘密", "--type",
                           "纸介质", option, value), InvalidInput.exit_code)
    assert value in line
    assert listed_carriers(as_user) == ""


@pytest.mark.parametrize("term", ["永久", "长期", "无限期"])
def test_a_term_without_an_end_is_refused_naming_the_allowed_forms(as_user, term):
    """State secrets have a term: 永久 is refused, naming 20年 / 6个月 / a date / a condition."""
    line = refused(as_user("clerk1", "carrier", "add", "--title", "文件", "--level", "机密", "--type", "纸介质",
                           "--copy-no", "1", "--term", term), InvalidInput.exit_code)
    assert "保密期限" in line and "20年" in line and "6个月" in line
    assert listed_carriers(as_user) == ""


@pytest.mark.parametrize("title", ["文件\x1b[2J", "文件\x07", "文件\u202e件文", "文\t件", "文件\u2066"])
def test_a_title_with_control_or_bidi_characters_is_refused(as_user, title):
    """ESC, BEL, TAB and the bidi overrides have no place in a title: refused at registration."""
    line = refused(as_user("clerk1", "carrier", "add", "--title", title, "--level", "秘密", "--type", "纸介质"),
                   InvalidInput.exit_code)
    assert "文件资料名称" in line and "控制字符" in line
    assert listed_carriers(as_user) == ""


def test_carrier_show_never_prints_raw_control_characters_from_old_data(db, as_user):
    """A title stored before the check (old data) is shown with its control characters
    escaped, in ``show`` and ``list``."""
    number = as_user("clerk1", "carrier", "add", "--title", "旧文件", "--level", "秘密",
                     "--type", "纸介质").out.strip()
    conn = db.raw()
    conn.execute("UPDATE carriers SET title = ?, remarks = ? WHERE number = ?",
                 ("旧\x1b[31m文\x07件\u202e", "第一行\n第二行", number))
    conn.close()
    for argv in (("carrier", "show", number), ("carrier", "list")):
        result = as_user("clerk1", *argv)
        assert result.rc == 0, result.err
        assert not any(ch in result.out for ch in "\x1b\x07\u202e"), repr(result.out)
        assert "\\x1b" in result.out and "\\u202e" in result.out
    shown = as_user("clerk1", "carrier", "show", number).out
    assert "第一行\\n第二行" in shown


def test_control_characters_echoed_in_an_error_are_escaped(as_user):
    """A refusal that repeats the typed value never writes its control characters raw."""
    line = refused(as_user("clerk1", "carrier", "add", "--title", "文件", "--level", "秘\x1b密", "--type", "纸介质"),
                   InvalidInput.exit_code)
    assert "\x1b" not in line and "\\x1b" in line


def test_a_value_with_a_newline_is_echoed_on_one_line(as_user):
    """The refusal of ``a\\nb`` stays one line: the newline is shown as ``\\n``."""
    line = refused(as_user("clerk1", "inventory", "scan", "a\nb"), InvalidInput.exit_code)
    assert "a\\nb" in line


@pytest.mark.parametrize("argv", [("carrier", "list", "--search", "\udcff"), ("inventory", "scan", "\udcff"),
                                  ("carrier", "show", "BMS-\udcc0")])
def test_an_argument_that_was_not_utf8_is_refused_in_one_line(as_user, argv):
    """Bytes of another encoding (a GBK terminal) reach Python as lone surrogates: refused
    naming the encoding, not 内部错误."""
    line = refused(as_user("clerk1", *argv), InvalidInput.exit_code)
    assert "UTF-8" in line


def test_a_password_line_that_was_not_utf8_is_refused_in_one_line(cli, db):
    """The same for a password read from stdin; the refusal never repeats the password."""
    line = refused(cli("carrier", "list", "--db", db.db_path, "--user", "clerk1", "--password-stdin",
                       stdin="Wq7#rT2k\udcffLmZ\n"), InvalidInput.exit_code)
    assert "口令" in line and "UTF-8" in line and "Wq7" not in line


@pytest.mark.parametrize("suffix", ["", ".keys"])
def test_out_never_replaces_the_database_or_its_key_file(as_user, db, suffix):
    """``print register --out`` naming the database (or its key file) is refused; the vault
    still opens afterwards."""
    target = f"{db.db_path}{suffix}"
    data = open(target, "rb").read()
    line = refused(as_user("officer1", "print", "register", "--out", target), InvalidInput.exit_code)
    assert "数据库" in line
    assert open(target, "rb").read() == data
    assert as_user("clerk1", "carrier", "list").rc == 0


@pytest.mark.parametrize("argv, label", [
    (("print", "training", "--year", "99999999999999999999"), "年度"),
    (("print", "badges", "BMS-P000011", "--start", "-1"), "起始位置"),
])
def test_other_counts_are_checked_where_they_enter(as_user, tmp_path, argv, label):
    """Years and label positions: refused in one line naming the field (the argument type
    now checks what the services checked)."""
    line = refused(as_user("officer1", *argv, *(("--out", tmp_path / "x.pdf") if argv[0] == "print" else ())),
                   InvalidInput.exit_code)
    assert label in line


def test_the_same_id_number_is_refused_for_a_second_and_third_person(as_user):
    """One 证件号, one file: the second and third are refused naming the existing badge."""
    first = as_user("officer1", "person", "add", "--name", "张红", "--dept", "办公室", "--level", "一般",
                    "--id-number", ID)
    assert first.rc == 0, first.err
    badge = first.out.strip()
    for name, typed in (("李四", ID), ("王五", ID.lower())):
        line = refused(as_user("officer1", "person", "add", "--name", name, "--dept", "办公室", "--level", "一般",
                               "--id-number", typed), InvalidInput.exit_code)
        assert "证件号" in line and badge in line
    other = as_user("officer1", "person", "add", "--name", "赵六", "--dept", "办公室", "--level", "一般")
    assert other.rc == 0, other.err
    line = refused(as_user("officer1", "person", "edit", other.out.strip(), "--id-number", ID),
                   InvalidInput.exit_code)
    assert badge in line
    listed = as_user("officer1", "person", "list").out
    assert listed.count("\n") == 2 and "李四" not in listed


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_destruction_batch_without_a_reason_is_refused(as_user, reason):
    """销毁原因 is what the approver weighs: ``destroy new`` refuses it empty."""
    line = refused(as_user("clerk1", "destroy", "new", "--dept", "办公室", "--reason", reason, "--applicant", "王",
                           "--method", "粉碎", "--place", "保密室"), InvalidInput.exit_code)
    assert "销毁原因" in line
    assert as_user("clerk1", "destroy", "list").out == ""


def test_the_same_supervisor_twice_is_refused_in_one_line(as_user):
    """``--supervisor B --supervisor b``: refused as at approval (同一人不能重复列为监销人),
    never 内部错误; no batch is made."""
    badge = as_user("officer1", "person", "add", "--name", "张红", "--dept", "办公室", "--level", "核心").out.strip()
    line = refused(as_user("clerk1", "destroy", "new", "--dept", "办公室", "--reason", "过期", "--applicant", "王",
                           "--method", "粉碎", "--place", "保密室", "--supervisor", badge, "--supervisor", badge.lower()))
    assert "重复" in line
    assert as_user("clerk1", "destroy", "list").out == ""


def test_out_in_a_missing_folder_is_one_line_not_an_internal_error(as_user, tmp_path):
    """``--out`` into a folder that does not exist: rc 6 naming the path; nothing written."""
    out = tmp_path / "nope" / "r.pdf"
    line = refused(as_user("officer1", "print", "register", "--out", out), StorageFull.exit_code)
    assert str(out.parent) in line
    assert not out.parent.exists()


@pytest.mark.parametrize("command", [
    ("init", "--unit-name", "测试单位", "--unit-code", "BMS", "--admin", "admin"),
    ("demo",),
])
def test_db_in_a_missing_folder_is_one_line_not_an_internal_error(cli, tmp_path, command):
    """A new vault in a folder that does not exist: one line naming the folder."""
    target = tmp_path / "nope" / "v.db"
    line = refused(cli(*command, "--db", target, "--password-stdin", stdin="Adm1n#Secret\n"))
    assert str(target.parent) in line
    assert not target.parent.exists()


@pytest.mark.parametrize("size", ["0", "-1", "1000000", "x"])
def test_demo_size_must_be_a_sane_positive_number(cli, tmp_path, size):
    """``demo --size 0`` and ``-1`` are refused before anything is built."""
    line = refused(cli("demo", "--db", tmp_path / "d.db", "--size", size), InvalidInput.exit_code)
    assert "规模" in line
    assert list(tmp_path.iterdir()) == []


def test_inventory_scan_into_an_unknown_session_says_so_once(as_user):
    """A scan into a session that does not exist prints its error once."""
    result = as_user("clerk1", "inventory", "scan", "PD-2026-099", "BMS-2026-000001A")
    line = refused(result, InvalidInput.exit_code)
    assert "PD-2026-099" in line


def test_user_add_by_a_clerk_is_refused_before_the_new_password_is_asked(as_user):
    """The permission is checked first: the clerk's stdin holds only the clerk's own password,
    and the refusal is the permission, not a missing password line."""
    line = refused(as_user("clerk1", "user", "add", "clerk2", "--role", "clerk"), PermissionDenied.exit_code)
    assert "口令" not in line


def test_user_passwd_of_another_account_by_a_clerk_is_refused_before_any_password_is_asked(as_user):
    """Resetting someone else's password needs the administrator: a clerk is refused on the
    permission, not on a missing second password line."""
    line = refused(as_user("clerk1", "user", "passwd", "officer1"), PermissionDenied.exit_code)
    assert "口令" not in line


def test_user_add_refuses_a_bad_role_before_the_new_password_is_asked(as_user):
    """An unknown role is named before any new password is read."""
    line = refused(as_user("admin", "user", "add", "clerk2", "--role", "boss"), InvalidInput.exit_code)
    assert "boss" in line


def test_carrier_add_with_good_values_still_works(as_user):
    """The checks leave ordinary input alone."""
    result = as_user("clerk1", "carrier", "add", "--title", "关于2026年保密检查的通知（第2号）", "--level", "机密",
                     "--type", "纸介质", "--term", "10年", "--issue-date", date.today().isoformat(),
                     "--copies", "3", "--pages", "12")
    assert result.rc == 0, result.err
    assert len(result.out.split()) == 3
    assert USER_PASSWORD not in result.out


@pytest.mark.parametrize("garbage", [b"garbage\n", b"\xff\xfe\n"])
def test_a_garbage_line_in_a_backup_manifest_is_refused_as_damage(as_user, cli, db, tmp_path, garbage):
    """``restore`` from a backup whose SHA256SUMS holds a line that is no ``digest  name``
    (or is not text): one line saying the backup is damaged, nothing restored."""
    made = as_user("admin", "backup", "--out", tmp_path / "bk")
    assert made.rc == 0, made.err
    folder = next((tmp_path / "bk").iterdir())
    with (folder / "SHA256SUMS").open("ab") as f:
        f.write(garbage)
    target = tmp_path / "restored.db"
    result = cli("restore", "--from", folder, "--db", target, "--user", "admin", "--password-stdin",
                 stdin=f"{db.password}\n")
    assert "备份" in refused(result, 2)
    assert not target.exists()
