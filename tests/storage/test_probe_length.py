"""A database file with bytes appended after its last page is reported as changed, with
the number of extra bytes — not as "incomplete, should have N pages, has N" (issue 16)."""

from __future__ import annotations

import pytest

from secdesk.domain.errors import DamagedFile


@pytest.fixture
def closed_vault(vault):
    """A fresh vault, signed out and checkpointed."""
    vault.close()
    return vault


@pytest.mark.parametrize("extra", [1, 10, 4095])
def test_bytes_appended_to_the_file_are_named_as_extra(closed_vault, extra):
    """Ten bytes too many: DamagedFile saying 多出10字节; the file is left as it is."""
    data = closed_vault.db_path.read_bytes() + b"\0" * extra
    closed_vault.db_path.write_bytes(data)
    with pytest.raises(DamagedFile) as caught:
        closed_vault.sign_in()
    assert f"多出{extra}字节" in caught.value.zh and f"{extra} extra bytes" in caught.value.en
    assert "不完整" not in caught.value.zh
    assert closed_vault.db_path.read_bytes() == data
