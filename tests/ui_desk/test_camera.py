"""Camera scanning without a camera: frames of the real label and card PDFs, as a webcam sees
them, go through the camera window's video sink, the decoder thread and the window's one scan
routing; the desk lends and takes back what the camera read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from lendingdesk.domain.codes import format_badge, format_tag
from lendingdesk.store.models import Item, Loan
from lendingdesk.ui.camera.decoder import FrameDecoder, Repeats, decode, grey_picture
from lendingdesk.ui.desk.feedback import Tone
from tests.ui_desk.camera_frames import (
    LOOKS,
    Look,
    camera_frame,
    card_image,
    label_clip,
    label_image,
    nv12_frame,
    rgb_frame,
    write_mjpeg_avi,
)
from tests.ui_desk.conftest import OFFSCREEN_NOISE, human_keys, scan, when_modal

# Without a GPU (offscreen) Qt paints and converts video frames on the CPU, and says so once.
RHI_NOTE = "No RHI backend. Using CPU conversion."
# Qt's FFmpeg backend looks for optional hardware-video and PipeWire libraries when it loads.
PROBING = r"Couldn't (load|resolve) (va|pipewire)"
NO_GPU_DECODER = "No HW decoder found"  # the recorded clip is decoded on the CPU
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, RHI_NOTE, PROBING, NO_GPU_DECODER)

TAG = format_tag(17)
BADGE = format_badge(37)
FRAME_KINDS = {"rgb": rgb_frame, "nv12": nv12_frame}


@pytest.fixture(scope="module")
def labels() -> dict[str, object]:
    return {
        "qr": label_image(TAG, code128=False),
        "code128": label_image(TAG, qr=False),
        "card": card_image(BADGE),
    }


@pytest.mark.parametrize("kind", FRAME_KINDS)
@pytest.mark.parametrize("look", LOOKS, ids=lambda look: look.name)
def test_qr_on_labels_and_cards_is_read_however_the_camera_sees_it(qapp, labels, look, kind):
    make = FRAME_KINDS[kind]
    for symbol, want in (("qr", TAG), ("card", BADGE)):
        frame = make(camera_frame(labels[symbol], look))
        assert decode(grey_picture(frame)) == [want], (symbol, look)


CODE128_LOOKS = [
    Look("sharp"),
    Look("blurred", blur=1.6),
    Look("dim", light=0.3),
    Look("noisy", noise=22),
    Look("slightly tilted", tilt=3, light=0.6, noise=10),
]


@pytest.mark.parametrize("kind", FRAME_KINDS)
@pytest.mark.parametrize("look", CODE128_LOOKS, ids=lambda look: look.name)
def test_code128_strip_is_read_when_held_level(qapp, labels, look, kind):
    frame = FRAME_KINDS[kind](camera_frame(labels["code128"], look))
    assert decode(grey_picture(frame)) == [TAG]


@pytest.mark.parametrize("tilt", [8, 14, -12])
def test_a_code128_strip_held_askew_is_read_within_a_few_frames(qtbot, labels, tilt):
    """The decoder reads frames turned by ±10° in turn, so a strip held askew is read too."""
    decoder = FrameDecoder(max_rate=0)
    found: list[str] = []
    decoder.found.connect(found.append)
    frame = nv12_frame(camera_frame(labels["code128"], Look("askew", tilt=tilt, light=0.7)))
    assert decode(grey_picture(frame)) == []  # as it is: too far askew for a 1D reader
    decoder.start()
    try:
        for _ in range(3):  # three frames in a row, as the camera delivers them
            decoder.offer(frame)
            qtbot.waitUntil(lambda: decoder.stats.decoded == decoder.stats.offered, timeout=5000)
        qtbot.waitUntil(lambda: TAG in found, timeout=5000)
    finally:
        decoder.stop()


def test_a_label_outside_the_frame_on_screen_is_not_read(qapp, labels):
    """Only what is held in the frame counts: a label lying at the edge of the desk is not."""
    label = labels["qr"].resize((labels["qr"].width // 2, labels["qr"].height // 2))
    picture = QImage(1280, 720, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.white)
    from tests.ui_desk.camera_frames import to_qimage

    small = to_qimage(label)
    from PySide6.QtGui import QPainter

    painter = QPainter(picture)
    painter.drawImage(1280 - small.width() - 4, 4, small)  # the top right corner
    painter.end()
    assert decode(grey_picture(picture)) == []
    assert decode(grey_picture(picture.scaled(640, 360))) == []
    import zxingcpp

    assert [c.text for c in zxingcpp.read_barcodes(picture)] == [TAG]  # it is readable


def test_a_code_in_view_counts_once_until_it_was_out_of_sight():
    now = [100.0]
    repeats = Repeats(2.0, clock=lambda: now[0])
    assert repeats.fresh(TAG)
    for _ in range(30):  # held still for 3 s, read ten times a second
        now[0] += 0.1
        assert not repeats.fresh(TAG)
    assert repeats.fresh(BADGE)  # another code counts at once
    now[0] += 2.5  # taken away and shown again
    assert repeats.fresh(TAG)


def test_the_decoder_takes_the_newest_frame_and_drops_the_rest(qtbot, labels):
    """Frames arrive faster than they are decoded: the worker reads the newest, so the last
    frame offered is always read and the preview never waits for the decoder."""
    decoder = FrameDecoder(max_rate=5)
    found: list[str] = []
    decoder.found.connect(found.append)
    blank = QImage(1280, 720, QImage.Format.Format_RGB32)
    blank.fill(Qt.GlobalColor.gray)
    decoder.start()
    try:
        for _ in range(40):
            decoder.offer(rgb_frame(blank))
        decoder.offer(rgb_frame(camera_frame(labels["card"])))
        qtbot.waitUntil(lambda: found == [BADGE], timeout=5000)
    finally:
        decoder.stop()
    assert decoder.stats.offered == 41
    assert decoder.stats.decoded < decoder.stats.offered  # frames were dropped, not queued


def _status(db, tag: str) -> str:
    with db.session() as s:
        return s.query(Item).filter_by(tag=tag).one().status


def _show(camera, image: QImage, times: int = 1) -> None:
    """The camera delivers ``image`` to the window's video sink (as the real camera does)."""
    for _ in range(times):
        camera.sink.setVideoFrame(nv12_frame(image))


def test_camera_scans_lend_and_return_at_the_desk(qtbot, window, cat, db, scan_clock):
    desk = window.desk
    qtbot.keyClick(window, Qt.Key.Key_F9)  # "Camera (F9)"
    camera = window.camera_window
    assert camera is not None and camera.isVisible()
    # This machine has no camera: one clear line, no crash; frames still go the same way.
    assert "Geen camera gevonden" in camera.status.text()
    # A viewfinder beside the desk: the keyboard stays with the desk.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.ui.codeEdit)
    now = [1000.0]
    camera.repeats.clock = lambda: now[0]
    card = camera_frame(card_image(cat.sanne))
    paro = camera_frame(label_image(cat.paro[0]), Look("tilted and dim", tilt=-11, light=0.5))

    _show(camera, card)
    qtbot.waitUntil(lambda: desk.borrower is not None, timeout=5000)
    assert desk.borrower.name == "Sanne de Vries"
    assert "Welkom, Sanne de Vries" in desk.ui.banner.text()

    _show(camera, paro, times=5)  # held in view: lent once
    qtbot.waitUntil(lambda: _status(db, cat.paro[0]) == "on_loan", timeout=5000)
    qtbot.waitUntil(lambda: camera.decoder.stats.found >= 2, timeout=5000)
    now[0] += 0.5
    _show(camera, paro, times=5)
    qtbot.waitUntil(lambda: camera.decoder.stats.found >= 3, timeout=5000)  # read again
    QApplication.processEvents()
    assert desk.ui.banner.tone is Tone.OK
    assert "Uitgeleend: PARO robotzeehond" in desk.ui.banner.text()
    assert len(desk.session_loans) == 1
    assert camera.reads == 2 and list(window.sounds.played).count(Tone.READ) == 2
    assert camera.preview.flashing()

    # Later the PARO comes back: the session is finished first (F10), then the label is
    # shown again after it was out of sight; the check-in questions are answered.
    human_keys(qtbot, scan_clock, Qt.Key.Key_F10)
    now[0] += 5
    errors = when_modal(qtbot, lambda d: human_keys(qtbot, scan_clock, Qt.Key.Key_Return))
    _show(camera, paro)
    qtbot.waitUntil(lambda: _status(db, cat.paro[0]) == "awaiting_cleaning", timeout=5000)
    qtbot.waitUntil(lambda: desk.idle)  # the answer is shown once the worker hands it back
    assert not errors
    assert "Ingenomen: PARO robotzeehond" in desk.ui.banner.text()
    with db.session() as s:
        assert s.query(Loan).filter(Loan.returned_at.is_(None)).count() == 0

    camera.close()
    qtbot.waitUntil(lambda: window.camera_window is None)
    assert camera.decoder._thread is None  # the worker is gone with the window


def test_camera_scans_go_to_the_screen_that_asked_for_them(qtbot, window, cat, db):
    """Routed like a scanner's scan: on Cleaning a label signs that item off there and a card
    is refused there; nothing is lent at the desk."""
    window.show_screen("cleaning")
    screen = window.screen("cleaning")
    qtbot.waitUntil(lambda: window.ui.stack.currentWidget() is screen)
    screen.ui.byEdit.setText("Kees")
    camera = window.open_camera()
    assert camera is not None

    _show(camera, camera_frame(label_image(cat.cleaning_tag), LOOKS[-1]))
    qtbot.waitUntil(lambda: _status(db, cat.cleaning_tag) == "available", timeout=5000)
    assert window.current_key() == "cleaning"
    assert cat.cleaning_tag in screen.banner.text() and "Kees" in screen.banner.text()

    _show(camera, camera_frame(card_image(cat.sanne)))
    qtbot.waitUntil(lambda: cat.sanne in screen.banner.text(), timeout=5000)
    assert window.current_key() == "cleaning"
    assert window.desk.borrower is None
    assert list(window.sounds.played).count(Tone.READ) == 2


def test_the_camera_is_offered_only_where_no_scanner_ever_typed(qtbot, window, cat, scan_clock):
    from lendingdesk.ui.desk.desk_settings import open_settings

    def seen() -> bool:
        return bool(open_settings().value("scanner/seen", False, type=bool))

    # No camera on this machine: nothing is offered (and the camera is never switched on).
    assert window.offer_camera_if_no_scanner() is False
    assert not window.camera_button.property("offered")
    assert window.camera_window is None

    camera = window.open_camera()
    assert camera is not None
    _show(camera, camera_frame(card_image(cat.sanne)))
    qtbot.waitUntil(lambda: window.desk.borrower is not None, timeout=5000)
    assert not seen()  # a camera scan is not a scanner

    camera.close()
    window.desk.focus_code_field()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.desk.ui.codeEdit)
    scan(qtbot, scan_clock, cat.sanne)  # the scanner's burst: the same card ends the session
    assert window.desk.borrower is None
    assert seen()
    assert window.offer_camera_if_no_scanner() is False


def test_a_recorded_clip_of_a_label_brought_in_lends_it_once(qtbot, window, cat, db, tmp_path):
    """A webcam's recording (Motion-JPEG, decoded by Qt's media backend into YUV frames like a
    live camera's) played into the camera window: the desk, the label sliding in smeared by
    the motion, then held still, dim and noisy. Lent once."""
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QMediaPlayer

    clip = tmp_path / "label.avi"
    write_mjpeg_avi(label_clip(label_image(cat.tablet[0])), str(clip))
    camera = window.open_camera()
    assert camera is not None
    _show(camera, camera_frame(card_image(cat.mo, "Mohamed El Amrani")))
    qtbot.waitUntil(lambda: window.desk.borrower is not None, timeout=5000)

    player = QMediaPlayer(camera)
    player.setVideoSink(camera.sink)
    player.setSource(QUrl.fromLocalFile(str(clip)))
    player.play()
    qtbot.waitUntil(
        lambda: player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia, timeout=15000
    )
    qtbot.waitUntil(lambda: _status(db, cat.tablet[0]) == "on_loan", timeout=5000)
    assert camera.decoder.stats.found >= 2  # the card, and the label at least once
    assert camera.reads == 2  # the label held in view counted once
    assert [loan.tag for loan in window.desk.session_loans] == [cat.tablet[0]]


def test_a_camera_that_gives_no_picture_is_one_clear_line(qtbot, window):
    """A camera another program holds may start without a word and give no picture: after a
    while the window says what to do, and the camera is switched off again."""
    from PySide6.QtMultimedia import QCameraDevice

    camera = window.open_camera()
    assert camera is not None
    camera.no_picture.setInterval(200)
    camera.start_camera(QCameraDevice())  # a camera that never delivers a frame
    assert "Camera wordt gestart" in camera.status.text()
    qtbot.waitUntil(lambda: "geeft geen beeld" in camera.status.text(), timeout=5000)
    assert "Teams" in camera.status.text()
    assert camera.camera is None
    assert camera.preview.message == camera.status.text()  # said once, in the picture's place
    assert not camera.status.isVisible()
