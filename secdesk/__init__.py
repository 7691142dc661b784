"""secdesk: the register of a secrecy room (保密室台账), on one PC with no network."""

__version__ = "0.1.0"
APP_NAME = "secdesk"
