"""Issue 16's journey through Settings ▸ Labels and Settings ▸ Templates, with a real X keyboard,
against the server and Meta's stand-in as separate processes.

The administrator opens Settings (Ctrl+,), goes to Labels, makes "VIP" in raspberry and saves it:
the server has it with its colour. She goes on to Templates, writes `aviso_entrega` (a name, a text
without variables, a footer) and submits it to Meta (Alt+B): the stand-in holds it PENDING, as
Meta's review does, and the list says so. When Meta approves it (the stand-in's signed
`message_template_status_update` webhook), the list follows by itself."""
from __future__ import annotations

import subprocess
import sys

import httpx

from rvops_contract import demo_credentials as demo
from tests.journeys.conftest import quit_with_ctrl_q, sign_in
from tests.support.desktop import pause
from tests.support.servers import Agent, free_port
from tests.support.waiting import wait_until

TEMPLATE = "aviso_entrega"


class StandinProcess:
    """`python -m rvops_meta_standin` on loopback, posting its webhooks to the server."""

    def __init__(self, port: int, server_url: str, log) -> None:
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen([sys.executable, "-m", "rvops_meta_standin", "--server", server_url,
                                         "--port", str(port), "--no-simulate"], stdout=log, stderr=subprocess.STDOUT)
        wait_until(lambda: self._healthy(), 30, "the Meta stand-in")

    def _healthy(self) -> bool:
        assert self.process.poll() is None, "the Meta stand-in exited"
        try:
            return httpx.get(f"{self.url}/_standin/health", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def test_an_admin_makes_a_label_and_submits_a_template_that_meta_approves(desk):
    port = free_port()
    server = desk.server(graph_url=f"http://127.0.0.1:{port}")
    with open(desk.folder / "standin.out", "wb") as log:
        standin = StandinProcess(port, server.url, log)
        try:
            _journey(desk, server, standin)
        finally:
            standin.stop()
            server.stop()


def _journey(desk, server, standin) -> None:
    app = desk.launch("--language", "en")
    window = sign_in(desk, server, "admin@demo.rvops")
    app.wait_log(r"inbox window shown")
    admin = Agent(server.url, "admin@demo.rvops")
    try:
        # Settings ▸ Labels ▸ New label: VIP, raspberry
        desk.focus(window)
        desk.key("ctrl+comma")
        settings = desk.wait_window("^Settings$")
        desk.focus(settings)
        pause(0.5)
        desk.key("ctrl+Tab", "ctrl+Tab", "ctrl+Tab", "ctrl+Tab")   # Users, Teams, Chatbot, Properties, Labels
        pause(0.5)
        desk.key("alt+n")
        pause(0.3)
        desk.type("VIP")
        desk.key("Tab", "ctrl+a")
        desk.type("#D81B60")
        desk.key("alt+s")
        app.wait_log(r"settings: upsert_label applied")
        vip = wait_until(lambda: next((lb for lb in admin.bootstrap()["labels"] if lb["name"] == "vip"), None),
                         30, "VIP on the server (names are kept in lower case)")
        assert vip["colour"] == "#D81B60"

        # Settings ▸ Templates: a new one, submitted to Meta
        desk.key("ctrl+Tab")
        pause(0.5)
        desk.key("alt+m")
        desk.type(TEMPLATE)
        desk.key("alt+x")
        desk.type("Seu pedido saiu para entrega hoje.")
        desk.key("alt+t")
        desk.type("Loja da Rita")
        pause(0.3)
        desk.key("alt+b")
        app.wait_log(r"settings: create_template applied")
        app.wait_log(rf"settings: templates at Meta: .*{TEMPLATE} PENDING")
        at_meta = httpx.get(f"{standin.url}/v21.0/{demo.WHATSAPP_WABA_ID}/message_templates", timeout=10,
                            params={"name": TEMPLATE}, headers={"Authorization": f"Bearer {demo.ACCESS_TOKEN}"}).json()
        submitted = next(t for t in at_meta["data"] if t["name"] == TEMPLATE)
        assert submitted["status"] == "PENDING"
        assert {"type": "FOOTER", "text": "Loja da Rita"} in submitted["components"]
        desk.screenshot(desk.folder / "template-pending.png")

        # Meta's review approves it: the signed webhook reaches the server, the list follows
        approved = httpx.post(f"{standin.url}/_standin/templates/status", timeout=10,
                              json={"name": TEMPLATE, "language": "pt_BR", "event": "APPROVED"}).json()
        assert approved["webhook_status"] == 200, approved
        app.wait_log(rf"settings: templates at Meta: .*{TEMPLATE} APPROVED")
        desk.screenshot(desk.folder / "template-approved.png")
    finally:
        admin.close()
    desk.key("Escape")
    desk.wait_no_window("^Settings$")
    quit_with_ctrl_q(desk, app, window)

