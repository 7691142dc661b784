"""Qt-free ReportLab printing: fonts, forms, labels, sheets. Every function returns PDF bytes."""
