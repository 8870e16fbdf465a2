"""The status of a physical item, as stored in ``items.status``.

A :class:`~enum.StrEnum`: each member *is* its stored string, so members compare equal to the
values read back from the database, work as dictionary keys next to them, and bind as plain text.
The schema's CHECK constraint (store.models.ITEM_STATUSES, which cannot import the domain) lists
the same strings; tests/domain/test_status.py keeps the two the same.
"""

from __future__ import annotations

from enum import StrEnum


class ItemStatus(StrEnum):
    AVAILABLE = "available"
    ON_LOAN = "on_loan"
    AWAITING_CLEANING = "awaiting_cleaning"
    IN_MAINTENANCE = "in_maintenance"
    RESERVED = "reserved"
    RETIRED = "retired"
    LOST = "lost"


# Items that no longer count: written off, or missing until someone finds them.
GONE = (ItemStatus.RETIRED, ItemStatus.LOST)
# Items that can take part in lending (now or after cleaning): what reservations count on.
LENDABLE = (
    ItemStatus.AVAILABLE,
    ItemStatus.ON_LOAN,
    ItemStatus.AWAITING_CLEANING,
    ItemStatus.RESERVED,
)
# Items that can go out on loan right now.
READY_TO_LEND = (ItemStatus.AVAILABLE, ItemStatus.RESERVED)
# Items at the desk that can be taken out of use for maintenance.
MAY_GO_TO_MAINTENANCE = (ItemStatus.AVAILABLE, ItemStatus.AWAITING_CLEANING, ItemStatus.RESERVED)


def back_at_the_desk(needs_cleaning: bool) -> ItemStatus:
    """The status of an item that comes back into the desk's hands (returned, found, repaired):
    to cleaning first when its product needs it, else straight back on the shelf."""
    return ItemStatus.AWAITING_CLEANING if needs_cleaning else ItemStatus.AVAILABLE
