"""A customer's file whose download from Meta failed: clicking it asks the server to fetch it again."""
from __future__ import annotations

import asyncio
import base64

import pytest

pytestmark = pytest.mark.gui

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def test_clicking_a_failed_download_retries_it_and_the_file_arrives(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        standin = ui.server.standin
        standin.config.media_url_base = "http://127.0.0.1:9"  # Graph hands out a URL off Meta's hosts: refused
        media = {"data_b64": base64.b64encode(PNG).decode(), "mime_type": "image/png", "caption": "comprovante"}
        future = asyncio.run_coroutine_threadsafe(standin.customer_writes_whatsapp(
            wa_id="5511987654321", profile_name="Maria Oliveira", type="image", media=media), ui.server.standin_loop)
        await asyncio.wrap_future(future)
        store = window.replica.store

        def attachment_state():
            rows = [m for m in store.messages_page("cv_maria", limit=50) if m.kind == "media"]
            return rows[-1] if rows and (rows[-1].attachments or [{}])[0].get("state") in ("failed", "ready") else None
        failed = await ui.until(attachment_state, timeout=30, what="the failed download in the replica")
        assert failed.attachments[0]["state"] == "failed"
        standin.config.media_url_base = None  # Meta's link is fine again
        retried = []
        window.media.retrying.connect(retried.append)
        window._open_attachment(failed.id, failed.attachments[0])
        await ui.until(lambda: retried == [failed.id], what="the retry accepted")
        await ui.until(lambda: (store.message(failed.id).attachments or [{}])[0].get("state") == "ready",
                       timeout=30, what="the file downloaded")
    ui.run(scenario())
