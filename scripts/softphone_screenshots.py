"""Screenshots of the softphone UI (call bar in a call, SIP settings dialog) under Xvfb, with the real
SIP rig (kamailio + a SIPp caller) and the real Softphone."""
from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "desktop" / "voip"))
OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")


async def settle(seconds: float = 0.6) -> None:
    await asyncio.sleep(seconds)


async def shoot(app) -> None:
    import siprig
    from voip_helpers import alice_settings, rig_passwords

    from rvops_desktop.calls import contact_matcher
    from rvops_desktop.demo import DemoStack
    from rvops_desktop.models import Replica
    from rvops_desktop.sync.credentials import Session
    from rvops_desktop.sync.engine import SyncEngine
    from rvops_desktop.ui import build_main_window
    from rvops_desktop.ui import theme as themes
    from rvops_desktop.voip import Softphone

    rig = Path(tempfile.mkdtemp())
    kamailio = siprig.start_kamailio(rig)
    stack = DemoStack(simulate_customers=False).start()
    phone = Softphone(alice_settings(display_name="Ana Agente"), passwords=rig_passwords(), null_audio=True,
                      bind_address=siprig.HOST, rtp_port=siprig.PHONE_RTP_PORT)
    caller = None
    try:
        session = Session(stack.server_url)
        user = await session.login("ana@demo.rvops", "demo")
        replica = Replica.open(Path(tempfile.mkdtemp()) / "replica.sqlite3")
        engine = SyncEngine(replica, session.client)
        engine.start()
        await engine.wait_idle(30)
        app._rvops_theme = themes.ThemeWatcher(forced="light", parent=app)
        phone.contact_matcher = contact_matcher(replica)
        assert phone.start()
        window = build_main_window(engine, replica, phone, me=user, language=os.environ.get("RVOPS_LANG", "pt_BR"),
                                   notifications=False)
        window.resize(1440, 860)
        window.move(0, 0)
        window.show()
        for _ in range(100):
            if str(phone.registration.state) == "registered":
                break
            await settle(0.1)
        scenario = rig / "uac_echo.xml"
        scenario.write_text(siprig.SIPP_UAC_NUMBER.replace("{caller}", "11987654321").replace("{talk_ms}", "20000"))
        caller = siprig.Helper("sipp-uac", ["sipp", "-sf", str(scenario), "-i", siprig.HOST, "-p",
                                            str(siprig.UAC_PORT), "-m", "1", "-nostdin", "-rtp_echo", "-s", "alice",
                                            f"{siprig.HOST}:{siprig.KAMAILIO_PORT}"],
                               rig, rig / "uac.out", (siprig.UAC_PORT,))
        bar = window.call_bar
        for _ in range(100):
            if bar.session is not None and str(bar.session.state) == "ringing":
                break
            await settle(0.1)
        await settle(0.5)
        window.grab().save(str(OUT / "call-bar-ringing.png"))
        bar.answer_button.click()
        for _ in range(100):
            if bar.session is not None and str(bar.session.state) == "connected":
                break
            await settle(0.1)
        await settle(3.2)
        bar.keypad_button.click()
        bar.quality_button.click()
        await settle(1.2)
        window.grab().save(str(OUT / "call-bar.png"))
        bar.hangup_button.click()
        await settle(0.8)
        window.softphone_settings()
        dialog = window.last_dialog
        dialog.password.setText("alice-secret")
        await settle(0.8)
        dialog.grab().save(str(OUT / "sip-settings.png"))
        dialog.reject()
        window.dial_pad()
        window.last_dialog.number.setText("+55 11 98765-4321")
        await settle(0.5)
        window.last_dialog.grab().save(str(OUT / "dial-pad.png"))
        window.last_dialog.reject()
        window.close()
        await engine.stop()
        await session.client.aclose()
        replica.close()
    finally:
        if caller is not None:
            caller.stop()
        phone.shutdown()
        stack.stop()
        kamailio.stop()


def main() -> int:
    import qasync
    from PySide6.QtWidgets import QApplication
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(shoot(app))
    print(f"saved to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
