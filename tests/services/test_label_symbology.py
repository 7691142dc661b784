"""Label symbology per stock (issue 17): the labels follow the setting, and the station
takes a carrier or a badge read from either symbol, with or without ]d1 in front."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
import zxingcpp

from secdesk.domain.errors import InvalidInput, PermissionDenied
from secdesk.printing.labels import LabelLayout
from secdesk.services import printouts, scan
from secdesk.services import settings as settings_service
from secdesk.services.scan import Action
from tests.lending_world import build_world


@pytest.fixture
def world(staffed_vault):
    return build_world(staffed_vault)


def symbols(pdf: bytes) -> list[tuple[str, str]]:
    """(format, text) of each symbol on each page, rendered at 203 dpi."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return [(r.format.name, r.text) for page in doc
                for r in zxingcpp.read_barcodes(page.render(scale=203 / 72).to_pil())]
    finally:
        doc.close()


def test_labels_follow_the_symbology_set_for_their_stock(world, staffed_vault):
    """By default Code 128 on 50×30 and DataMatrix on 40×20; the administrator switches
    the small stock to Code 128 (and it then no longer scans at 203 dpi)."""
    number = world.number("internal")
    clerk = world.clerk
    assert symbols(printouts.label_sheet(clerk, [number], LabelLayout.ROLL_50X30).pdf) == [("Code128", number)]
    assert symbols(printouts.label_sheet(clerk, [number], LabelLayout.ROLL_40X20).pdf) == [("DataMatrix", number)]
    with pytest.raises(PermissionDenied):
        settings_service.change_setting(clerk, "labels.symbology.roll40x20", "code128")
    clerk.close()
    admin = staffed_vault.sign_in("admin")
    with pytest.raises(InvalidInput):
        settings_service.change_setting(admin, "labels.symbology.roll50x30", "qr")
    settings_service.change_setting(admin, "labels.symbology.roll50x30", "datamatrix")
    settings_service.change_setting(admin, "labels.symbology.roll40x20", "code128")
    admin.close()
    clerk = staffed_vault.sign_in("clerk1")
    assert symbols(printouts.label_sheet(clerk, [number], LabelLayout.ROLL_50X30).pdf) == [("DataMatrix", number)]
    assert symbols(printouts.label_sheet(clerk, [number], LabelLayout.ROLL_40X20).pdf) == []


@pytest.mark.parametrize("prefix", ["", "]d1", "]C0"])
def test_the_station_takes_what_a_2d_scanner_types(world, prefix):
    """Badge, lend, return: the same text from a DataMatrix or a Code 128, identifier or not."""
    clerk = world.clerk
    badge, number = world.badge("general"), world.number("internal")
    chose = scan.scan(clerk, prefix + badge + "\r\n", None)
    assert chose.action is Action.BORROWER
    lent = scan.scan(clerk, prefix + number, chose.borrower)
    assert (lent.action, lent.number) == (Action.LEND, number)
    back = scan.scan(clerk, prefix + number, chose.borrower)
    assert (back.action, back.number) == (Action.RETURN, number)
