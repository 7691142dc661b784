"""Bringing data in and taking it out (导入、导出): the import wizard and the export dialog."""
