"""The lazy table models, without widgets: pages, roles, highlighting, and Qt's model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from lendingdesk import demo
from lendingdesk.services.views import PAGE_SIZE, ProductFilter, ProductRow, ScreenServices
from lendingdesk.store.db import Database
from lendingdesk.ui.models import (
    BorrowerTableModel,
    CleaningTableModel,
    LoanTableModel,
    ProductTableModel,
    Roles,
)
from lendingdesk.ui.models.tables import OVERDUE_BACKGROUND
from tests.ui_screens.conftest import _screen_services


@pytest.fixture
def synthetic(db: Database, ctx) -> ScreenServices:
    demo.fill_synthetic(db, products=3000, loans=5000)
    return _screen_services(db, ctx)


def _tester(model) -> QAbstractItemModelTester:
    # Warning mode: a broken model contract becomes a Qt warning, and Qt warnings fail tests.
    return QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)


def test_product_rows_grow_by_pages_through_fetch_more(synthetic: ScreenServices, qapp) -> None:
    model = ProductTableModel(lambda o, n: synthetic.catalogue.product_page(ProductFilter(), o, n))
    tester = _tester(model)
    model.reload()
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 3000
    assert model.pages_loaded == 3000 // PAGE_SIZE  # each page peeks one row ahead
    names = [model.row_at(r).name for r in range(model.rowCount())]
    assert names == sorted(names)  # one ordered list across pages
    assert len({model.row_at(r).id for r in range(model.rowCount())}) == 3000
    del tester


def test_search_narrows_the_pages(synthetic: ScreenServices, qapp) -> None:
    model = ProductTableModel(
        lambda o, n: synthetic.catalogue.product_page(ProductFilter(query="tovertafel"), o, n)
    )
    model.reload()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    rows = model.rows()
    assert 0 < len(rows) < 3000
    assert all("tovertafel" in r.name.lower() for r in rows)


def test_roles_and_columns(services: ScreenServices, nl) -> None:
    model = ProductTableModel(lambda o, n: services.catalogue.product_page(ProductFilter(), o, n))
    tester = _tester(model)
    model.reload()
    index = model.index(0, ProductTableModel.NAME)
    row = index.data(Roles.Row)
    assert isinstance(row, ProductRow)
    assert index.data(Roles.Id) == row.id
    assert index.data() == row.name
    available = model.index(0, ProductTableModel.AVAILABLE).data()
    assert available == f"{row.items_available} van {row.items_total}"
    header = model.headerData(ProductTableModel.AVAILABLE, Qt.Orientation.Horizontal)
    assert header == "Beschikbaar"
    assert model.index(0, 0).data(Roles.Status) in ("available", "on_loan")
    del tester


def test_overdue_loans_are_highlighted(services: ScreenServices, nl) -> None:
    model = LoanTableModel(lambda o, n: services.loans.loan_page("open", offset=o, limit=n))
    tester = _tester(model)
    model.reload()
    rows = model.rows()
    overdue = [r for r, loan in enumerate(rows) if loan.days_overdue]
    on_time = [r for r, loan in enumerate(rows) if not loan.days_overdue]
    assert overdue and on_time
    late = model.index(overdue[0], LoanTableModel.LATE)
    assert late.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert "dag" in late.data()
    assert late.data(Roles.Status) == "overdue"
    assert model.index(on_time[0], 0).data(Qt.ItemDataRole.BackgroundRole) is None
    del tester


def test_other_models_pass_the_model_tester(services: ScreenServices, nl) -> None:
    for model in (
        BorrowerTableModel(
            lambda o, n: services.borrowers.borrower_page(offset=o, limit=n), page_size=5
        ),
        CleaningTableModel(
            lambda o, n: services.cleaning.cleaning_page(offset=o, limit=n), page_size=1
        ),
    ):
        tester = _tester(model)
        model.reload()
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        assert model.rowCount() > 0
        model.retranslate()
        del tester


def test_loan_pages_at_scale(synthetic: ScreenServices, qapp) -> None:
    model = LoanTableModel(
        lambda o, n: synthetic.loans.loan_page("open", offset=o, limit=n), page_size=25
    )
    model.reload()
    assert model.rowCount() == 25
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 50
    dues = [model.row_at(r).due_on for r in range(model.rowCount())]
    assert dues == sorted(dues)
