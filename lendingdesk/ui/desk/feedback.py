"""The big feedback banner and the short sounds that go with every scan.

Green: it worked (product, tag, due date). Red: refused, with what to do. Amber: take note.
Sounds come from small WAV files in resources/sounds through QtMultimedia when there is an
audio device; without one (or without QtMultimedia's system libraries) the desk falls back to
the system beep, and headless it stays silent. A sound never fails and never warns.
"""

from __future__ import annotations

from collections import deque
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from lendingdesk.resources import resource_path


class Tone(StrEnum):
    IDLE = "idle"
    OK = "ok"
    WARN = "warn"
    ERROR = "error"
    READ = "read"  # the short beep of a code read by the camera (a scanner beeps itself)


# Calm, high-contrast pairs (background, text); the red and green pass WCAG AA for large text.
PALETTE: dict[Tone, tuple[str, str, str]] = {
    Tone.IDLE: ("#eef2f6", "#1f2d3d", "#c9d3de"),
    Tone.OK: ("#e3f4e8", "#0f5b2a", "#2e9d57"),
    Tone.WARN: ("#fff4d6", "#6b4a00", "#e0a800"),
    Tone.ERROR: ("#fde6e6", "#8a1111", "#d43c3c"),
}


class FeedbackBanner(QFrame):
    """A large, coloured message: a headline (30 pt) and a detail line (15 pt)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("banner", True)  # uic renames the object; style by property
        self.tone = Tone.IDLE
        self.headline = QLabel(self)
        self.headline.setObjectName("feedbackHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QLabel(self)
        self.detail.setObjectName("feedbackDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.setSpacing(4)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setMinimumHeight(110)
        self.show_message(Tone.IDLE, "", "")

    def show_message(self, tone: Tone, headline: str, detail: str = "") -> None:
        if tone is not self.tone or not self.styleSheet():
            self._apply_tone(tone)
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(headline)
        self.setAccessibleDescription(detail)

    def _apply_tone(self, tone: Tone) -> None:
        # Restyling re-polishes the banner and relays out the screen: only when the colour
        # changes (a run of successful scans keeps its green and only the text is redrawn).
        self.tone = tone
        bg, fg, border = PALETTE[tone]
        self.setStyleSheet(
            f'QFrame[banner="true"] {{ background: {bg}; border: 2px solid {border};'
            " border-radius: 10px; }"
            f"#feedbackHeadline {{ color: {fg}; font-size: 30pt; font-weight: 600; }}"
            f"#feedbackDetail {{ color: {fg}; font-size: 15pt; }}"
        )

    def text(self) -> str:
        return "\n".join(t for t in (self.headline.text(), self.detail.text()) if t)


class Sounds:
    """Short cues for ok / warn / error. ``played`` records them (tests, and a silent desk)."""

    FILES = {
        Tone.OK: "ok.wav",
        Tone.WARN: "warn.wav",
        Tone.ERROR: "error.wav",
        Tone.READ: "read.wav",
    }

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        # The last cues only: a desk runs all day, and this is for tests and diagnosis.
        self.played: deque[Tone] = deque(maxlen=100)
        self._effects: dict[Tone, object] | None = None

    def play(self, tone: Tone) -> None:
        self.played.append(tone)
        if not self.enabled or tone is Tone.IDLE:
            return
        effects = self._load()
        effect = effects.get(tone) if effects else None
        if effect is not None:
            effect.play()
        elif tone in (Tone.ERROR, Tone.READ) and QGuiApplication.platformName() != "offscreen":
            QApplication.beep()

    def _load(self) -> dict[Tone, object]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            return self._effects  # headless: no audio, and no multimedia warnings
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:
            return self._effects  # e.g. libpulse missing: the system beep will do
        if not QMediaDevices.audioOutputs():
            return self._effects
        for tone, name in self.FILES.items():
            try:
                effect = QSoundEffect()
                effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", name))))
                effect.setVolume(0.6)
                self._effects[tone] = effect
            except (OSError, RuntimeError):
                continue
        return self._effects
