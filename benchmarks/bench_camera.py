"""Camera scanning: how fast frames are decoded, how soon a label is read, what it costs.

    python benchmarks/bench_camera.py [--quick]

Frames are the real Dymo label and borrower card PDFs rendered as a 720p webcam 15 cm away
sees them (tests/ui_desk/camera_frames.py), in NV12 like most webcams deliver.

- one frame decoded (the on-screen frame's area, grey, zxing-cpp): with a label in view and
  with nothing in view (what the camera sees most of the time);
- frames decoded per second by the worker thread with no rate limit (one core's worth);
- a label shown to the camera window until the window says ``scanned``: the latency a
  person sees (the decoder reads at most 8 frames a second);
- the camera window fed 30 frames a second (preview painted, decoder at its default rate):
  CPU time of the whole process per second of wall time, in % of one core. Target: at most
  25 % of one core, so a 2-core laptop keeps more than a core and a half for everything else.
"""

from __future__ import annotations

import sys
import time

from benchmarks.common import row, timed_ms

FPS = 30
CPU_TARGET = 25.0  # % of one core while the camera window is open
LATENCY_TARGET = 250.0  # ms from the label in view to the scan


def _frames():
    from lendingdesk.domain.codes import format_badge, format_tag
    from tests.ui_desk.camera_frames import (
        LOOKS,
        camera_frame,
        card_image,
        label_image,
        nv12_frame,
    )

    label = camera_frame(label_image(format_tag(17)), LOOKS[-1])  # tilted, dim, noisy
    card = camera_frame(card_image(format_badge(37)))
    empty = camera_frame(label_image(format_tag(17)).crop((0, 0, 8, 8)))  # just the desk
    return nv12_frame, label, card, empty


def _throughput(frames: list, seconds: float) -> list[float]:
    """Frames decoded per second with no rate limit, in one-second-ish batches."""
    from lendingdesk.ui.camera.decoder import decode, grey_picture

    rates = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        started, count = time.perf_counter(), 0
        while time.perf_counter() - started < min(1.0, seconds):
            decode(grey_picture(frames[count % len(frames)]))
            count += 1
        rates.append(count / (time.perf_counter() - started))
    return rates


def _window_cpu_and_latency(nv12, label, empty, seconds: float, reads: int):
    from PySide6.QtWidgets import QApplication

    from lendingdesk.ui.camera.window import CameraWindow

    app = QApplication.instance() or QApplication([])
    window = CameraWindow()
    window.resize(600, 560)
    window.show()
    window.decoder.start()
    # Two frames of each, taken in turn: the sink passes on a frame only when it is a new one.
    quiet, shown = (nv12(empty), nv12(empty)), (nv12(label), nv12(label))
    try:
        # CPU: 30 frames a second, preview painted: nothing in view (the usual case), then a
        # label held in view (read, then counted once while it stays).
        def cpu(frames) -> list[float]:
            samples = []
            for _ in range(max(1, round(seconds))):
                cpu0, wall0 = time.process_time(), time.perf_counter()
                for i in range(FPS):
                    window.sink.setVideoFrame(frames[i % 2])
                    app.processEvents()
                    time.sleep(max(0.0, wall0 + (i + 1) / FPS - time.perf_counter()))
                samples.append(100 * (time.process_time() - cpu0) / (time.perf_counter() - wall0))
            return samples

        idle = cpu(quiet)
        decoded_per_s = window.decoder.stats.decoded / max(1, round(seconds))
        held = cpu(shown)
        # Latency: the label appears; frames keep coming until the window says "scanned".
        latencies = []
        got: list[str] = []
        window.scanned.connect(got.append)
        for n in range(reads):
            window.repeats.window_s = 0.0  # every read counts here
            window.repeats._last_seen.clear()
            for i in range(FPS // 3):  # a third of a second of nothing between reads
                window.sink.setVideoFrame(quiet[i % 2])
                app.processEvents()
                time.sleep(1 / FPS)
            start, i = time.perf_counter(), 0
            while len(got) <= n and time.perf_counter() - start < 5:
                i += 1
                window.sink.setVideoFrame(shown[i % 2])
                app.processEvents()
                time.sleep(1 / FPS)
            latencies.append((time.perf_counter() - start) * 1000)
    finally:
        window.close()
        app.processEvents()
    return idle, held, decoded_per_s, latencies


def run(quick: bool = False) -> list[dict]:
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    from lendingdesk.ui.camera.decoder import decode, grey_picture

    nv12, label, card, empty = _frames()
    label_frame, empty_frame = nv12(label), nv12(empty)
    repeat = 10 if quick else 200
    with_label = timed_ms(lambda: decode(grey_picture(label_frame)), repeat)
    nothing = timed_ms(lambda: decode(grey_picture(empty_frame)), repeat)
    rates = _throughput([nv12(label), nv12(card), empty_frame], 1.0 if quick else 5.0)
    idle, held, decoded_per_s, latencies = _window_cpu_and_latency(
        nv12, label, empty, 1.0 if quick else 10.0, 2 if quick else 20
    )
    return [
        row("camera: decode one 720p frame, label in view", "ms", with_label),
        row("camera: decode one 720p frame, nothing in view", "ms", nothing),
        row(
            "camera: frames decoded per second, no rate limit",
            "frames/s",
            rates,
            note="one core; the window decodes at most 8 a second",
        ),
        row(
            "camera window at 30 fps: CPU use",
            "% of a core",
            idle,
            target=CPU_TARGET,
            note=f"nothing in view; preview painted, {decoded_per_s:.1f} frames decoded a second",
        ),
        row(
            "camera window at 30 fps, label held in view: CPU use",
            "% of a core",
            held,
            target=CPU_TARGET,
        ),
        row(
            "camera: label in view to scan",
            "ms",
            latencies,
            target=LATENCY_TARGET,
        ),
    ]


if __name__ == "__main__":
    for r in run(quick="--quick" in sys.argv):
        extra = f"  ({r['note']})" if r.get("note") else ""
        print(f"{r['name']}: median {r['median']:.1f} {r['unit']}, p99 {r['p99']:.1f}{extra}")
