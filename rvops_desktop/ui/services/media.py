"""Attachments: upload a file the channel rules allowed, then send it; fetch media to open it
(image full size, voice note in an audio player, document opened or saved). qasync slots.

Adapter: the SyncClient has no upload/download calls yet, so this service uses its public
`http` client with the same bearer token (POST /api/v1/attachments, GET the attachment's url).
Downloads go through the replica's MediaCache when one is given.
"""
from __future__ import annotations

import logging
import mimetypes
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from qasync import asyncSlot

from rvops_contract.wire import API_PREFIX

log = logging.getLogger(__name__)


class MediaService(QObject):
    failed = Signal(str)  # a sentence for the agent
    uploaded = Signal(str, dict)  # conversation id, the attachment record
    fetched = Signal(dict, str)  # attachment, local path
    retrying = Signal(str)  # the message whose failed download the server fetches again

    def __init__(self, session, client, cache=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._client = client
        self._cache = cache
        self.player = None

    def _headers(self) -> dict[str, str]:
        token = self._client._token() if self._client is not None else None
        return {"authorization": f"Bearer {token}"} if token else {}

    @asyncSlot(str, str, str, str)
    async def send_file(self, conversation_id: str, path: str, mime_type: str, caption: str = "") -> None:
        file = Path(path)
        try:
            data = file.read_bytes()
            response = await self._client.http.post(
                f"{API_PREFIX}/attachments", headers=self._headers(), files={"file": (file.name, data, mime_type)})
            response.raise_for_status()
            record = response.json()
        except Exception as exc:
            log.info("upload of %s failed: %r", file.name, exc)
            self.failed.emit(self.tr("The file could not be uploaded: check your connection and try again."))
            return
        if self._cache is not None and record.get("id"):   # our own file: its thumbnail needs no download
            self._cache.put(record["id"], data, suffix=file.suffix)
        self._session.actions.send_message(conversation_id, caption, attachment=record)
        self.uploaded.emit(conversation_id, record)

    @asyncSlot(str, int)
    async def retry_download(self, message_id: str, index: int) -> None:
        """A customer's file whose download from Meta failed: ask the server to fetch it again."""
        try:
            response = await self._client.http.post(
                f"{API_PREFIX}/messages/{message_id}/attachments/{index}/retry", headers=self._headers())
        except Exception as exc:  # noqa: BLE001 - offline: say so
            log.info("download retry of %s/%s failed: %r", message_id, index, exc)
            self.failed.emit(self.tr("The download could not be retried: check your connection and try again."))
            return
        if response.status_code in (202, 409):  # 409: already downloading (or done) — the change shows it
            log.info("download of %s/%s asked again (%s)", message_id, index, response.status_code)
            self.retrying.emit(message_id)
            return
        self.failed.emit(self.tr("The download could not be retried (the server answered %1).")
                         .replace("%1", str(response.status_code)))

    @asyncSlot(dict)
    async def open(self, attachment: dict) -> None:
        path = await self.fetch(attachment)
        if path is None:
            return
        mime = attachment.get("mime_type") or mimetypes.guess_type(path)[0] or ""
        if mime.startswith("image/"):
            from ..dialogs.image_viewer import ImageViewer
            ImageViewer(path, self.parent(), name=attachment.get("filename") or "").open()
        elif mime.startswith("audio/"):
            self.play(path, attachment.get("filename") or "")
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    async def fetch(self, attachment: dict, *, quiet: bool = False) -> str | None:
        """The attachment's file on disk (from the cache, else downloaded into it); None when it
        cannot be had — said to the agent, unless `quiet` (a thumbnail's prefetch)."""
        media_id = attachment.get("id") or ""
        cached = self._cache.get(media_id) if self._cache is not None and media_id else None
        if cached is not None:
            return str(cached)
        url = attachment.get("url") or f"{API_PREFIX}/media/{media_id}"
        try:
            response = await self._client.http.get(url, headers=self._headers())
            response.raise_for_status()
        except Exception as exc:
            log.info("download of %s failed: %r", media_id, exc)
            if quiet:
                return None
            self.failed.emit(self.tr("The file could not be downloaded: check your connection and try again."))
            return None
        suffix = Path(attachment.get("filename") or "").suffix
        if self._cache is not None and media_id:
            path = str(self._cache.put(media_id, response.content, suffix=suffix))
        else:
            handle = tempfile.NamedTemporaryFile(delete=False, suffix=suffix, prefix="rvops-media-")
            handle.write(response.content)
            handle.close()
            path = handle.name
        if not quiet:
            self.fetched.emit(attachment, path)
        return path

    def play(self, path: str, title: str = "") -> None:
        """The audio player (play/pause, position of duration, seek), playing at once."""
        from ..dialogs.audio_player import AudioPlayerDialog
        if self.player is not None:
            self.player.close()
        self.player = AudioPlayerDialog(path, title, self.parent())
        self.player.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.player.destroyed.connect(lambda *_: setattr(self, "player", None))
        self.player.open()
        self.player.player.play()
