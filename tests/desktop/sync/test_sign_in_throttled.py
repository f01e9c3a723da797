"""A sign-in the server throttles (429) is a refusal with the server's sentence and the wait, not
"the server could not be reached"."""
from __future__ import annotations

import pytest

from rvops_desktop.sync import SyncClient, Unauthorized
from rvops_desktop.sync.transport import Rejected, Throttled
from rvops_server.domain.login_throttle import ACCOUNT_MAX_FAILURES


async def test_a_throttled_sign_in_raises_throttled_with_the_servers_sentence(server):
    client = SyncClient(server.url, lang="en")
    try:
        for _ in range(ACCOUNT_MAX_FAILURES):
            with pytest.raises(Unauthorized):
                await client.login("ana@demo.rvops", "guess")
        with pytest.raises(Throttled) as refused:
            await client.login("ana@demo.rvops", "demo")
    finally:
        await client.aclose()
    assert isinstance(refused.value, Rejected) and refused.value.status == 429
    assert "Too many sign-in attempts" in str(refused.value) and refused.value.retry_after == 900
