"""The carrier commands: carrier add|show|list, labels, print register — same rules and
messages as the window, one line and a non-zero exit on any refusal."""

from __future__ import annotations

import re

import pytest

from tests.cli.test_cli import assert_refused, lines, secdesk
from tests.pdf_text import pdf_text

PASSWORD = "Wq7#rT2kLmZ"


@pytest.fixture
def clerk_db(staffed_vault):
    """A vault with a clerk (its slot made with the cheap test KDF) and no session open."""
    staffed_vault.close()
    return staffed_vault.db_path


def as_user(db, user, *args, stdin=None):
    return secdesk(*args, "--db", db, "--user", user, "--password-stdin",
                   stdin=stdin if stdin is not None else lines(PASSWORD))


def test_add_prints_one_checked_number_per_copy(clerk_db):
    """``carrier add --copies 3`` prints three numbers; ``show`` gives 份号 and marking."""
    result = as_user(clerk_db, "clerk1", "carrier", "add", "--title", "关于保密检查的通知",
                     "--level", "机密", "--type", "纸介质", "--term", "20年", "--copies", "3",
                     "--pages", "12", "--location", "A柜1层")
    assert result.returncode == 0, result.stderr
    numbers = result.stdout.split()
    assert len(numbers) == 3 and all(n.startswith("BMS-") for n in numbers)
    shown = as_user(clerk_db, "clerk1", "carrier", "show", numbers[1])
    assert "机密★20年" in shown.stdout and "第2份 共3份" in shown.stdout and "登记载体" in shown.stdout


@pytest.mark.parametrize("args, field", [
    (("--level", "顶级", "--type", "纸介质"), "密级"),
    (("--level", "秘密", "--type", "软盘"), "载体类别"),
    (("--level", "秘密", "--type", "纸介质", "--term", "11年"), "保密期限"),
    (("--level", "机密", "--type", "纸介质", "--copy-no", "6", "--copies-total", "5"), "份号"),
])
def test_bad_input_is_one_line_naming_the_field_and_nothing_is_written(clerk_db, args, field):
    """Unknown 密级 or type, a term over the maximum, 份号 beyond 份数: refused, nothing added."""
    result = as_user(clerk_db, "clerk1", "carrier", "add", "--title", "某文件", *args)
    assert field in assert_refused(result)
    listed = as_user(clerk_db, "clerk1", "carrier", "list")
    assert listed.returncode == 0 and listed.stdout == ""


def test_a_mistyped_number_is_refused_by_its_check_character(clerk_db):
    """``carrier show`` with one wrong character exits non-zero naming the check."""
    number = as_user(clerk_db, "clerk1", "carrier", "add", "--title", "文件", "--level", "秘密",
                     "--type", "纸介质").stdout.strip()
    wrong = number[:-1] + ("A" if number[-1] != "A" else "B")
    assert "校验位" in assert_refused(as_user(clerk_db, "clerk1", "carrier", "show", wrong))


def test_labels_and_register_print_to_pdf_and_a_reprint_says_so(clerk_db, tmp_path):
    """``labels`` writes the PDF; the second time the same label is a reprint (补)."""
    number = as_user(clerk_db, "clerk1", "carrier", "add", "--title", "文件", "--level", "秘密",
                     "--type", "U盘", "--capacity", "32GB").stdout.strip()
    out = tmp_path / "labels.pdf"
    first = as_user(clerk_db, "clerk1", "labels", "--out", out, "--numbers", number,
                    "--layout", "roll40x20")
    assert first.returncode == 0 and out.read_bytes().startswith(b"%PDF")
    again = as_user(clerk_db, "clerk1", "labels", "--out", out, "--all-in-room")
    assert "补打 1 枚" in again.stdout
    text = pdf_text(out)
    assert "补" in text and "秘密★" in text
    register = tmp_path / "register.pdf"
    printed = as_user(clerk_db, "officer1", "print", "register", "--out", register,
                      "--state", "在库", "--as-of", "2099-12-31")
    assert printed.returncode == 0, printed.stderr
    text = pdf_text(register)
    assert number in text and "涉密载体登记台账" in text
    assert re.search(r"第\s*1\s*页\s*共\s*1\s*页", text)


def test_the_administrator_cannot_read_the_register(clerk_db):
    """The administrator's role does not include the register: refused in one line."""
    result = secdesk("carrier", "list", "--db", clerk_db, "--user", "admin", "--password-stdin",
                     stdin=lines("Adm1n#Secret"))
    assert "无权" in assert_refused(result)


def test_a_self_made_carrier_records_its_basis_and_classifier_and_form_1_prints_them(clerk_db, tmp_path):
    """``carrier add --source 自制 --basis B --classifier C``: shown, and printed on form 1."""
    result = as_user(clerk_db, "clerk1", "carrier", "add", "--title", "本单位自制材料", "--level", "秘密",
                     "--type", "纸介质", "--source", "自制", "--basis", "保密事项范围第5项",
                     "--classifier", "李主任")
    assert result.returncode == 0, result.stderr
    shown = as_user(clerk_db, "clerk1", "carrier", "show", result.stdout.strip()).stdout
    assert "定密依据\t保密事项范围第5项" in shown and "定密责任人\t李主任" in shown
    out = tmp_path / "register.pdf"
    assert as_user(clerk_db, "clerk1", "print", "register", "--out", str(out)).returncode == 0
    text = "".join(pdf_text(out.read_bytes()).split())
    assert "定密依据：保密事项范围第5项" in text and "定密责任人：李主任" in text
