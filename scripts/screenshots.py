#!/usr/bin/env python3
"""Screenshots of the inbox window and its dialogs, for docs/screenshots/ (run under Xvfb).

    xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" .venv/bin/python scripts/screenshots.py

Starts the demo stack (server, Meta stand-in, simulated customers) on loopback, signs in as
Ana (and as the administrator, for the supervision and settings windows), syncs a fresh replica,
builds the real window and saves PNGs with QWidget.grab(). RVOPS_SHOTS=admin or =main: one part.
"""
from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from contextlib import asynccontextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


async def settle(seconds: float = 0.6) -> None:
    await asyncio.sleep(seconds)


class LaterClock:
    """The system clock, `minutes` later: the queue as it looks after its customers have waited."""

    def __init__(self) -> None:
        self.minutes = 0

    def now(self):
        from datetime import UTC, datetime, timedelta
        return datetime.now(UTC) + timedelta(minutes=self.minutes)


QUEUE_CUSTOMERS = [  # they write in (no agent has them: manual distribution puts them in the queue)
    ("5511912340001", "Rafael Costa", "Boa tarde! Meu pedido ainda não chegou."),
    ("5521912340002", "Beatriz Lima", "Vocês atendem aos sábados?"),
    ("5531912340003", "Gustavo Alves", "Preciso da segunda via do boleto, por favor."),
]


async def shoot_queue(window, stack, clock) -> None:
    """The queue with its filters: the customer waiting longest first, each with how long."""
    import httpx

    from rvops_desktop.models import View
    async with httpx.AsyncClient(base_url=stack.standin_url) as standin:
        for wa_id, name, text in QUEUE_CUSTOMERS:
            await standin.post("/_standin/whatsapp/inbound", json={
                "wa_id": wa_id, "profile_name": name, "body": {"body": text}})
            await settle(0.4)
    await settle(1.5)
    window.views.setCurrentIndex(window.views_model.index(window.views_model.row_of(View.queue())))
    clock.minutes = 14  # a quarter of an hour later, nobody has claimed them yet
    window._tick()
    await settle()
    window.grab().save(str(OUT / "queue-filters.png"))
    window.filter_bar.waiting.setCurrentIndex(window.filter_bar.waiting.findData(15))
    await settle()
    window.list.grab().save(str(OUT / "queue-filtered-list.png"))
    window.filters.clear()
    clock.minutes = 0


SIZES = [(1360, 768), (1920, 1080)]  # a laptop and a desk monitor


async def shoot_sizes(window, language: str, theme: str) -> None:
    """The same window at the sizes agents have, to check that nothing is clipped or reflows."""
    for width, height in SIZES:
        window.resize(width, height)
        await settle()
        window.grab().save(str(OUT / f"window-{language}-{theme}-{width}x{height}.png"))
    window.resize(1440, 860)
    await settle()


@asynccontextmanager
async def signed_in(app, email: str, theme: str, language: str):
    """The demo stack on loopback, `email` signed in with a fresh replica synced, and the real
    window shown in `theme` and `language`: (stack, engine, window, clock); all stopped after."""
    from rvops_desktop.demo import DemoStack
    from rvops_desktop.models import Replica
    from rvops_desktop.sync.credentials import Session
    from rvops_desktop.sync.engine import SyncEngine
    from rvops_desktop.ui import build_main_window, i18n
    from rvops_desktop.ui import theme as themes

    stack = DemoStack(simulate_customers=False).start()
    try:
        session = Session(stack.server_url)
        user = await session.login(email, "demo")
        replica = Replica.open(Path(tempfile.mkdtemp()) / "replica.sqlite3")
        engine = SyncEngine(replica, session.client)
        engine.start()
        await engine.wait_idle(30)
        app._rvops_theme = themes.ThemeWatcher(forced=theme, parent=app)
        app.setProperty("rvopsLanguage", i18n.install(app, language))  # each run in its own language
        clock = LaterClock()
        window = build_main_window(engine, replica, me=user, language=language, notifications=False, clock=clock)
        window.resize(1440, 860)
        window.move(0, 0)
        window.show()
        yield stack, engine, window, clock
        window.close()
        await engine.stop()
        await session.client.aclose()
        replica.close()
    finally:
        stack.stop()


async def shoot(app, theme: str, language: str) -> None:
    async with signed_in(app, "ana@demo.rvops", theme, language) as (stack, engine, window, clock):
        import httpx
        async with httpx.AsyncClient(base_url=stack.standin_url) as standin:  # Maria writes in, for real
            for text in ("Oi! Conseguiu ver a proposta?", "Se puder, mande também o contrato."):
                await standin.post("/_standin/whatsapp/inbound", json={
                    "wa_id": "5511987654321", "profile_name": "Maria Oliveira", "body": {"body": text}})
            await standin.post("/_standin/whatsapp/inbound", json={
                "wa_id": "5511987654321", "profile_name": "Maria Oliveira", "type": "location",
                "body": {"latitude": -23.5614, "longitude": -46.6559, "name": "Escritório", "address": "Av. Paulista, 1000"}})
        await settle(1.0)
        window.list.select("cv_maria")
        await settle()
        window.pane.composer.edit.setPlainText("Claro! Segue a proposta em anexo.")
        window.session.actions.add_note("cv_maria", "Cliente VIP: oferecer 10% no plano anual.")
        window.session.actions.send_message("cv_maria", "Vou preparar a proposta do plano Enterprise agora.")
        window.session.actions.set_labels("cv_maria", ["vip", "proposta"])
        await engine.wait_idle(10)
        await settle(1.5)
        await shoot_sizes(window, language, theme)
        if language == "pt_BR":
            suffix = "" if theme == "light" else "-dark"
            window.grab().save(str(OUT / f"main-window{suffix}.png"))
        if (language, theme) == ("pt_BR", "light"):
            await shoot_dialogs(window, stack, clock)


async def shoot_dialogs(window, stack, clock) -> None:
    """The dialogs and the queue, from the pt-BR light window."""
    window.transfer()
    await settle()
    window.last_dialog.grab().save(str(OUT / "transfer-dialog.png"))
    window.last_dialog.reject()
    window.history()
    await settle()
    window.last_dialog.grab().save(str(OUT / "history-dialog.png"))
    window.last_dialog.reject()
    window.list.select("cv_joao")
    await settle()
    window.grab().save(str(OUT / "locked-composer.png"))
    window.resume()
    dialog = window.last_dialog
    for edit in dialog.inputs[1:]:
        edit.setText("o boleto de março")
    await settle()
    dialog.grab().save(str(OUT / "resume-dialog.png"))
    dialog.reject()
    window.list.select("cv_maria")
    await settle()
    picker = window.pane.composer.open_emoji_picker()
    picker.search.setText("coração")
    await settle()
    picker.grab().save(str(OUT / "emoji-picker.png"))
    picker.hide()
    directory = window.contacts()
    directory.search.setText("maria")
    await settle(1.0)
    directory.grab().save(str(OUT / "contacts-directory.png"))
    directory.close()
    await shoot_picture_and_snooze(window)
    await shoot_queue(window, stack, clock)


def _picture() -> Path:
    """A product photo stand-in: a gradient with a caption, 1200×800."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(1200, 800))
    gradient.setColorAt(0, QColor("#2F80ED"))
    gradient.setColorAt(1, QColor("#27AE60"))
    painter.fillRect(image.rect(), gradient)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPointSize(72)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignCenter), "Plano Enterprise")
    painter.end()
    path = Path(tempfile.mkdtemp()) / "plano-enterprise.png"
    image.save(str(path))
    return path


async def shoot_picture_and_snooze(window) -> None:
    """A picture confirmed with a caption and drawn in its bubble; the header's Snooze menu."""
    composer = window.pane.composer
    composer.attach(str(_picture()))
    composer.preview.caption.setText("Os valores do plano anual")
    await settle()
    composer.preview.grab().save(str(OUT / "attachment-preview.png"))
    composer.preview.send_button.click()
    await settle(2.5)   # uploaded, sent, its thumbnail decoded
    window.pane.thread.scrollToBottom()
    await settle()
    window.grab().save(str(OUT / "thread-picture.png"))
    header = window.pane.header
    button = header.buttons["snooze"]
    header.snooze_menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    await settle()
    from PySide6.QtGui import QGuiApplication  # the menu is a window of its own: grab the screen
    g = window.geometry()
    QGuiApplication.primaryScreen().grabWindow(0, g.x(), g.y(), g.width(), g.height()).save(
        str(OUT / "snooze-menu.png"))
    header.snooze_menu.hide()


async def shoot_chatbot_thread(window, stack, engine) -> None:
    """A customer meets the chatbot: greeting and menu, a tap on an option, the e-mail asked and
    given; the conversation reaches its team with the bot's exchange in the thread."""
    import httpx
    customer = {"wa_id": "5511955550101", "profile_name": "Camila Rocha"}
    async with httpx.AsyncClient(base_url=stack.standin_url) as standin:
        await standin.post("/_standin/whatsapp/inbound", json={**customer, "body": {"body": "Olá, boa tarde!"}})
        await settle(1.5)
        await standin.post("/_standin/whatsapp/inbound", json={**customer, "type": "interactive", "body": {
            "type": "button_reply", "button_reply": {"id": "suporte_tecnico", "title": "Suporte técnico"}}})
        await settle(1.5)
        await standin.post("/_standin/whatsapp/inbound", json={**customer, "body": {"body": "camila@example.com"}})
        await settle(1.5)
    await engine.wait_idle(10)
    hits = [h for h in window.replica.store.search("Camila") if h.conversation_id]
    if hits:
        window.list.search.setText("Camila")
        await settle(1.0)
        window.list.select(hits[0].conversation_id)
        await settle(1.0)
        window.grab().save(str(OUT / "chatbot-thread.png"))


async def shoot_admin(app) -> None:
    """An administrator's windows in pt-BR: the supervision dashboard with customers waiting in the
    queue, and Settings (users, teams)."""
    async with signed_in(app, "admin@demo.rvops", "light", "pt_BR") as (stack, engine, window, clock):
        import httpx
        async with httpx.AsyncClient(base_url=stack.standin_url) as standin:
            for minutes, (wa_id, name, text) in zip((3, 0, 0), QUEUE_CUSTOMERS):
                clock.minutes = minutes
                await standin.post("/_standin/whatsapp/inbound", json={
                    "wa_id": wa_id, "profile_name": name, "body": {"body": text}})
                await settle(0.4)
        await engine.wait_idle(10)
        clock.minutes = 9   # some have waited past the 5-minute mark
        dashboard = window.supervision()
        dashboard.refresh()
        await settle(1.0)
        dashboard.grab().save(str(OUT / "supervision.png"))
        dashboard.close()
        settings = window.settings()
        settings.resize(980, 760)
        users = settings.users
        (row,) = [i for i in range(users.list.count()) if users.list.item(i).text().startswith("Bruno")]
        users.list.setCurrentRow(row)
        await settle()
        settings.grab().save(str(OUT / "settings-users.png"))
        settings.tabs.setCurrentWidget(settings.teams)
        teams = settings.teams
        teams.list.setCurrentRow(0)
        weekdays = [["08:00", "18:00"]]
        teams.hours.set_hours({"time_zone": "America/Sao_Paulo", "days": {
            "mon": weekdays, "tue": weekdays, "wed": weekdays, "thu": weekdays, "fri": weekdays,
            "sat": [["09:00", "13:00"]]}})
        teams.away.setPlainText("Estamos fora do horário. Respondemos a partir das 8h.")
        await settle()
        settings.grab().save(str(OUT / "settings-teams.png"))
        from rvops_desktop.models.chatbot_form import OptionRow
        page = settings.chatbot
        settings.tabs.setCurrentWidget(page)
        await page.loading
        page.enabled.setChecked(True)
        page.greeting.setPlainText("Olá! Sou o assistente da Rvops.")
        page.prompt.setText("Com o que podemos ajudar?")
        page.add_option(OptionRow("Comprar um plano", "t_vendas"))
        page.add_option(OptionRow("Suporte técnico", "t_suporte", "email", "Qual é o seu e-mail?"))
        page.add_option(OptionRow("Financeiro", None))
        page.hours_on.setChecked(True)
        page.out_of_hours.setText("Estamos fora do horário; respondemos a partir das 8h.")
        page.options.clearSelection()
        await settle()
        settings.grab().save(str(OUT / "settings-chatbot.png"))
        for tab, name in ((settings.properties, "settings-properties.png"), (settings.labels, "settings-labels.png")):
            settings.tabs.setCurrentWidget(tab)
            await settle()
            settings.grab().save(str(OUT / name))
        templates = settings.templates
        settings.tabs.setCurrentWidget(templates)
        templates.name.setText("aviso_fatura")
        templates.body.setPlainText("Olá {{1}}, sua fatura de {{2}} já está disponível.")
        templates.examples.setText("Maria | março")
        templates.footer.setText("Rvops CRM")
        form = templates.form
        form.header_kind.setCurrentIndex(form.header_kind.findData("TEXT"))
        form.header_text.setText("Fatura {{1}}")
        form.header_example.setText("#4711")
        form.buttons.add("QUICK_REPLY", "Já paguei")
        form.buttons.add("URL", "Ver fatura", "https://loja.example.com.br/fatura/{{1}}", "4711")
        await settle()
        settings.grab().save(str(OUT / "settings-templates.png"))
        settings.tabs.setCurrentWidget(page)
        page.hours_on.setChecked(False)   # whatever the hour the screenshots run at, the bot greets
        page.save()   # the bot greets the next customer who writes on WhatsApp
        while settings.busy:
            await settle(0.2)
        await shoot_chatbot_thread(window, stack, engine)
        settings.close()


def main() -> int:
    import qasync
    from PySide6.QtWidgets import QApplication
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        only = os.environ.get("RVOPS_LANG")  # one language only, when set
        if os.environ.get("RVOPS_SHOTS") != "main":   # RVOPS_SHOTS=admin: the administrator's windows only
            loop.run_until_complete(shoot_admin(app))
        if os.environ.get("RVOPS_SHOTS") == "admin":
            print(f"saved to {OUT}")
            return 0
        for language in ("pt_BR", "en"):
            if only and language != only:
                continue
            for theme in ("light", "dark"):
                loop.run_until_complete(shoot(app, theme, language))
    print(f"saved to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
