"""The window's font (issue 17): the system's sans CJK UI face where there is one, the
bundled printing face (Song/Ming) otherwise; prints keep the Song face either way."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase

from secdesk.gui.shell import i18n, ui_font
from secdesk.printing import fonts


@pytest.fixture
def app_font(qapp):
    """The application font is put back after the test."""
    before = qapp.font()
    yield qapp
    qapp.setFont(before)


def printing_family() -> str:
    """The Qt family of the font the PDFs embed."""
    font = fonts.find_font()
    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(font.path)))
    return families[min(font.index, len(families) - 1)]


@pytest.mark.parametrize("families, chosen", [
    (["DejaVu Sans", "AR PL UMing CN", "Noto Sans CJK SC", "WenQuanYi Micro Hei"], "Noto Sans CJK SC"),
    (["SimSun", "Microsoft YaHei", "Microsoft YaHei UI", "SimHei"], "Microsoft YaHei UI"),
    (["WenQuanYi Micro Hei", "AR PL UKai CN"], "WenQuanYi Micro Hei"),
    (["source han sans sc"], "source han sans sc"),
    (["PingFang SC [Apple]", "Songti SC"], "PingFang SC [Apple]"),
])
def test_the_window_uses_the_systems_sans_cjk_face(app_font, monkeypatch, families, chosen):
    monkeypatch.setattr(ui_font, "available_families", lambda: [*families, printing_family()])
    assert i18n.install_font(app_font) == chosen
    assert app_font.font().family() == chosen


def test_without_a_sans_cjk_face_the_window_uses_the_printing_font(app_font, monkeypatch):
    monkeypatch.setattr(ui_font, "available_families", lambda: ["DejaVu Sans", "DejaVu Serif", printing_family()])
    family = i18n.install_font(app_font)
    assert family == printing_family() and family not in ui_font.SANS_CJK
    assert app_font.font().family() == family


def test_on_this_machine_the_choice_follows_what_is_installed(app_font):
    """Whatever this machine has: a listed sans face if Qt knows one, else the printing font."""
    sans = [f for f in QFontDatabase.families() if f.split(" [")[0] in ui_font.SANS_CJK]
    family = i18n.install_font(app_font)
    assert (family.split(" [")[0] in ui_font.SANS_CJK) if sans else family == printing_family()


def test_prints_keep_the_song_face(app_font, monkeypatch):
    """Choosing a sans face for the window changes nothing the PDFs embed."""
    before = fonts.find_font()
    monkeypatch.setattr(ui_font, "available_families", lambda: ["Noto Sans CJK SC"])
    i18n.install_font(app_font)
    assert fonts.find_font() == before
    assert fonts.cjk_font() == fonts.FONT_NAME


def test_with_no_font_at_all_the_application_font_is_left_alone(app_font, monkeypatch):
    before = app_font.font().family()
    monkeypatch.setattr(ui_font, "available_families", lambda: ["DejaVu Sans"])
    monkeypatch.setattr(i18n, "find_font", lambda: (_ for _ in ()).throw(OSError("no font")))
    assert i18n.install_font(app_font) is None
    assert app_font.font().family() == before
