"""A kit's parts as a checklist, in the check-in dialog and the check-out parts dialog alike.

One box per part, numbered: 1…9 (or Alt+1…9, the box's mnemonic) toggles a part, Space the
focused one. A part with a label of its own starts unticked and is ticked by scanning that
label (``take_scan``); so does a part on the "to find" list. The others start ticked: the desk
unticks what is not there.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QWidget

from lendingdesk.ui.scan_routing import Accepts, Scan


class PartsChecklist(QObject):
    changed = Signal()  # a box was ticked or unticked

    def __init__(
        self,
        layout: QBoxLayout,
        parent: QWidget,
        parts: Iterable[str],
        part_tags: Iterable[tuple[str, str]] = (),
        *,
        missing: Iterable[str] = (),
    ) -> None:
        super().__init__(parent)
        self.part_tags = dict(part_tags)
        self.missing_before = set(missing)  # on the "to find" list
        self.boxes: list[QCheckBox] = []
        for index, name in enumerate(parts):
            box = QCheckBox(parent)
            box.setObjectName(f"accessory{index}")
            box.setProperty("accessory", name)
            box.setChecked(name not in self.part_tags and name not in self.missing_before)
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes.append(box)
        self.retranslate()

    def box_of(self, name: str) -> QCheckBox:
        return next(b for b in self.boxes if b.property("accessory") == name)

    def missing(self) -> tuple[str, ...]:
        """The parts not ticked, in the product's order."""
        return tuple(str(b.property("accessory")) for b in self.boxes if not b.isChecked())

    def present(self) -> tuple[str, ...]:
        return tuple(str(b.property("accessory")) for b in self.boxes if b.isChecked())

    def take_scan(self, scan: Scan) -> bool:
        """A part's own label: tick that part (True). Anything else is not for the list."""
        if scan.kind is not Accepts.ITEM:
            return False
        name = next((n for n, t in self.part_tags.items() if t == scan.code), None)
        if name is None:
            return False
        box = self.box_of(name)
        box.setChecked(True)
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def toggle_key(self, event: QKeyEvent) -> bool:
        """A plain digit toggles that part. It reaches the dialog only when the focused widget
        (a box, a button) has no use for it: a text field keeps its digits. Not a QShortcut: a
        shortcut would also catch the digits of a scanned code."""
        number = event.key() - Qt.Key.Key_0
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not (plain and 1 <= number <= len(self.boxes) and number <= 9):
            return False
        box = self.boxes[number - 1]
        box.setChecked(not box.isChecked())
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        event.accept()
        return True

    def retranslate(self) -> None:
        for index, box in enumerate(self.boxes):
            name = str(box.property("accessory"))
            text = f"&{index + 1}  {name}" if index < 9 else name
            if name in self.part_tags:
                text += "  " + QCoreApplication.translate(
                    "PartsChecklist", "(scan its label %1)"
                ).replace("%1", self.part_tags[name])
            if name in self.missing_before:
                text += "  " + QCoreApplication.translate(
                    "PartsChecklist", "— on the list of missing parts"
                )
            box.setText(text)
