"""Language and font: the zh_CN translation (default) and the CJK fonts for the window."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from secdesk.gui.shell import ui_font
from secdesk.paths import resources_dir
from secdesk.printing.fonts import find_font


# Qt's own strings its shipped qtbase_zh_CN.qm does not cover (Qt 6 added the mnemonics).
QT_GAPS = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
}


class QtGaps(QTranslator):
    """The few Qt strings :data:`QT_GAPS` fills; every other string falls through."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 (Qt override)
        """The gap's translation, or None to let the other translators answer."""
        return QT_GAPS.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        """Never empty, or Qt would skip it."""
        return False


def install_language(app: QApplication, language: str = "zh_CN") -> list[QTranslator]:
    """Load secdesk's and Qt's own translations; English needs none."""
    if language.startswith("en"):
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    translators = []
    for name, folder in (
        ("secdesk_zh_CN", str(resources_dir() / "translations")),
        ("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    gaps = QtGaps(app)
    app.installTranslator(gaps)  # asked first: it answers only for its gaps
    return [*translators, gaps]


def install_font(app: QApplication) -> str | None:
    """Register the printing font (Song) with Qt so no text shows empty boxes, and set
    the window's font: the system's sans CJK UI face if it has one, else the printing
    font (:mod:`secdesk.gui.shell.ui_font`). Returns the family set, or None."""
    family = ui_font.choose_ui_family(ui_font.available_families(), _register_printing_font())
    if family is not None:
        app.setFont(QFont(family, 10))
    return family


def _register_printing_font() -> str | None:
    """The family of the printing font, registered with Qt; None if there is none."""
    try:
        font = find_font()
    except Exception:
        return None
    font_id = QFontDatabase.addApplicationFont(str(font.path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    return families[min(font.index, len(families) - 1)]
