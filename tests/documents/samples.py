"""Realistic input for the document tests: names from the desk's own catalogue."""

from __future__ import annotations

from lendingdesk.documents import LabelSpec
from lendingdesk.domain.codes import format_tag

PRODUCTS = (
    "Tovertafel Qwiek.up Cliëntvriendelijk",
    "PARO robotzeehond",
    "Joy for All companion cat (€ 129)",
    "Medido medicijndispenser",
    "Zembro",
    "Incontinentiesensorverwerkingsmodule",  # one long word: must shrink, not spill
    "TENA SmartCare Change Indicator met heel lange productnaam die nooit op één regel "
    "past, ook niet op het grootste etiket, en dus netjes wordt afgekapt",
    "VR-bril met 360° content – naïeve gebruikersmodus",
    "",  # a blank, pre-printed tag
)
ORGANISATION = "Zorggroep Ëlst – Locatie De Één, Uitleenservice Zorgtechnologie"


def label_specs(count: int, first_serial: int = 1) -> list[LabelSpec]:
    return [
        LabelSpec(format_tag(first_serial + i), PRODUCTS[i % len(PRODUCTS)], ORGANISATION)
        for i in range(count)
    ]
