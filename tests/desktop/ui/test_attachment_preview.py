"""Files dropped, pasted or picked are shown before they go (issue 15 #15): the picture or the
file's name and size, a caption where the channel carries one, Send or Cancel."""
from __future__ import annotations

import mimetypes

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from rvops_contract.attachments import check_attachment
from rvops_desktop.ui.i18n import language
from rvops_desktop.ui.widgets.composer import Composer

pytestmark = [pytest.mark.gui,  # PySide6 marks the only QDragEnterEvent constructor deprecated
              pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")]


@pytest.fixture
def composer(qtbot):
    composer = Composer()
    qtbot.addWidget(composer)
    composer.set_conversation("whatsapp", {})
    composer.sent = []
    composer.sendFile.connect(lambda path, mime, caption: composer.sent.append((path, mime, caption)))
    composer.show()
    return composer


def _picture(path, width=1600, height=1200):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#27AE60"))
    assert image.save(str(path))
    return path


def _drop(widget, *paths):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPointF(10, 10).toPoint(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)   # the widget that takes the drag is the one dropped on
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return enter.isAccepted() and event.isAccepted()   # (the event only points at `data`: read it while both live)


def test_a_dropped_picture_is_shown_scaled_and_goes_with_its_caption_only_when_confirmed(composer, tmp_path):
    photo = _picture(tmp_path / "produto.png")
    assert _drop(composer, photo)
    preview = composer.preview
    assert preview is not None and preview.isVisible() and composer.sent == []
    assert preview.shows_picture and preview.preview.pixmap().width() <= 360   # read at preview size
    assert "produto.png" in preview.details.text() and "image/png" in preview.details.text()
    preview.caption.setText("  Modelo verde  ")
    preview.send_button.click()
    assert composer.sent == [(str(photo), "image/png", "Modelo verde")]
    assert composer.preview is None


def test_cancel_sends_nothing_and_files_dropped_together_are_offered_one_by_one(composer, tmp_path):
    first, second = _picture(tmp_path / "a.png", 40, 30), tmp_path / "b.pdf"
    second.write_bytes(b"%PDF-1.4\n" + b"x" * 500)
    forbidden = tmp_path / "c.exe"
    forbidden.write_bytes(b"MZ" * 100)
    _drop(composer.edit.viewport(), first, forbidden, second)   # on the text itself, too
    composer.preview.reject()
    assert composer.sent == []
    # the .exe is refused with the channel's reason, and the PDF is offered next
    refusal = check_attachment("whatsapp", mimetypes.guess_type("c.exe")[0], 200, "c.exe").message(language())
    assert composer.problem.text() == f"c.exe: {refusal}" and composer.problem.isVisible()
    preview = composer.preview
    assert preview is not None and not preview.shows_picture and "b.pdf" in preview.details.text()
    preview.send_button.click()
    assert composer.sent == [(str(second), "application/pdf", "")]
    assert composer.edit.toPlainText() == ""   # no file URL typed into the message


def test_a_pasted_screenshot_becomes_a_png_to_confirm_and_pasted_text_stays_text(composer):
    clipboard = QApplication.clipboard()
    screenshot = QImage(320, 200, QImage.Format.Format_RGB32)
    screenshot.fill(QColor("#EB5757"))
    clipboard.setImage(screenshot)
    composer.edit.paste()
    preview = composer.preview
    assert preview is not None and preview.shows_picture
    preview.send_button.click()
    (path, mime, caption), = composer.sent
    assert mime == "image/png" and path.endswith(".png") and caption == ""
    assert QImage(path).size() == screenshot.size()
    clipboard.setText("Olá, tudo bem?")
    composer.edit.paste()
    assert composer.edit.toPlainText() == "Olá, tudo bem?" and composer.preview is None


def test_no_caption_is_offered_where_the_channel_would_drop_it(composer, tmp_path):
    audio = tmp_path / "recado.mp3"
    audio.write_bytes(b"ID3" + b"\0" * 2000)
    composer.attach(str(audio))
    preview = composer.preview
    assert not preview.caption.isEnabled() and "no caption" in preview.hint.text()
    preview.reject()
    composer.set_conversation("instagram", {})
    composer.attach(str(_picture(composer_tmp := audio.with_name("foto.png"), 30, 30)))
    assert composer_tmp.exists() and composer.preview.caption.isEnabled()
    assert "right after the file" in composer.preview.hint.text()


def test_a_locked_composer_takes_no_file(composer, tmp_path):
    composer.set_locked("The 24-hour window is closed.")
    _drop(composer, _picture(tmp_path / "x.png", 20, 20))
    assert composer.preview is None and composer.sent == []
