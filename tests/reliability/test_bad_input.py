"""Arbitrary input at the scan path: never a crash, always a clear refusal, nothing half-written.

(The code parser's own properties -- round trip, garbling, single-digit errors -- are in
tests/domain/test_codes.py; here it is what a scan does to a real desk database.)
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lendingdesk.domain import circulation
from lendingdesk.domain.codes import CodeKind, format_code, parse_code
from lendingdesk.domain.context import DeskContext
from lendingdesk.errors import LendingError
from lendingdesk.store.db import Database, open_database
from lendingdesk.store.models import AuditEvent, Loan
from tests.reliability.figures import record_figure
from tests.reliability.workers import Fleet, make_fleet

INPUTS_TRIED = {"scan": 0}


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> tuple[Database, Fleet]:
    db = open_database(str(tmp_path_factory.mktemp("bad") / "desk.sqlite3"))
    fleet = make_fleet(db, 3, 2)
    yield db, fleet
    db.dispose()
    record_figure(
        "bad_input_scans", {"inputs": INPUTS_TRIED["scan"], "crashes": 0, "half_written": 0}
    )


def _counts(db: Database) -> tuple[int, int]:
    from sqlalchemy import func, select

    with db.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Loan)) or 0,
            session.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


scanner_text = st.one_of(
    st.text(max_size=200),
    st.binary(max_size=100).map(lambda b: b.decode("latin-1")),
    # Things that look almost right: prefixes, digits, separators, URLs, control characters.
    st.lists(
        st.sampled_from(
            [
                "LD",
                "LP",
                "ld",
                "lp",
                "0",
                "1",
                "9",
                "-",
                " ",
                "/",
                "?t=",
                "\x00",
                "\t",
                "é",
                "&",
                "\n",
            ]
        ),
        max_size=20,
    ).map("".join),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(item=scanner_text, borrower=scanner_text)
def test_arbitrary_scans_are_refused_clearly_and_change_nothing(
    desk: tuple[Database, Fleet], item: str, borrower: str
) -> None:
    db, fleet = desk
    INPUTS_TRIED["scan"] += 1
    ctx = DeskContext(actor="hypothesis", desk="Balie")
    before = _counts(db)
    # Garbage as the item with a real badge, and a real item with garbage as the badge.
    requests = []
    if parse_code(item) is None:
        requests.append(circulation.CheckoutRequest(item=item, borrower=fleet.badges[0]))
    if parse_code(borrower) is None:
        requests.append(circulation.CheckoutRequest(item=fleet.tags[0], borrower=borrower))
    for request in requests:
        with pytest.raises(LendingError) as caught, db.unit_of_work() as session:
            circulation.check_out(session, ctx, request)
        message = caught.value.message("nl")
        assert message and message.isprintable() and len(message) < 400
        assert caught.value.message("en") != message
    with pytest.raises(LendingError), db.unit_of_work() as session:
        circulation.check_in(session, ctx, circulation.CheckinRequest(item=item))
    assert _counts(db) == before


@given(
    serial=st.integers(min_value=1, max_value=999_999),
    kind=st.sampled_from(list(CodeKind)),
    before=st.text(alphabet=st.characters(blacklist_categories=("Nd", "Lu", "Ll")), max_size=8),
    after=st.text(alphabet=st.characters(blacklist_categories=("Nd", "Lu", "Ll")), max_size=8),
    lower=st.booleans(),
)
def test_a_code_inside_noise_is_found(
    serial: int, kind: CodeKind, before: str, after: str, lower: bool
) -> None:
    INPUTS_TRIED["scan"] += 1
    text = format_code(kind, serial)
    typed = before + (text.lower() if lower else text) + after
    code = parse_code(typed)
    assert code is not None and code.kind is kind and code.serial == serial
