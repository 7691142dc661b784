"""The window (图形界面): the only package that imports PySide6. It calls services; it
never runs SQL."""
