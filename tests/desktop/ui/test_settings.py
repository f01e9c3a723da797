"""Settings (issue 16): an administrator creates, edits, deactivates and reactivates users and
resets a password; a supervisor manages teams and the workspace's distribution method; an agent
has no settings. Every change goes straight to the real server (never to the outbox, so a
password never touches the replica's disk) and its verdict is said under the form."""
from __future__ import annotations

import httpx
import pytest
import sqlalchemy as sa

from rvops_server.store import schema as t

pytestmark = pytest.mark.gui

PASSWORD = "senha-forte-123"


def _row(live_server, table, key, value):
    with live_server.services.store.read() as conn:
        row = conn.execute(sa.select(table).where(table.c[key] == value)).first()
        return dict(row._mapping) if row is not None else None


def _signs_in(live_server, email, password) -> bool:
    return httpx.post(f"{live_server.url}/api/v1/auth/login", json={"email": email, "password": password},
                      timeout=15).status_code == 200


async def _settled(ui, dialog):
    await ui.until(lambda: not dialog.busy, what="the server's verdict")


def test_an_admin_creates_a_user_who_signs_in_and_the_password_never_reaches_the_replica(ui, live_server):
    async def scenario():
        window = await ui.open_window("admin@demo.rvops")
        assert window.settings_action.isVisible()
        dialog = window.settings()
        users = dialog.users
        users.new()
        users.name.setText("Diego Rocha")
        users.email.setText("diego@demo.rvops")
        users.team_checks["t_vendas"].setChecked(True)
        users.capacity.setValue(3)
        users.password.setText(PASSWORD)
        users.save()
        await _settled(ui, dialog)
        assert users.verdict.text() == "Diego Rocha can sign in now."
        diego = _row(live_server, t.users, "email", "diego@demo.rvops")
        assert diego["role"] == "agent" and diego["capacity"] == 3 and diego["active"]
        assert _signs_in(live_server, "diego@demo.rvops", PASSWORD)
        await ui.until(lambda: window.replica.store.user(diego["id"]) is not None, what="Diego in the replica")
        await ui.until(lambda: any("Diego Rocha" in users.list.item(i).text() for i in range(users.list.count())),
                       what="Diego listed")
        assert window.replica.outbox.pending_count() == 0
        window.replica.close()   # every byte the desk wrote, WAL included, is in the file now
        assert PASSWORD.encode() not in window.replica.path.read_bytes()
    ui.run(scenario())


def test_an_admin_edits_permissions_and_capacity_and_deactivates_then_reactivates(ui, live_server):
    async def scenario():
        window = await ui.open_window("admin@demo.rvops")
        dialog = window.settings()
        users = dialog.users
        (row,) = [i for i in range(users.list.count()) if users.list.item(i).text().startswith("Bruno Lima")]
        users.list.setCurrentRow(row)
        from rvops_contract.permissions import Permission
        users.permissions[Permission.MANAGE_SNIPPETS].setChecked(True)   # one flag beyond his role
        users.capacity.setValue(4)
        users.save()
        await _settled(ui, dialog)
        assert users.verdict.text() == "Saved."
        bruno = _row(live_server, t.users, "id", "u_bruno")
        assert bruno["capacity"] == 4 and bruno["permissions"] == {"manage_snippets": True}
        users.toggle_active()
        await _settled(ui, dialog)
        assert not _row(live_server, t.users, "id", "u_bruno")["active"]
        assert not _signs_in(live_server, "bruno@demo.rvops", "demo")
        await ui.until(lambda: users.active_button.text().replace("&", "") == "Reactivate", what="the list follows")
        users.toggle_active()
        await _settled(ui, dialog)
        assert _row(live_server, t.users, "id", "u_bruno")["active"]
        users.reset_password(PASSWORD)
        await _settled(ui, dialog)
        assert _signs_in(live_server, "bruno@demo.rvops", PASSWORD)
    ui.run(scenario())


def test_a_refusal_is_said_under_the_form_and_nothing_is_created(ui, live_server):
    async def scenario():
        window = await ui.open_window("admin@demo.rvops")
        dialog = window.settings()
        users = dialog.users
        users.new()
        users.name.setText("Outra Ana")
        users.email.setText("ana@demo.rvops")   # taken
        users.password.setText(PASSWORD)
        users.save()
        await _settled(ui, dialog)
        assert "ana@demo.rvops" in users.verdict.text() or "e-mail" in users.verdict.text().lower()
        with live_server.services.store.read() as conn:
            assert conn.execute(sa.select(sa.func.count()).select_from(t.users)
                                .where(t.users.c.name == "Outra Ana")).scalar() == 0
    ui.run(scenario())


def test_an_admin_creates_and_deletes_a_team_with_its_members_and_method(ui, live_server):
    async def scenario():
        window = await ui.open_window("admin@demo.rvops")
        dialog = window.settings()
        teams = dialog.teams
        teams.new()
        teams.name.setText("Financeiro")
        teams.member_checks["u_bruno"].setChecked(True)
        teams.method.setCurrentIndex(teams.method.findData("least_busy"))
        teams.save()
        await _settled(ui, dialog)
        assert teams.verdict.text() == "Team Financeiro created."
        created = _row(live_server, t.teams, "name", "Financeiro")
        assert created["distribution_method"] == "least_busy"
        with live_server.services.store.read() as conn:
            assert [r[0] for r in conn.execute(sa.select(t.team_members.c.user_id)
                                               .where(t.team_members.c.team_id == created["id"]))] == ["u_bruno"]
        await ui.until(lambda: teams.list.count() == 3, what="Financeiro listed")
        (row,) = [i for i in range(teams.list.count()) if teams.list.item(i).text().startswith("Financeiro")]
        teams.list.setCurrentRow(row)
        teams.delete()
        await _settled(ui, dialog)
        assert _row(live_server, t.teams, "id", created["id"]) is None
    ui.run(scenario())


def test_a_supervisor_changes_how_teams_and_the_workspace_distribute_but_not_who_is_in_them(ui, live_server):
    async def scenario():
        window = await ui.open_window("carla@demo.rvops")
        dialog = window.settings()
        assert dialog.users is None
        teams = dialog.teams
        assert not teams.new_button.isEnabled() and not teams.name.isEnabled()
        (row,) = [i for i in range(teams.list.count()) if teams.list.item(i).text().startswith("Vendas")]
        teams.list.setCurrentRow(row)
        teams.method.setCurrentIndex(teams.method.findData("least_busy"))
        teams.save()
        await _settled(ui, dialog)
        assert teams.verdict.text() == "Saved."
        assert _row(live_server, t.teams, "id", "t_vendas")["distribution_method"] == "least_busy"
        teams.workspace_method.setCurrentIndex(teams.workspace_method.findData("random"))
        teams._set_workspace_method()
        await _settled(ui, dialog)
        assert _row(live_server, t.workspace, "id", "default")["distribution_method"] == "random"
    ui.run(scenario())


def test_walking_the_methods_with_the_keys_switches_the_workspace_once_where_it_settles(ui, live_server, qtbot):
    """The keys walk the list item by item ("T" is "The contact's owner", ↓ the next one): each step
    used to switch the whole workspace's distribution. The choice applies once it settles."""
    from PySide6.QtCore import Qt

    async def scenario():
        window = await ui.open_window("carla@demo.rvops")
        dialog = window.settings()
        dialog.show()
        teams = dialog.teams
        sent = []
        run = teams._run
        teams._run = lambda verdict, type_, args, *rest: (sent.append((type_, args)), run(verdict, type_, args, *rest))
        teams.workspace_method.setFocus()
        qtbot.keyClick(teams.workspace_method, Qt.Key.Key_T)
        assert teams.workspace_method.currentData() == "owner"   # on the way
        qtbot.keyClick(teams.workspace_method, Qt.Key.Key_Down)
        assert teams.workspace_method.currentData() == "least_busy"
        assert teams.method_settles.isActive() and not dialog.busy   # nothing sent yet
        teams.method_settles.stop()
        teams.method_settles.timeout.emit()   # the moment it settles
        await _settled(ui, dialog)
        assert _row(live_server, t.workspace, "id", "default")["distribution_method"] == "least_busy"
        assert sent == [("set_distribution_method", {"method": "least_busy"})]   # one change, not one per key
    ui.run(scenario())


def test_an_agent_has_no_settings(ui):
    async def scenario():
        window = await ui.open_window("ana@demo.rvops")
        assert not window.settings_action.isVisible() and window.settings() is None
    ui.run(scenario())


def test_enter_in_a_field_saves_the_form_and_never_presses_new(ui, qtbot):
    """Qt's dialogs press their first "auto-default" button on Enter: it was New user, which emptied
    the form being typed. Enter in a field now saves it (here: no e-mail yet, said before anything is
    sent), and the typed name stays."""
    from PySide6.QtCore import Qt

    async def scenario():
        window = await ui.open_window("admin@demo.rvops")
        dialog = window.settings()
        dialog.show()
        users = dialog.users
        users.new()
        users.name.setFocus()
        qtbot.keyClicks(users.name, "Diego Rocha")
        qtbot.keyClick(users.name, Qt.Key.Key_Return)
        assert users.name.text() == "Diego Rocha"
        assert dialog.isVisible()
        assert users.verdict.text() == "Fill in the name and the e-mail."   # Save said what is missing
    ui.run(scenario())
