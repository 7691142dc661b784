"""Bringing an old register in (导入): spreadsheet rows read as the clerks wrote them.

No I/O here: the service reads the file into a :class:`~secdesk.domain.importing.table.Table`
(rows of cell values, merged cells filled in); this package finds the heading row, maps
the headings to fields, normalises the values and decides each row's fate.
"""
