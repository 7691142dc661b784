"""Errors a user can meet, each with a Chinese message and its English gloss.

Every message names the problem and the fix. ``str(error)`` gives the one-line form the
command line prints: ``中文说明 (English)``. Nothing here carries a secret.
"""

from __future__ import annotations


class SecdeskError(Exception):
    """A failure the user can understand and act on (操作失败)."""

    exit_code = 1

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(f"{zh} ({en})")
        self.zh = zh
        self.en = en

    def text(self, language: str = "zh") -> str:
        """The message in one language: ``zh`` (default) or ``en``."""
        return self.en if language.startswith("en") else self.zh


class VaultError(SecdeskError):
    """The database file or its key file cannot be opened as it is."""

    exit_code = 2


class FileMissing(VaultError):
    """No database file at the path."""


class EmptyFile(VaultError):
    """A zero-byte file where the database should be."""


class PlainDatabase(VaultError):
    """An unencrypted SQLite file: never a secdesk database."""


class NotSecdeskFile(VaultError):
    """A file that is not this unit's secdesk database."""


class TruncatedFile(VaultError):
    """The file is shorter than the database it holds: part of it was lost."""


class DamagedFile(VaultError):
    """Pages fail their integrity check: the file was changed or damaged."""


class NewerVersion(VaultError):
    """The file was written by a newer secdesk than this one."""


class MigrationFailed(VaultError):
    """A schema upgrade failed and was rolled back: the file is as it was."""


class KeyFileError(VaultError):
    """The key file (密钥文件) beside the database is missing or unreadable."""


class VaultInUse(VaultError):
    """Another secdesk process has the database open."""


class SignInFailed(SecdeskError):
    """Wrong account name or password, or an account that may not sign in."""

    exit_code = 3


class AccountLocked(SignInFailed):
    """Too many failed sign-ins: the account waits for release (解锁)."""


class AccountDisabled(SignInFailed):
    """The account was disabled (停用) by the administrator."""


class PermissionDenied(SecdeskError):
    """The signed-in account's role does not allow this."""

    exit_code = 4


class InvalidInput(SecdeskError):
    """A typed or scanned value is not acceptable; names the field."""

    exit_code = 5

    def __init__(self, field_zh: str, zh: str, en: str) -> None:
        super().__init__(f"{field_zh}：{zh}", en)
        self.field = field_zh


class StorageFull(SecdeskError):
    """The disk is full or not writable; nothing was written."""

    exit_code = 6
