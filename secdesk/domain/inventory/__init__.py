"""Inventory (清点) and missing carriers (下落不明): Qt-free rules."""
