"""The demo's carriers read like a real register (issue 17): no doubled words such as
“专项审计情况情况汇报” or “会议纪要会议纪要”, no “存储” glued to the front of a title."""

from __future__ import annotations

import random
import re
from datetime import date

from secdesk.demo.carriers import draft

DOUBLED = re.compile(r"(..+)\1")


def test_a_thousand_demo_titles_read_as_titles():
    rng = random.Random(2026)
    titles = [draft(rng, date(2026, 12, 4))[0].title for _ in range(1000)]
    assert not [t for t in titles if DOUBLED.search(t)]
    assert not [t for t in titles if t.startswith("存储")]
    assert any(t.endswith("（电子版）") for t in titles)  # a USB drive or disc says what it holds
