"""The contact beside the conversation (S6), from the keyboard of a real X display: in Maria's
conversation Ana goes to the contact panel (F6), corrects Maria's city (typed on a Brazilian
keyboard), adds a task and a deal for her (Alt+K, Alt+D), moves the deal to Proposal (Alt+E, the
menu key) and ticks the task due soonest (Alt+A, the tasks, then Space). The mouse wheel rolled over her plan on the way down the panel changes nothing. The server
holds each change, linked to Maria; a colleague's desk would read them from there."""
from __future__ import annotations

from tests.journeys.conftest import at_marias_conversation, quit_with_ctrl_q
from tests.support.desktop import pause
from tests.support.waiting import wait_until

MARIA = "c_maria"
CITY = "São José dos Campos"
TASK = "Enviar a proposta revisada até sexta"
DEAL = "Renovação anual"
PLAN_AT = (1244, 227)   # the Plan list in the contact panel, in the window (its default size and splitters)


def on_server(server, what: str, condition):
    """Wait until `condition(bootstrap)` holds on the server (read as a supervisor reads it)."""
    with server.api("carla@demo.rvops") as carla:
        def look():
            found = condition(carla.get("/api/v1/sync/bootstrap").raise_for_status().json())
            if not found:
                pause(0.2)
            return found
        return wait_until(look, 30, f"on the server: {what}")


def made_from_the_panel(desk, server, window: str, key: str, dialog: str, records: str, title: str) -> dict:
    """A button's key, the title typed in its dialog, Enter: the record, Maria's, on the server."""
    desk.focus(window)
    desk.key(key)
    desk.focus(desk.wait_window(f"^{dialog}$", 15))
    desk.type(title)
    desk.key("Return")
    return on_server(server, f"{title!r}, Maria's", lambda b: next(
        (r for r in b[records] if r["title"] == title and r["contact_id"] == MARIA), None))


def test_city_task_and_deal_from_the_contact_panel(desk, server):
    desk.brazilian_keyboard()
    app, window = at_marias_conversation(desk, server)
    app.wait_log(rf"contact panel: {MARIA}")
    # the wheel rolled over Maria's plan on the way down the panel: it scrolls, the plan stays "Pro"
    desk.xdotool("mousemove", "--window", window, *map(str, PLAN_AT), "click", "--repeat", "3", "--delay", "80", "5")

    # F6 walks the panes: the list (where the search is), the conversation, the contact
    desk.key("ctrl+k", "F6", "F6")
    desk.key("Tab", "Tab", "Tab", "Tab", "Tab")   # past Call, Name, Phone, E-mail and Plan: the city
    desk.key("ctrl+a")
    desk.type(CITY)
    desk.key("Tab")   # leaving the field saves it
    on_server(server, "Maria's new city", lambda b: next(
        c for c in b["contacts"] if c["id"] == MARIA)["properties"].get("cidade") == CITY)

    # a task and a deal, each from its button's key
    task = made_from_the_panel(desk, server, window, "alt+k", "New task", "tasks", TASK)
    assert not task["done"]
    deal = made_from_the_panel(desk, server, window, "alt+d", "New deal", "deals", DEAL)
    assert (deal["owner_id"], deal["stage"]) == ("u_ana", "new")

    # the deals (Alt+E) begin with the newest, hers: the menu key offers the pipeline's stages
    desk.focus(window)
    desk.key("alt+e", "Menu")
    pause(0.5)
    desk.key("Down", "Down", "Down", "Return")   # New, Qualification, Proposal
    on_server(server, "the deal in Proposal", lambda b: next(
        d for d in b["deals"] if d["id"] == deal["id"])["stage"] == "proposta")

    # the tasks (Alt+A, their group's key) begin with what is due soonest: Space ticks it
    desk.focus(window)
    desk.key("alt+a", "space")
    done = on_server(server, "a task of Maria's done", lambda b: [
        t for t in b["tasks"] if t["contact_id"] == MARIA and t["done"]])
    assert [t["title"] for t in done] == ["Ligar para a Maria sobre a proposta"]   # the demo's, due first
    with server.api("carla@demo.rvops") as carla:   # nothing else was touched on the way
        maria = next(c for c in carla.get("/api/v1/sync/bootstrap").json()["contacts"] if c["id"] == MARIA)
    properties = maria["properties"]
    assert (properties["cidade"], properties["plano"], properties["cliente_desde"], maria["email"]) == (
        CITY, "Pro", "2023-04-01", "maria@example.com.br")
    quit_with_ctrl_q(desk, app, window)
