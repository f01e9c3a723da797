"""A throttled sign-in is said in the agent's language with how long to wait, not as a network error."""
from __future__ import annotations

import pytest

from rvops_desktop.ui.services.login import LoginService
from rvops_server.domain.login_throttle import ACCOUNT_MAX_FAILURES

pytestmark = pytest.mark.gui


def test_too_many_wrong_passwords_say_how_long_to_wait(ui):
    async def scenario():
        service = LoginService()
        said = []
        service.failed.connect(said.append)
        for attempt in range(ACCOUNT_MAX_FAILURES + 1):
            busy = []
            service.busyChanged.connect(busy.append)
            service.sign_in(ui.server.url, "ana@demo.rvops", "demo" if attempt == ACCOUNT_MAX_FAILURES else "guess")
            await ui.until(lambda: busy[-1:] == [False], timeout=20, what=f"attempt {attempt}")
            service.busyChanged.disconnect()
        assert said[0].startswith("Wrong e-mail or password")
        assert said[-1] == ("Too many failed attempts for this account or network. Try again in 15 minute(s), "
                            "or ask an administrator to unlock it.")
    ui.run(scenario())
