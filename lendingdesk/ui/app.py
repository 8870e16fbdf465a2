"""Starting the desk window (minimal until the desk screens land)."""

from __future__ import annotations

import sys


def run_desk(db_url: str | None, lang: str | None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from lendingdesk.store.db import open_database

    app = QApplication.instance() or QApplication(sys.argv)
    db = open_database(db_url)
    window = QMainWindow()
    window.setWindowTitle("LendingDesk")
    window.setCentralWidget(QLabel(f"LendingDesk – {db.url}"))
    window.resize(1024, 700)
    window.show()
    return app.exec()
