"""A received (or sent) voice note or audio file: play/pause, where it is of how long, and a slider
to seek; a file that cannot be played says so. QMediaPlayer decodes OGG/Opus, AAC, AMR and MP3
(Qt's FFmpeg backend on every platform)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget


def _clock(ms: int) -> str:
    seconds = max(0, ms) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"


class AudioPlayerDialog(QDialog):
    def __init__(self, path: str, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        self.setObjectName("audioPlayer")
        self.setWindowTitle(title or self.tr("Audio"))
        self.player = QMediaPlayer(self)
        self.player.setAudioOutput(QAudioOutput(self.player))
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 0)
        self.slider.sliderMoved.connect(self.player.setPosition)
        self.time = QLabel("0:00 / 0:00", self)
        self.time.setObjectName("audioTime")
        self.problem = QLabel(self)
        self.problem.setObjectName("audioProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        row = QHBoxLayout()
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.problem)
        self.player.durationChanged.connect(self._duration)
        self.player.positionChanged.connect(self._position)
        self.player.playbackStateChanged.connect(self._state)
        self.player.errorOccurred.connect(self._error)
        self.resize(420, 0)
        self.player.setSource(QUrl.fromLocalFile(path))

    @property
    def duration_ms(self) -> int:
        return self.player.duration()

    def toggle(self) -> None:
        from PySide6.QtMultimedia import QMediaPlayer
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def seek(self, ms: int) -> None:
        self.player.setPosition(ms)

    def _duration(self, ms: int) -> None:
        self.slider.setRange(0, ms)
        self._position(self.player.position())

    def _position(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        self.time.setText(f"{_clock(ms)} / {_clock(self.player.duration())}")

    def _state(self, state) -> None:
        from PySide6.QtMultimedia import QMediaPlayer
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _error(self, _error, text: str) -> None:
        self.problem.setText(self.tr("This audio cannot be played: %1").replace("%1", text or "?"))
        self.problem.show()
        self.play_button.setEnabled(False)

    def done(self, result: int) -> None:  # closing stops the sound
        self.player.stop()
        super().done(result)
