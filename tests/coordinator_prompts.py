"""Answering the coordinator prompts in GUI tests: the real ``ask_coordinator`` runs, only its
three dialogs are replaced (what the user would type or click)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from lendingdesk.domain.context import DeskContext
from lendingdesk.services import access
from lendingdesk.store.db import Database
from lendingdesk.ui import coordinator

CODE = "lindehof-42"


def set_code(db: Database, code: str = CODE) -> None:
    with db.unit_of_work() as session:
        access.set_code(session, DeskContext(actor="coordinator"), code)


@dataclass
class Prompts:
    answers: list[str | None]
    setup: bool = False  # the answer to "no code yet: set one now?"
    asked: list[str] = field(default_factory=list)
    told: list[str] = field(default_factory=list)
    offered: list[str] = field(default_factory=list)


def answer(monkeypatch: pytest.MonkeyPatch, *answers: str | None, setup: bool = False) -> Prompts:
    """Each coordinator prompt takes the next answer (None: Cancel)."""
    prompts = Prompts(list(answers), setup)

    def ask(_parent: object, label: str) -> str | None:
        prompts.asked.append(label)
        assert prompts.answers, f"unexpected coordinator prompt: {label}"
        return prompts.answers.pop(0)

    def offer(_parent: object, text: str) -> bool:
        prompts.offered.append(text)
        return prompts.setup

    monkeypatch.setattr(coordinator, "ask_secret", ask)
    monkeypatch.setattr(coordinator, "tell", lambda _p, text: prompts.told.append(text))
    monkeypatch.setattr(coordinator, "offer_setup", offer)
    return prompts
