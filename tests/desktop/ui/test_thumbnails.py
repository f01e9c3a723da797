"""Pictures shown in the thread (issue 15 #15): image attachments are drawn in their bubbles from a
thumbnail decoded off the GUI thread; a click on the picture opens it full size."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from rvops_desktop.models.media import MediaCache
from rvops_desktop.ui.qt_models import roles
from rvops_desktop.ui.services.thumbnails import Thumbnails

pytestmark = pytest.mark.gui
BLUE = QColor("#2F80ED")


def _png(width: int, height: int, colour: QColor = BLUE) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(colour)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def _image(attachment_id: str) -> dict:
    return {"id": attachment_id, "mime_type": "image/png", "filename": f"{attachment_id}.png"}


def test_a_cached_picture_is_decoded_at_thumbnail_size_once_and_kept(qtbot, tmp_path):
    cache = MediaCache(tmp_path / "media")
    cache.put("att_wide", _png(1600, 900), ".png")
    thumbnails = Thumbnails(cache)
    assert thumbnails.pixmap(_image("att_wide")) is None          # loading: drawn as a plain box
    with qtbot.waitSignal(thumbnails.ready, timeout=5000) as ready:
        pass
    assert ready.args == ["att_wide"]
    pixmap = thumbnails.pixmap(_image("att_wide"))
    assert (pixmap.width(), pixmap.height()) == (240, 135)          # fits 240×160, keeps 16:9
    assert thumbnails.pixmap(_image("att_wide")) is pixmap          # kept, not decoded again


def test_what_cannot_be_a_thumbnail_is_not_tried_again_and_the_oldest_are_let_go(qtbot, tmp_path):
    cache = MediaCache(tmp_path / "media")
    cache.put("att_broken", b"not a picture at all", ".png")
    for name in ("att_a", "att_b", "att_c"):
        cache.put(name, _png(40, 40), ".png")
    thumbnails = Thumbnails(cache, kept=2)
    decoded = []
    thumbnails._decoded.connect(lambda key, _image: decoded.append(key))
    thumbnails.pixmap(_image("att_broken"))
    qtbot.waitUntil(lambda: decoded == ["att_broken"], timeout=5000)
    assert thumbnails.pixmap(_image("att_broken")) is None
    assert decoded == ["att_broken"]                                 # no second attempt
    # still downloading from Meta, or failed there: nothing to draw yet
    assert thumbnails.pixmap({**_image("att_a"), "state": "downloading"}) is None
    for name in ("att_a", "att_b", "att_c"):
        with qtbot.waitSignal(thumbnails.ready, timeout=5000):
            thumbnails.pixmap(_image(name))
    assert thumbnails.pixmap(_image("att_c")) is not None and thumbnails.pixmap(_image("att_b")) is not None
    assert thumbnails.pixmap(_image("att_a")) is None                # the least recently used went


def _blue_box(view) -> tuple[int, QPoint]:
    """How many pixels of the viewport are the picture's blue, and the centre of their box."""
    image = view.viewport().grab().toImage()
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y) == BLUE:
                xs.append(x)
                ys.append(y)
    if not xs:
        return 0, QPoint()
    return len(xs) * 4, QPoint((min(xs) + max(xs)) // 2, (min(ys) + max(ys)) // 2)


def test_a_sent_picture_is_drawn_in_its_bubble_and_opens_full_size_on_a_click(ui, tmp_path):
    picture = tmp_path / "vitrine.png"
    picture.write_bytes(_png(800, 400))

    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        window.resize(1200, 800)
        window.list.select("cv_maria")
        await ui.until(lambda: window.pane.conversation_id == "cv_maria")
        composer, view = window.pane.composer, window.pane.thread
        assert composer.attach(str(picture))
        composer.preview.send_button.click()
        model = window.pane.thread_model

        def sent_picture():
            last = model.index(model.rowCount() - 1).data(roles.ROW)
            return last if last is not None and last.attachments and last.status != "queued" else None
        await ui.until(sent_picture, what="the picture sent")
        attachment = sent_picture().attachments[0]
        await ui.until(lambda: view.delegate.thumbnails.pixmap(attachment) is not None, what="thumbnail")
        view.scrollToBottom()
        pixels, centre = await ui.until(lambda: (box := _blue_box(view))[0] > 20_000 and box,
                                        what="the picture on screen")
        assert pixels <= 240 * 120 + 1000                               # at thumbnail size, not 800×400
        opened = []
        window.media.fetched.connect(lambda att, path: opened.append(att["id"]))
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        await ui.until(lambda: opened == [attachment["id"]], what="opened full size")
    ui.run(scenario())
