"""Administration from the desk goes straight to the server (sync/administration.py): with no
server to reach it is refused as offline, at once, and nothing is queued for later."""
from __future__ import annotations

import asyncio

import pytest

from rvops_contract.wire import MutationType
from rvops_desktop.sync.administration import OFFLINE, Administration, AdminRefused
from rvops_desktop.sync.transport import SyncClient
from tests.support.servers import free_port


def test_with_no_server_a_change_is_refused_as_offline_and_not_kept():
    async def attempt():
        client = SyncClient(f"http://127.0.0.1:{free_port()}", "token")
        try:
            with pytest.raises(AdminRefused) as refused:
                await Administration(client).apply(MutationType.RESET_PASSWORD, user_id="u_bruno",
                                                   new_password="senha-forte-123")
        finally:
            await client.aclose()
        return refused.value
    refused = asyncio.run(attempt())
    assert refused.reason == OFFLINE
