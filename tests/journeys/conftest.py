"""Journeys: the installed app as a user runs it (see tests/support/desktop.py and README)."""
from __future__ import annotations

import os
import re

import pytest

from tests.support.desktop import Display, Session, missing_tools


@pytest.fixture(scope="session")
def display():
    missing = missing_tools()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"journeys need {missing} (scripts/setup installs them)")
        pytest.skip(f"journeys need {missing}: run scripts/setup")
    with Display() as display:
        yield display


@pytest.fixture
def desk(display, tmp_path):
    """A fresh user on the desktop: own home, D-Bus session, unlocked keyring, notification daemon."""
    with Session(display, tmp_path) as session:
        yield session


@pytest.fixture
def pulse(desk):
    """The desk's sound, for the apps it launches from now on: a private PulseAudio with a `headset`
    null sink (the default output) and a microphone hearing a 440 Hz tone (the default input)."""
    from tests.support.pulse import PulseAudio
    if PulseAudio.missing():
        (pytest.fail if os.environ.get("CI") else pytest.skip)("PulseAudio is needed (scripts/setup installs it)")
    with PulseAudio(desk.folder / "pulse", mic_hz=440) as pulse:
        desk.env["PULSE_SERVER"] = pulse.env["PULSE_SERVER"]
        yield pulse


@pytest.fixture
def server(desk):
    server = desk.server()
    yield server
    server.stop()


@pytest.fixture
def graph():
    """A stand-in for Meta's Graph API (tests/support/fake_graph.py): what WhatsApp received is read there."""
    from tests.support.fake_graph import FakeGraph
    stand_in = FakeGraph()
    yield stand_in
    stand_in.close()


@pytest.fixture
def graph_server(desk, graph):
    """`rvops-server serve --demo` sending to `graph`."""
    server = desk.server(graph_url=graph.url)
    yield server
    server.stop()


def sign_in(desk, server, email: str = "ana@demo.rvops", password: str = "demo") -> str:
    """The login dialog, filled in with real keystrokes; returns the inbox window's id."""
    dialog = desk.wait_window("^Sign in to Rvops$", 60)
    desk.focus(dialog)
    for field, text in (("alt+s", server.url), ("alt+e", email), ("alt+p", password)):  # the labels' mnemonics
        desk.key(field, "ctrl+a")
        desk.type(text)
    desk.key("Return")
    return desk.wait_window("^Rvops — ", 60)


def at_marias_conversation(desk, server):
    """Ana signed in, her newest conversation open — Maria's; returns the app and its window."""
    app = desk.launch("--language", "en")
    window = sign_in(desk, server)
    app.wait_log(r"list mine: 3 conversations")
    desk.focus(window)
    desk.key("alt+Down")
    desk.wait_window("^Maria Oliveira — Rvops — Ana Souza")
    return app, window


def quit_with_ctrl_q(desk, app, window: str) -> None:
    """File ▸ Quit from the keyboard; the process ends cleanly."""
    desk.focus(window)
    desk.key("ctrl+q")
    assert app.wait_exit(30) == 0, app.text()[-3000:]
    assert "Traceback" not in app.text()
    assert not unlogged_lines(app.text()), app.text()[-3000:]
    assert not re.findall(r".* WARNING qt\.dbus.*", app.text()), app.text()[-3000:]   # e.g. a refused launcher badge


LOG_RECORD = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (DEBUG|INFO|WARNING|ERROR|CRITICAL) [\w.]+: ")


def unlogged_lines(console: str) -> list[str]:
    """What the app wrote to its terminal outside its log's format: Qt's and the SIP engine's
    own prints (they belong in the log file, with a time and a level)."""
    return [line for line in console.splitlines() if line.strip() and not LOG_RECORD.match(line)]


def signed_in_once(desk, server, email: str = "ana@demo.rvops") -> None:
    """A first start: sign in, see the inbox, quit once the whole workspace is in the replica —
    leaving the session in the keychain and a synced replica (a later start opens from it)."""
    app = desk.launch("--language", "en")
    window = sign_in(desk, server, email)
    app.wait_log(r"inbox window shown")
    app.wait_log(r"snapshot applied at cursor \d+")
    quit_with_ctrl_q(desk, app, window)
