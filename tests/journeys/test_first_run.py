"""A new installation, as an operator and its first administrator meet it: `rvops-server init`
(the installed console script) makes the workspace and invites its administrator; the server runs
without the demo; in Rvops Desktop the administrator chooses "I have an invite", types the server,
the e-mail, the code and a new password with the keyboard, lands in the (empty) inbox, and opens
the workspace's settings (Ctrl+,), where she invites the team next."""
from __future__ import annotations

import re
import subprocess

import httpx

from tests.journeys.conftest import quit_with_ctrl_q
from tests.support.desktop import pause

PASSWORD = "uma senha bem longa"


def test_a_new_installations_administrator_signs_in_with_the_invite_code(desk):
    database = desk.folder / "acme.sqlite3"
    made = subprocess.run([str(desk.bin / "rvops-server"), "init", "--database-url", f"sqlite:///{database}",
                           "--workspace", "Acme Atendimento", "--admin-name", "Joana Lima",
                           "--admin-email", "joana@acme.com.br"],
                          env=desk.env, capture_output=True, text=True, timeout=120, check=False)
    assert made.returncode == 0, made.stderr
    code = re.search(r"Invite code: (\S+)", made.stdout).group(1)
    server = desk.server(database=database, demo=False)

    app = desk.launch("--language", "en")
    dialog = desk.wait_window("^Sign in to Rvops$", 60)
    desk.focus(dialog)
    desk.key("alt+h")   # I have an invite
    pause(0.5)          # a mnemonic's click comes a moment after the keys
    for field, text in (("alt+s", server.url), ("alt+e", "joana@acme.com.br"), ("alt+c", code.lower()),
                        ("alt+n", PASSWORD), ("alt+r", PASSWORD)):
        desk.key(field, "ctrl+a")
        desk.type(text)
    desk.key("Return")
    window = desk.wait_window("^Rvops — Joana Lima", 60)
    app.wait_log(r"inbox window shown for joana@acme\.com\.br")
    app.wait_log(r"list mine: 0 conversations")
    # the code is spent; her password signs her in from now on
    login = httpx.post(f"{server.url}/api/v1/auth/login", json={"email": "joana@acme.com.br", "password": PASSWORD},
                       timeout=15)
    assert login.status_code == 200, login.text

    # an administrator's settings (Ctrl+,): where she invites the team next
    desk.focus(window)
    desk.key("ctrl+comma")
    settings = desk.wait_window("^Settings$", 30)
    desk.focus(settings)
    desk.key("Escape")
    desk.wait_no_window("^Settings$")
    quit_with_ctrl_q(desk, app, window)
