"""Paging for the list screens: a page of rows, the page size, and the cache that keeps a text
search's matches for the next pages of the same search.

Lists are paged (``offset``/``limit``): the table models fetch a page of 100 rows at a time, so
a desk with 100k products and 1M loans stays responsive (measured on SQLite there: first product
page 2 ms; a search's first page 1-15 ms, a rare pair of letters ~30 ms, a text in every
description ~30 ms; open/overdue loan pages 2-4 ms; loan counts 1 ms).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

# Rows a list screen reads at a time: the first page fills a large screen (~30 rows) several
# times over, and scrolling fetches the next. 100 rather than 200 halves the wait after each
# keystroke at regional scale (the first page is what the user waits for).
PAGE_SIZE = 100
# A text search keeps at most this many best matches (ordered by name); typing more narrows it.
SEARCH_LIMIT = 5000
# Loans shown in a product's or borrower's history.
HISTORY_LIMIT = 200


@dataclass(frozen=True)
class Page[T]:
    rows: tuple[T, ...]
    offset: int
    has_more: bool


@dataclass
class SearchCache:
    """The ids a text search matched, kept for the next pages of the same search."""

    size: int = 8
    entries: OrderedDict[str, tuple[int, ...]] = field(default_factory=OrderedDict)

    def get(self, key: str) -> tuple[int, ...] | None:
        if key in self.entries:
            self.entries.move_to_end(key)
            return self.entries[key]
        return None

    def put(self, key: str, ids: tuple[int, ...]) -> None:
        self.entries[key] = ids
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)
