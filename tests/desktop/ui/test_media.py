"""Attachments end to end: the composer's allowed file is uploaded and sent; an image chip in the
thread opens the picture full size (downloaded from the server)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from rvops_desktop.ui.qt_models import roles

pytestmark = pytest.mark.gui


def test_image_is_uploaded_sent_and_opens_full_size(ui, tmp_path):
    picture = tmp_path / "foto.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#2F80ED"))
    assert image.save(str(picture))

    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        ui.wrote_recently("+5511987654321")   # Maria: her 24-hour window is open at Meta
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria")
        assert window.pane.composer.attach(str(picture))
        window.pane.composer.preview.caption.setText("A foto do produto")
        window.pane.composer.preview.send_button.click()
        model = window.pane.thread_model

        def media_message():
            last = model.index(model.rowCount() - 1).data(roles.ROW)
            return last if last is not None and last.kind == "media" else None
        await ui.until(lambda: media_message() is not None and media_message().attachments, what="media message")
        await ui.until(lambda: media_message().status in ("delivered", "read"), what="media delivered")
        attachment = media_message().attachments[0]
        assert attachment["mime_type"] == "image/png"
        assert media_message().text == "A foto do produto"   # the caption goes with the picture
        fetched = []
        window.media.fetched.connect(lambda att, path: fetched.append(path))
        window.media.open(attachment)
        await ui.until(lambda: fetched, what="downloaded")
        viewer = await ui.until(lambda: window.findChild(_viewer_class()), what="image viewer")
        assert viewer.image.pixmap().width() == 64
        # titled by the name the file was sent with, not the cache's file name (issue 15 #10)
        assert viewer.windowTitle() == attachment.get("filename") == "foto.png"
        assert viewer.name == "foto.png"
    ui.run(scenario())


def _viewer_class():
    from rvops_desktop.ui.dialogs.image_viewer import ImageViewer
    return ImageViewer
