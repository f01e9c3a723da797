"""Run by test_voice_note_recording.py in its own process (QtMultimedia meets the test's PulseAudio
at its first use): the composer's recorder records until it has SECONDS, stops, and sends; prints
what the agent saw and what was sent."""
import json
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from rvops_desktop.ui.widgets.composer import Composer

seconds = float(sys.argv[1])
app = QApplication([])
composer = Composer()
composer.set_conversation("whatsapp", {})
result = {}
composer.recorder.failed.connect(lambda sentence: result.setdefault("failed", sentence))
composer.recorder.recorded.connect(lambda path, mime: result.update(path=path, mime=mime))
composer.sendFile.connect(lambda path, mime, caption: result.update(sent=[path, mime, caption]))
marks = {}


def start():
    composer.recorder.button.click()  # as the agent does
    marks["start"] = time.monotonic()
    marks["panel"] = composer.recorder.panel.isVisibleTo(composer)


def watch():
    if composer.recorder.recording and composer.recorder.seconds >= seconds:
        stop()


def stop():
    poll.stop()
    marks["levels"] = composer.recorder.level.value()
    marks["seconds"] = composer.recorder.seconds
    marks["status"] = composer.recorder.status.text()
    composer.recorder.button.click()
    marks["elapsed"] = time.monotonic() - marks["start"]
    marks["preview"] = composer.recorder.send_button.isVisibleTo(composer)
    composer.recorder.send_button.click()
    app.quit()


poll = QTimer(interval=50)
poll.timeout.connect(watch)
QTimer.singleShot(300, start)
QTimer.singleShot(300, poll.start)
QTimer.singleShot(int(seconds * 1000) + 20000, app.quit)
app.exec()
print(json.dumps({**result, **marks}))
