"""A Linux desktop for journeys: an X display with a window manager, a D-Bus session with a real
Secret Service (gnome-keyring) and a notification daemon (dunst), real X input (xdotool) — and
the installed console scripts (`rvops-server`, `rvops-desktop`) started as separate processes.

    with Display() as display, Session(display, tmp_path) as desk:
        server = desk.server()                         # `rvops-server serve --demo` on loopback
        app = desk.launch("--language", "en")          # `rvops-desktop`, as the README tells a user
        login = desk.wait_window("Sign in to Rvops")
        desk.type("ana@demo.rvops"); desk.key("Tab")
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import Self

import httpx

from rvops_contract import demo_credentials as demo
from tests.support.servers import free_port, wait_healthy
from tests.support.waiting import wait_until

BIN = Path(sys.executable).parent
NO_GRAPH = "http://127.0.0.1:9"  # Meta's Graph API nowhere: what the app sends reaches no one
TOOLS = ("Xvfb", "xdotool", "setxkbmap", "xprop", "openbox", "dbus-daemon", "gnome-keyring-daemon", "dunst", "import")
DUNSTRC = """[global]
    follow = none
    width = 360
    height = 120
    origin = top-right
    offset = 10x40
    mouse_left_click = do_action, close_current
    mouse_right_click = close_current
    show_indicators = no
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
"""


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _stop(process: subprocess.Popen | None, timeout: float = 10) -> None:
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


class Display:
    """Xvfb with openbox: windows get focus and stacking as on a desktop."""

    def __init__(self, size: str = "1600x1000x24") -> None:
        self.size = size
        self.name = ""
        self._xvfb = self._wm = None

    def __enter__(self) -> Self:
        for number in range(60, 120):
            if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
                break
        self.name = f":{number}"
        self._xvfb = subprocess.Popen(["Xvfb", self.name, "-screen", "0", self.size, "-nolisten", "tcp"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 15, "Xvfb")
        self._wm = subprocess.Popen(["openbox"], env={**os.environ, "DISPLAY": self.name},
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return self

    def __exit__(self, *exc) -> None:
        _stop(self._wm)
        _stop(self._xvfb)


class App:
    """One `rvops-desktop` process and its output (the app also writes its own log file)."""

    def __init__(self, process: subprocess.Popen, output: Path) -> None:
        self.process = process
        self.output = output

    def text(self) -> str:
        return self.output.read_text(errors="replace")

    def wait_log(self, pattern: str, timeout: float = 30) -> re.Match:
        def found():
            return re.search(pattern, self.text())
        try:
            return wait_until(found, timeout, f"app log line /{pattern}/")
        except AssertionError:
            raise AssertionError(f"no /{pattern}/ in the app's output:\n{self.tail()}") from None

    def tail(self) -> str:
        """The end of the output, and a fatal error's report whole (which thread crashed is at its top)."""
        text = self.text()
        fatal = text.find("Fatal Python error")
        if fatal < 0:
            return text[-4000:]
        return text[max(0, fatal - 2000):fatal + 12000]

    def wait_exit(self, timeout: float = 30) -> int:
        return self.process.wait(timeout)

    @property
    def running(self) -> bool:
        return self.process.poll() is None


class Session:
    """A user's desktop session: their own home, a D-Bus session bus with an unlocked login keyring
    (gnome-keyring's Secret Service) and a notification daemon, on the given display."""

    def __init__(self, display: Display, folder: Path, *, notifications: bool = True, bin: Path = BIN) -> None:
        self.display = display
        self.bin = bin  # the installed environment's scripts: the checkout's .venv, or a fresh venv from the wheel
        self.folder = folder
        self.notifications = notifications
        self.home = folder / "home"
        self.env: dict[str, str] = {}
        self._daemons: list[subprocess.Popen] = []
        self._apps: list[App] = []
        self._servers: list[subprocess.Popen] = []
        self._bus_pid: int | None = None
        self._launches = 0
        self._abnt2 = False

    # ---- the session ---------------------------------------------------------------------------
    def __enter__(self) -> Self:
        run = self.folder / "run"
        for path in (self.home, run):
            path.mkdir(parents=True, exist_ok=True)
        run.chmod(0o700)
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("QT_", "PYTHON_KEYRING", "DBUS_", "XDG_", "RVOPS_"))}
        env.update(DISPLAY=self.display.name, HOME=str(self.home), XDG_RUNTIME_DIR=str(run),
                   XDG_CONFIG_HOME=str(self.home / ".config"), XDG_DATA_HOME=str(self.home / ".local/share"),
                   XDG_STATE_HOME=str(self.home / ".local/state"), XDG_CACHE_HOME=str(self.home / ".cache"),
                   NO_AT_BRIDGE="1")
        bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                             env=env, capture_output=True, text=True, timeout=15, check=True).stdout.split()
        env["DBUS_SESSION_BUS_ADDRESS"], self._bus_pid = bus[0], int(bus[1])
        keyring = subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"], input="journey\n",
                                 env=env, capture_output=True, text=True, timeout=20, check=False)
        for line in keyring.stdout.splitlines():  # GNOME_KEYRING_CONTROL=…
            name, _, value = line.partition("=")
            if name and value:
                env[name] = value
        self.env = env
        if self.notifications:
            rc = self.folder / "dunstrc"
            rc.write_text(DUNSTRC)
            self._daemons.append(subprocess.Popen(["dunst", "-config", str(rc)], env=env,
                                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        return self

    def __exit__(self, *exc) -> None:
        if self._abnt2:  # the display outlives this session: the next one starts on its usual keyboard
            subprocess.run(["setxkbmap", "-layout", "us"], env=self.env, check=False, timeout=30)
        for app in self._apps:
            _stop(app.process)
        for server in self._servers:
            _stop(server)
        for daemon in self._daemons:
            _stop(daemon)
        subprocess.run(["pkill", "-f", f"gnome-keyring-daemon.*{self.env.get('XDG_RUNTIME_DIR', '@@')}"],
                       check=False)
        if self._bus_pid:
            try:
                os.kill(self._bus_pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    def keyring_password(self, service: str, user: str) -> str | None:
        """What the Secret Service holds, read the way any program of the session would."""
        code = ("import keyring,sys; print(keyring.get_password(sys.argv[1], sys.argv[2]) or '');"
                "print(type(keyring.get_keyring()).__module__, file=sys.stderr)")
        done = subprocess.run([sys.executable, "-c", code, service, user], env=self.env, capture_output=True,
                              text=True, timeout=30, check=False)
        assert "SecretService" in done.stderr, done.stderr
        return done.stdout.strip() or None

    # ---- processes -----------------------------------------------------------------------------
    def server(self, database: Path | None = None, port: int | None = None, graph_url: str = NO_GRAPH, *,
               demo: bool = True) -> Server:
        """`rvops-server serve --demo` as a separate process on loopback (Meta's Graph API at `graph_url`:
        by default nowhere, so nothing sent reaches anyone); `demo=False`: as an installation runs it."""
        server = Server(self, database or self.folder / "server.sqlite3", port or free_port(), graph_url, demo=demo)
        server.start()
        return server

    def launch(self, *arguments: str) -> App:
        """`rvops-desktop ARGS` as the user starts it (the installed console script)."""
        self._launches += 1
        output = self.folder / f"app-{self._launches}.out"
        with open(output, "wb") as out:
            process = subprocess.Popen([str(self.bin / "rvops-desktop"), *arguments], env=self.env, stdout=out,
                                       stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        app = App(process, output)
        self._apps.append(app)
        return app

    def log_file(self) -> Path:
        return self.home / ".local/state/rvops-desktop/log/rvops-desktop.log"

    # ---- X: windows and real input --------------------------------------------------------------
    def xdotool(self, *arguments: str, check: bool = True) -> str:
        done = subprocess.run(["xdotool", *arguments], env=self.env, capture_output=True, text=True, timeout=30,
                              check=False)
        if check and done.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(arguments)} failed: {done.stderr}")
        return done.stdout.strip()

    def windows(self, title: str) -> list[str]:
        return self.xdotool("search", "--onlyvisible", "--name", title, check=False).split()

    def wait_window(self, title: str, timeout: float = 30) -> str:
        """The id of a visible window whose title matches `title` (a regular expression)."""
        def visible():
            found = self.windows(title)
            if not found:
                time.sleep(0.2)  # each look is a process: look five times a second
            return found[0] if found else None
        return wait_until(visible, timeout, f"a window titled /{title}/")

    def wait_no_window(self, title: str, timeout: float = 15) -> None:
        def gone():
            if self.windows(title):
                time.sleep(0.2)
                return False
            return True
        wait_until(gone, timeout, f"no window titled /{title}/")

    def title(self, window: str) -> str:
        return self.xdotool("getwindowname", window)

    def focus(self, window: str) -> None:
        self.xdotool("windowactivate", "--sync", window, check=False)
        self.xdotool("windowfocus", "--sync", window)

    def type(self, text: str) -> None:
        """Keystrokes for `text`. With a Brazilian keyboard (`brazilian_keyboard`), accented letters go
        as their owner types them, a dead key then the letter (the app composes them); otherwise
        xdotool borrows a spare key for each, which X clients may see late (letters get lost)."""
        if not self._abnt2:
            self.xdotool("type", "--delay", "15", "--clearmodifiers", text)
            return
        for run in re.split(r"([^\x00-\x7f])", text):
            if not run:
                continue
            if run.isascii():
                self.xdotool("type", "--delay", "15", "--clearmodifiers", run)
            else:
                self.key(*ABNT2_KEYS.get(run) or _dead_keys(run))

    def brazilian_keyboard(self) -> None:
        """The display's keyboard becomes ABNT2, a Brazilian agent's (until the session ends)."""
        subprocess.run(["setxkbmap", "-layout", "br", "-variant", "abnt2"], env=self.env, check=True, timeout=30)
        self._abnt2 = True

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "40", "--clearmodifiers", *keys)

    def click(self, window: str, x: int = 20, y: int = 20) -> None:
        self.xdotool("mousemove", "--window", window, str(x), str(y), "click", "1")

    def icon_size(self, window: str) -> tuple[int, int] | None:
        """The first size of the window's icon as the window manager reads it (_NET_WM_ICON), or None."""
        done = subprocess.run(["xprop", "-id", window, "_NET_WM_ICON"], env=self.env, capture_output=True,
                              text=True, timeout=30, check=False)
        found = re.search(r"Icon \((\d+) x (\d+)\)", done.stdout)
        return (int(found[1]), int(found[2])) if found else None

    def screenshot(self, path: Path) -> Path:
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, check=False, timeout=30)
        return path


class Server:
    """`rvops-server serve` (the installed console script) on loopback, stoppable and restartable."""

    def __init__(self, session: Session, database: Path, port: int, graph_url: str = "", *,
                 demo: bool = True) -> None:
        self.session = session
        self.demo = demo
        self.graph_url = graph_url or NO_GRAPH
        self.database = database
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        with open(self.session.folder / f"server-{self.port}.out", "ab") as out:  # the child keeps its copy
            self.process = subprocess.Popen(
                [str(self.session.bin / "rvops-server"), "serve", "--host", "127.0.0.1", "--port", str(self.port),
                 "--database-url", f"sqlite:///{self.database}", *(["--demo"] if self.demo else [])],
                env={**self.session.env, "RVOPS_MEDIA_DIR": str(self.session.folder / "media"),
                     # the operator's Meta app: webhooks signed with its secret; Graph where the test says
                     "RVOPS_META_APP_SECRET": demo.APP_SECRET, "RVOPS_GRAPH_API_URL": self.graph_url},
                stdout=out, stderr=subprocess.STDOUT)
        self.session._servers.append(self.process)
        wait_healthy(self.url, timeout=60, process=self.process)

    def stop(self) -> None:
        _stop(self.process)

    def api(self, email: str = "ana@demo.rvops") -> httpx.Client:
        token = httpx.post(f"{self.url}/api/v1/auth/login", json={"email": email, "password": "demo"},
                           timeout=15).raise_for_status().json()["token"]
        return httpx.Client(base_url=self.url, headers={"authorization": f"Bearer {token}"}, timeout=15)

    def messages(self, conversation_id: str, email: str = "ana@demo.rvops") -> list[dict]:
        with self.api(email) as http:
            body = http.get("/api/v1/sync/bootstrap").raise_for_status().json()
        return [m for m in body["messages"] if m["conversation_id"] == conversation_id]


ABNT2_KEYS = {"ç": ("ccedilla",), "Ç": ("Ccedilla",)}   # a key of their own on ABNT2
DEAD = {"\u0301": "dead_acute", "\u0303": "dead_tilde", "\u0302": "dead_circumflex", "\u0300": "dead_grave",
        "\u0308": "dead_diaeresis"}


def _dead_keys(letter: str) -> tuple[str, str]:
    """"ã" → dead_tilde, a: how a Brazilian keyboard writes an accented letter."""
    base, *marks = unicodedata.normalize("NFD", letter)
    if len(marks) != 1 or marks[0] not in DEAD:
        raise ValueError(f"no ABNT2 keystrokes for {letter!r}")
    return DEAD[marks[0]], base


def pause(seconds: float) -> None:
    """Give a person's pace between steps where nothing observable marks readiness."""
    time.sleep(seconds)
