"""Language and font: the zh_CN translation (default) and the CJK font for the window."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from secdesk.paths import resources_dir
from secdesk.printing.fonts import find_font


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
    return translators


def install_font(app: QApplication) -> str | None:
    """Register the CJK font so no label shows empty boxes; return its family."""
    try:
        font = find_font()
    except Exception:
        return None
    font_id = QFontDatabase.addApplicationFont(str(font.path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    family = families[min(font.index, len(families) - 1)]
    app.setFont(QFont(family, 10))
    return family
