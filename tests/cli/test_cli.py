"""The command line: set-up with a recovery key sheet, account administration, verify;
passwords only from stdin or the terminal; every refusal is one line, never a traceback."""

from __future__ import annotations

import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from secdesk.domain.errors import AccountLocked, InvalidInput, PermissionDenied, SignInFailed
from secdesk.domain.roles import Role
from secdesk.storage.keyfile import KeyFile, db_key_from_recovery, parse_recovery_key
from tests.pdf_text import pdf_text

ADMIN_PW = "Adm1n#Secret"
NEW_PW = "Clerk#Pass42"
UNIT = "华东测试单位"
COMMANDS = ("init", "user", "verify", "demo", "recover", "backup")


def secdesk(*args: str, stdin: str | None = "") -> subprocess.CompletedProcess:
    """Run the installed ``secdesk`` command; ``stdin`` lines end with a newline each."""
    script = Path(sys.executable).with_name("secdesk")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "secdesk"]
    return subprocess.run([*command, *map(str, args)], input=stdin, capture_output=True,
                          text=True, timeout=120)


def lines(*passwords: str) -> str:
    return "".join(p + "\n" for p in passwords)


def as_user(db, user: str, *args) -> subprocess.CompletedProcess:
    """``secdesk ARGS --db DB --user USER``, the account's password (tests.conftest's
    USER_PASSWORD) on standard input."""
    from tests.conftest import USER_PASSWORD

    return secdesk(*args, "--db", db, "--user", user, "--password-stdin", stdin=lines(USER_PASSWORD))


def assert_refused(result: subprocess.CompletedProcess, code: int | None = None) -> str:
    """Non-zero exit (``code`` if given), one line on stderr, no traceback; returns the line."""
    assert result.returncode != 0
    if code is not None:
        assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    err = result.stderr.strip().splitlines()
    assert len(err) == 1, result.stderr
    return err[0]


def test_help_lists_every_command():
    """``secdesk --help`` names each command and exits 0."""
    result = secdesk("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s", result.stdout, re.M), command


def test_each_command_has_its_own_help():
    """``secdesk user --help`` shows the actions and the stdin order."""
    result = secdesk("user", "--help")
    assert result.returncode == 0
    assert "add" in result.stdout and "--password-stdin" in result.stdout


def _key_from_sheet(text: str) -> str:
    after = text.split("恢复密钥：", 1)[1]
    groups = []
    for line in after.splitlines():
        line = line.strip()
        if not line:
            continue
        if not re.fullmatch(r"[A-Z2-7]{1,5}( +[A-Z2-7]{1,5})*", line):
            break
        groups += line.split()
    return "-".join(groups)


def test_init_makes_a_vault_and_a_recovery_sheet_that_recovers_it(tmp_path):
    """``init`` reads the password from stdin, writes a private vault and a PDF sheet with
    the unit name and a recovery key that really opens the vault."""
    db, sheet = tmp_path / "unit.db", tmp_path / "sheet.pdf"
    result = secdesk("init", "--db", db, "--unit-name", UNIT, "--unit-code", "bms",
                     "--admin", "admin", "--password-stdin", "--recovery-sheet", sheet,
                     stdin=lines(ADMIN_PW))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert sheet.read_bytes().startswith(b"%PDF")
    text = pdf_text(sheet)
    assert "恢复密钥" in text and UNIT in text and "BMS" in text
    key = _key_from_sheet(text)
    secret = parse_recovery_key(key)
    assert secret is not None, key
    assert KeyFile.load(db.with_name("unit.db.keys")).key_is_right(db_key_from_recovery(secret))
    assert key not in result.stdout  # the key is on the sheet only

    recovered = secdesk("recover", "--db", db, "--user", "admin", "--password-stdin",
                        stdin=lines(key, "Rec0vered#Pw"))
    assert recovered.returncode == 0, recovered.stderr
    verified = secdesk("verify", "--db", db, "--user", "admin", "--password-stdin",
                       stdin=lines("Rec0vered#Pw"))
    assert verified.returncode == 0, verified.stderr


@pytest.mark.parametrize("args, stdin, field", [
    (("--unit-code", "b-1"), lines(ADMIN_PW), "单位代码"),
    (("--unit-code", "BMS"), lines("short"), "口令"),
    (("--unit-code", "BMS"), lines("admin#Secret1"), "账户名"),  # name inside the password
    (("--unit-code", "BMS"), "", "标准输入"),  # no password line at all
])
def test_init_refuses_bad_input_in_one_line_and_creates_nothing(tmp_path, args, stdin, field):
    """A bad unit code, a weak password or a missing stdin line: one line, no file made."""
    db = tmp_path / "unit.db"
    result = secdesk("init", "--db", db, "--unit-name", UNIT, "--admin", "admin",
                     "--password-stdin", *args, stdin=stdin)
    line = assert_refused(result, InvalidInput.exit_code)
    assert field in line
    assert list(tmp_path.iterdir()) == []


def test_init_never_overwrites_an_existing_vault(vault):
    """``init`` on an existing database path is refused; the file is unchanged."""
    vault.close()
    data = vault.db_path.read_bytes()
    result = secdesk("init", "--db", vault.db_path, "--unit-name", UNIT, "--unit-code", "BMS",
                     "--admin", "admin", "--password-stdin", stdin=lines(ADMIN_PW))
    assert_refused(result)
    assert vault.db_path.read_bytes() == data


@pytest.fixture
def cli_vault(staffed_vault):
    """A signed-out vault with admin, clerk1, officer1 and auditor1 (cheap key slots)."""
    staffed_vault.close()
    return staffed_vault


def user(vault, action: str, *args: str, as_user: str = "admin", stdin: str | None = None):
    """``secdesk user ACTION …`` signed in as ``as_user`` (their password first on stdin)."""
    return secdesk("user", action, *args, "--db", vault.db_path, "--user", as_user,
                   "--password-stdin",
                   stdin=lines(vault.passwords[as_user]) if stdin is None else stdin)


def _listed(vault) -> dict[str, list[str]]:
    result = user(vault, "list")
    assert result.returncode == 0, result.stderr
    return {row.split("\t")[0]: row.split("\t") for row in result.stdout.splitlines()}


def test_user_list_shows_every_account_with_roles_and_state(cli_vault):
    """``user list`` prints one line per account: name, roles, state, full name."""
    listed = _listed(cli_vault)
    assert set(listed) == {"admin", "clerk1", "officer1", "auditor1"}
    assert listed["clerk1"][1:4] == ["clerk", "在用", "王保密"]


def test_user_add_creates_an_account_that_signs_in(cli_vault):
    """``user add`` reads the new password from stdin; the account signs in with it and must
    change it."""
    result = user(cli_vault, "add", "clerk2", "--role", "clerk", "--full-name", "钱二",
                  stdin=lines(cli_vault.password, NEW_PW))
    assert result.returncode == 0, result.stderr
    assert _listed(cli_vault)["clerk2"][1:4] == ["clerk", "在用", "钱二"]
    session = cli_vault.sign_in("clerk2", NEW_PW)
    assert session.must_change_password


@pytest.mark.parametrize("args, stdin_extra, code, words", [
    (("clerk2", "--role", "boss"), [NEW_PW], InvalidInput.exit_code, "boss"),
    (("clerk2", "--role", "admin,auditor"), [NEW_PW], InvalidInput.exit_code, "三员分立"),
    (("clerk2", "--role", "clerk"), ["weak"], InvalidInput.exit_code, "口令"),
    (("clerk2", "--role", "clerk"), [], InvalidInput.exit_code, "标准输入"),
    (("clerk1", "--role", "clerk"), [NEW_PW], InvalidInput.exit_code, "已被使用"),
    (("--role", "clerk"), [NEW_PW], InvalidInput.exit_code, "NAME"),
])
def test_user_add_refuses_bad_input_in_one_line(cli_vault, args, stdin_extra, code, words):
    """Unknown role, 三员分立, weak password, missing stdin line, taken name, missing name:
    each refused in one line; no account is created."""
    result = user(cli_vault, "add", *args, stdin=lines(cli_vault.password, *stdin_extra))
    assert words in assert_refused(result, code)
    assert "clerk2" not in _listed(cli_vault)


def test_a_clerk_cannot_add_accounts_from_the_command_line(cli_vault):
    """The permission check holds on the command line too."""
    result = user(cli_vault, "add", "clerk2", "--role", "clerk", as_user="clerk1",
                  stdin=lines(cli_vault.passwords["clerk1"], NEW_PW))
    assert_refused(result, PermissionDenied.exit_code)


def test_user_passwd_resets_another_accounts_password(cli_vault):
    """The administrator sets a temporary password; only the new one works afterwards."""
    result = user(cli_vault, "passwd", "clerk1", stdin=lines(cli_vault.password, NEW_PW))
    assert result.returncode == 0, result.stderr
    with pytest.raises(SignInFailed):
        cli_vault.sign_in("clerk1")
    assert cli_vault.sign_in("clerk1", NEW_PW).must_change_password


def test_user_passwd_changes_ones_own_password(cli_vault):
    """Without a name, ``passwd`` changes the signed-in user's own password."""
    old = cli_vault.passwords["clerk1"]
    result = user(cli_vault, "passwd", as_user="clerk1", stdin=lines(old, old, NEW_PW))
    assert result.returncode == 0, result.stderr
    cli_vault.sign_in("clerk1", NEW_PW)


def test_user_disable_stops_the_account_and_keeps_it_listed(cli_vault):
    """``user disable`` needs a reason; the account is listed as 停用 and cannot sign in."""
    assert "停用原因" in assert_refused(user(cli_vault, "disable", "clerk1"))
    result = user(cli_vault, "disable", "clerk1", "--reason", "调离")
    assert result.returncode == 0, result.stderr
    assert _listed(cli_vault)["clerk1"][2] == "停用"
    with pytest.raises(SignInFailed):
        cli_vault.sign_in("clerk1")


def test_user_unlock_releases_a_locked_account(cli_vault):
    """After five wrong passwords, ``user unlock`` by the officer lets the account in again."""
    for _ in range(5):
        with pytest.raises(SignInFailed):
            cli_vault.sign_in("clerk1", "Wrong#Pass99")
    assert_refused(user(cli_vault, "list", as_user="clerk1"), AccountLocked.exit_code)
    result = user(cli_vault, "unlock", "clerk1", as_user="officer1")
    assert result.returncode == 0, result.stderr
    cli_vault.sign_in("clerk1")


def test_unlocking_an_account_that_is_not_locked_is_refused(cli_vault):
    """``user unlock`` on an account in good standing says so in one line."""
    assert "没有被锁定" in assert_refused(user(cli_vault, "unlock", "clerk1"))


def test_verify_exits_0_and_counts_the_events(cli_vault):
    """On a sound vault ``verify`` prints the number of events checked and exits 0."""
    result = secdesk("verify", "--db", cli_vault.db_path, "--user", "auditor1",
                     "--password-stdin", stdin=lines(cli_vault.passwords["auditor1"]))
    assert result.returncode == 0, result.stderr
    assert re.search(r"OK: \d+ events checked", result.stdout)


def test_verify_exits_1_and_names_the_first_bad_event(cli_vault):
    """With one audit event altered through SQL, ``verify`` exits 1 and names that event."""
    conn = cli_vault.raw()
    conn.execute("DROP TRIGGER audit_events_no_update")
    conn.execute("UPDATE audit_events SET detail = '改' WHERE seq = 3")
    conn.close()
    result = secdesk("verify", "--db", cli_vault.db_path, "--user", "admin",
                     "--password-stdin", stdin=lines(cli_vault.password))
    assert result.returncode == 1
    assert "第3号" in result.stdout and "Traceback" not in result.stdout + result.stderr


def test_verify_with_a_wrong_password_is_refused_in_one_line(cli_vault):
    """A wrong password exits with the sign-in code and says how many tries are left."""
    result = secdesk("verify", "--db", cli_vault.db_path, "--user", "admin",
                     "--password-stdin", stdin=lines("Wrong#Pass99"))
    assert "再错4次" in assert_refused(result, SignInFailed.exit_code)


def test_verify_with_no_password_line_is_refused_in_one_line(cli_vault):
    """An empty stdin with ``--password-stdin`` is a clear refusal."""
    result = secdesk("verify", "--db", cli_vault.db_path, "--user", "admin",
                     "--password-stdin", stdin="")
    assert "标准输入" in assert_refused(result, InvalidInput.exit_code)


def test_without_a_terminal_the_password_must_come_from_stdin(cli_vault):
    """Run from a script without ``--password-stdin``, the command says what to do."""
    result = secdesk("verify", "--db", cli_vault.db_path, "--user", "admin", stdin="x\n")
    assert "--password-stdin" in assert_refused(result, InvalidInput.exit_code)


def test_backup_from_the_command_line(cli_vault, tmp_path):
    """``secdesk backup`` writes a verified backup folder and says where."""
    result = secdesk("backup", "--db", cli_vault.db_path, "--user", "admin", "--password-stdin",
                     "--out", tmp_path / "bk", stdin=lines(cli_vault.password))
    assert result.returncode == 0, result.stderr
    folders = list((tmp_path / "bk").iterdir())
    assert len(folders) == 1 and str(folders[0]) in result.stdout


def test_several_roles_can_be_given_as_a_list(cli_vault):
    """Roles given as a list (``clerk,officer``: a small unit's clerk who is also the officer)
    are all granted; ``admin,clerk`` breaks 三员分立 and is refused."""
    result = user(cli_vault, "add", "solo", "--role", "clerk,officer",
                  stdin=lines(cli_vault.password, NEW_PW))
    assert result.returncode == 0, result.stderr
    assert _listed(cli_vault)["solo"][1] == "clerk,officer"
    refused = user(cli_vault, "add", "solo2", "--role", "admin,clerk", stdin=lines(cli_vault.password, NEW_PW))
    assert "三员分立" in assert_refused(refused)


def test_a_new_accounts_first_password_does_no_work_from_the_command_line(cli_vault):
    """The administrator's temporary password signs in, but every command but the user's own
    password change is refused, naming that command; after the change the account works."""
    assert user(cli_vault, "add", "newclerk", "--role", "clerk", stdin=lines(cli_vault.password, NEW_PW)).returncode == 0
    as_new = ("--db", cli_vault.db_path, "--user", "newclerk", "--password-stdin")
    refused = assert_refused(secdesk("carrier", "list", *as_new, stdin=lines(NEW_PW)))
    assert "secdesk user passwd" in refused
    changed = secdesk("user", "passwd", *as_new, stdin=lines(NEW_PW, NEW_PW, "Mine#Clerk77"))
    assert changed.returncode == 0, changed.stderr
    assert secdesk("carrier", "list", *as_new, stdin=lines("Mine#Clerk77")).returncode == 0


def test_verify_with_the_auditors_code_vouches_for_the_sealed_epochs(vault):
    """init prints the 审计验证码 once; verify --audit-seed reads it after the password and
    exits 0 naming the sealed epochs and the open one; a mistyped code is one line, rc≠0."""
    code = vault.session.audit_seed
    vault.add_user("auditor1", Role.AUDITOR)
    vault.close()
    as_auditor = ("--db", vault.db_path, "--user", "auditor1", "--password-stdin", "--audit-seed")
    result = secdesk("verify", *as_auditor, stdin=lines(vault.passwords["auditor1"], code))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "封存核验通过" in result.stdout and "尚未封存的当前时段" in result.stdout
    wrong = secdesk("verify", *as_auditor, stdin=lines(vault.passwords["auditor1"], code[:-3] + "AAA"))
    assert "审计验证码" in assert_refused(wrong)


def test_init_prints_the_auditors_code(tmp_path):
    result = secdesk("init", "--db", tmp_path / "n.db", "--unit-name", UNIT, "--unit-code", "BMS",
                     "--admin", "admin", "--password-stdin", stdin=lines("Adm1n#Secret"))
    assert result.returncode == 0, result.stderr
    lines_out = result.stdout.splitlines()
    code = lines_out[lines_out.index(next(x for x in lines_out if x.startswith("审计验证码"))) + 1]
    assert code.startswith("G1-") and len(code) > 50


def test_the_command_line_refuses_to_sign_in_while_networked_when_so_set(staffed_vault, monkeypatch, capsys):
    """联网时拒绝登录 holds for the command line too: with an interface up, one line, rc≠0."""
    import io

    from secdesk.cli import main as cli_main
    from secdesk.services import settings

    staffed_vault.close()
    settings.change_setting(staffed_vault.sign_in("officer1"), "network.refuse_signin", True)
    staffed_vault.close()
    monkeypatch.setattr(cli_main, "interfaces_up", lambda: ["eth0"])
    monkeypatch.setattr(sys, "stdin", io.StringIO(staffed_vault.passwords["clerk1"] + "\n"))
    code = cli_main.run(["carrier", "list", "--db", str(staffed_vault.db_path), "--user", "clerk1",
                         "--password-stdin"])
    assert code != 0 and "涉密计算机不得联网" in capsys.readouterr().err
