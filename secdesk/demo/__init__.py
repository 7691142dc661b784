"""demo"""

MAX_SIZE = 50  # ``size`` scales the demo: 120 carriers per unit, 6 working visits per unit
