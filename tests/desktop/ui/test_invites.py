"""Invites at the desk (issue 16): an administrator creates a user with "Send an invite" and is
shown the code once, with the text to send and a Copy button; the list says who has not accepted
and "New invite" voids the old code. The sign-in dialog's "I have an invite" form accepts a code
and signs in. Everything against the real server; the code never reaches the replica's disk."""
from __future__ import annotations

import asyncio
import re

import httpx
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from tests.support.servers import Agent

pytestmark = pytest.mark.gui

CODE = re.compile(r"^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){2}$")


async def _accept(server, email: str, code: str, password: str = "senha-nova-123") -> int:
    answer = await asyncio.to_thread(httpx.post, f"{server.url}/api/v1/auth/accept-invite",
                                     json={"email": email, "code": code, "password": password}, timeout=30)
    return answer.status_code


def _listed(users, name: str) -> str:
    return next((users.list.item(i).text() for i in range(users.list.count())
                 if users.list.item(i).text().startswith(name)), "")


def test_an_admin_invites_a_user_sees_the_code_once_and_issues_a_new_one(ui, live_server):
    async def scenario():
        window = await ui.open_window("admin@demo.rvops")
        dialog = window.settings()
        users = dialog.users
        users.new()
        assert users.invite.isVisibleTo(users) and not users.invite.isChecked()
        users.name.setText("Dora Dias")
        users.email.setText("dora@demo.rvops")
        users.password.setText("nao-vai")
        users.invite.setChecked(True)
        assert not users.password.isEnabled() and users.password.text() == ""
        users.save()
        await ui.until(lambda: not dialog.busy, what="the server's verdict")
        assert users.verdict.text() == "Dora Dias is invited: send them the code."
        shown = users.invite_dialog
        assert shown is not None and shown.isVisible() and CODE.match(shown.code)
        first = shown.code
        assert shown.code_label.text() == first
        text = shown.message.toPlainText()
        assert f"Server: {live_server.url}\nE-mail: dora@demo.rvops\nInvite code: {first} (valid until " in text
        assert text.startswith("Dora Dias, you are invited to Rvops.") and "“I have an invite”" in text
        shown.copy_button.click()
        assert QGuiApplication.clipboard().text() == text and shown.copied.text().startswith("Copied")

        await ui.until(lambda: "invite pending" in _listed(users, "Dora Dias"), what="Dora listed as invited")
        assert "invite pending" not in _listed(users, "Bruno Lima")
        (row,) = [i for i in range(users.list.count()) if users.list.item(i).text().startswith("Dora Dias")]
        users.list.setCurrentRow(row)
        assert users.reinvite_button.isEnabled() and not users.invite.isVisibleTo(users)
        users.reissue_invite()
        await ui.until(lambda: not dialog.busy, what="the new invite")
        assert users.verdict.text() == "A new invite for Dora Dias: the code before no longer works."
        second = users.invite_dialog.code
        assert users.invite_dialog is not shown and users.invite_dialog.isVisible() and second != first
        assert await _accept(live_server, "dora@demo.rvops", first) == 401
        assert await _accept(live_server, "dora@demo.rvops", second) == 200
        await ui.until(lambda: "invite pending" not in _listed(users, "Dora Dias"), what="Dora accepted")
        await ui.until(lambda: not users.reinvite_button.isEnabled(), what="no invite left to renew")
        window.replica.close()
        stored = window.replica.path.read_bytes()
        assert first.encode() not in stored and second.encode() not in stored
    ui.run(scenario())


def test_the_sign_in_dialog_accepts_an_invite_and_signs_in(ui, tmp_path):
    from rvops_desktop.ui.dialogs.login import LoginDialog
    admin = Agent(ui.server.url, "admin@demo.rvops")
    code = admin.mutate("create_user", email="eva@demo.rvops", name="Eva Elias")["data"]["invite_code"]
    admin.close()

    async def scenario():
        dialog = LoginDialog(settings=QSettings(str(tmp_path / "login.ini"), QSettings.Format.IniFormat))
        dialog.show()
        assert not dialog.invite_code.isVisible() and dialog.password.isVisible()
        dialog.invite_toggle.click()
        assert dialog.inviting and not dialog.password.isVisible()
        assert all(w.isVisible() for w in (dialog.invite_code, dialog.new_password, dialog.repeat_password))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "Accept the invite and sign in"
        labels = [dialog.form.labelForField(w).text() for w in
                  (dialog.invite_code, dialog.new_password, dialog.repeat_password)]
        assert all("&" in label for label in labels), labels
        dialog.server.setText(ui.server.url)
        dialog.email.setText("eva@demo.rvops")
        dialog.invite_code.setText(code[:-1] + ("A" if code[-1] != "A" else "B"))
        dialog.new_password.setText("senha-da-eva-1")
        dialog.repeat_password.setText("senha-da-eva-2")
        dialog.submit()
        assert dialog.problem.text() == "The two passwords differ: type the same new password twice."
        dialog.repeat_password.setText("senha-da-eva-1")
        dialog.submit()
        await ui.until(lambda: "not valid" in dialog.problem.text(), what="the wrong code refused")
        assert dialog.problem.text().startswith("This invite code is not valid for this e-mail")
        dialog.invite_code.setText(code.lower())
        dialog.submit()
        await ui.until(lambda: dialog.user is not None, what="signed in")
        assert dialog.user["email"] == "eva@demo.rvops" and dialog.session.token
        await dialog.session.client.aclose()
        signed_in = await asyncio.to_thread(httpx.post, f"{ui.server.url}/api/v1/auth/login",
                                            json={"email": "eva@demo.rvops", "password": "senha-da-eva-1"}, timeout=30)
        assert signed_in.status_code == 200
        assert not dialog.isVisible()  # accepted
        dialog.invite_toggle.click()   # and back to the password
        assert not dialog.inviting and ok.text() == "Sign in"
        assert dialog.password.isVisibleTo(dialog) and not dialog.invite_code.isVisibleTo(dialog)
    ui.run(scenario())
