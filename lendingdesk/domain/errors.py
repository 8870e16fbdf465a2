"""Re-export of :mod:`lendingdesk.errors` (kept while callers move; new code imports from
``lendingdesk.errors``)."""

from __future__ import annotations

from lendingdesk.errors import *  # noqa: F403
