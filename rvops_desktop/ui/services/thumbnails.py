"""Pictures in the thread (issue 15 #15): a small copy of each image attachment, drawn inside its
bubble. The file comes from the media cache, else it is downloaded (quietly: a thumbnail that
cannot load leaves the file's chip, which still says why when clicked); it is decoded at thumbnail
size on Qt's thread pool, so a 12-megapixel photo neither blocks the GUI thread nor stays in
memory at full size. The last MAX_KEPT thumbnails are kept."""
from __future__ import annotations

import logging
from collections import OrderedDict
from functools import partial

from PySide6.QtCore import QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap

from .gui_thread import GuiThreadCall

log = logging.getLogger(__name__)

THUMB_SIZE = QSize(240, 160)
MAX_KEPT = 200


def is_thumbnailed(attachment: dict) -> bool:
    """An image whose file the server has (not still downloading from Meta, not failed)."""
    return (bool(attachment.get("id")) and (attachment.get("mime_type") or "").startswith("image/")
            and attachment.get("state") not in ("downloading", "failed"))


def read_thumbnail(path: str, box: QSize = THUMB_SIZE) -> QImage:
    """The picture at `path` decoded at most `box` (keeping its shape; a phone photo upright)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(box.boundedTo(size), Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def _decode_for(deliver: GuiThreadCall, key: str, path: str) -> None:
    """(On the thread pool.) Holds the plain handle only, never the Thumbnails: a QObject whose
    last reference went away here would be destroyed on this thread (gui_thread explains)."""
    deliver((key, read_thumbnail(path)))


class Thumbnails(QObject):
    ready = Signal(str)            # an attachment id whose thumbnail can now be drawn
    _decoded = Signal(str, QImage)  # on the GUI thread: a decode came back from the thread pool

    def __init__(self, cache=None, fetch=None, parent: QObject | None = None, kept: int = MAX_KEPT,
                 pool: QThreadPool | None = None) -> None:
        """`cache`: the MediaCache (`get(id) -> Path | None`); `fetch`: an async callable
        (attachment) -> local path | None that downloads into that cache; `pool`: where pictures
        are decoded (Qt's global pool)."""
        super().__init__(parent)
        self._cache, self._fetch, self._kept = cache, fetch, kept
        self._pool = pool or QThreadPool.globalInstance()
        self._deliver = GuiThreadCall(self._decoded_here)
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: set[str] = set()
        self._unreadable: set[str] = set()
        self._decoded.connect(self._store)

    def pixmap(self, attachment: dict) -> QPixmap | None:
        """The thumbnail, or None while it loads (`ready` follows) or when it cannot be made."""
        key = attachment.get("id") or ""
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            return pixmap
        if key and key not in self._pending and key not in self._unreadable and is_thumbnailed(attachment):
            self._pending.add(key)
            path = self._cache.get(key) if self._cache is not None else None
            if path is not None:
                self._decode(key, str(path))
            elif self._fetch is not None:
                import asyncio  # here, not at the top: the window's first paint needs no asyncio
                asyncio.ensure_future(self._download(key, attachment))
            else:
                self._pending.discard(key)
        return None

    async def _download(self, key: str, attachment: dict) -> None:
        try:
            path = await self._fetch(attachment)
        except Exception as exc:  # noqa: BLE001 - a thumbnail is best effort: the chip stays
            log.info("thumbnail of %s: download failed: %r", key, exc)
            path = None
        if path is None:
            self._pending.discard(key)
            self._unreadable.add(key)
            return
        self._decode(key, path)

    def _decode(self, key: str, path: str) -> None:
        self._pool.start(partial(_decode_for, self._deliver, key, path))

    def _decoded_here(self, decoded: tuple[str, QImage]) -> None:
        self._decoded.emit(*decoded)

    def _store(self, key: str, image: QImage) -> None:
        self._pending.discard(key)
        if image.isNull():
            log.info("thumbnail of %s: not a readable picture", key)
            self._unreadable.add(key)
            return
        self._pixmaps[key] = QPixmap.fromImage(image)
        while len(self._pixmaps) > self._kept:
            self._pixmaps.popitem(last=False)
        self.ready.emit(key)
