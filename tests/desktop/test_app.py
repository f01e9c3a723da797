"""The real entry point, as a process: `rvops-desktop --demo` starts, shows the inbox, stops clean."""
import os
import re
import signal
import subprocess
import sys
import time

import httpx


def test_demo_starts_shows_the_inbox_and_stops_everything_on_sigterm(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    log = tmp_path / "app.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "rvops_desktop.app", "--demo", "--no-customers"],
                                env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        shown = None
        while time.monotonic() < deadline and proc.poll() is None:
            shown = re.search(r"inbox window shown for ana@demo\.rvops on (http://127\.0\.0\.1:\d+)", log.read_text())
            if shown:
                break
            time.sleep(0.2)
        assert shown, log.read_text()[-3000:]
        server = shown.group(1)
        assert httpx.get(f"{server}/healthz").json()["status"] == "ok"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0, log.read_text()[-3000:]
        try:
            httpx.get(f"{server}/healthz", timeout=1)
            raise AssertionError("the demo server outlived the app")
        except httpx.HTTPError:
            pass
        assert "Traceback" not in log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()


ENDS_AFTER_MAIN = """
import atexit, logging, os, signal, sys
import rvops_desktop.app as app
logging.basicConfig(filename=sys.argv[1], level=logging.INFO)
def main():
    logging.getLogger("rvops_desktop.app").info("shut down")
    # What Python's own teardown does after main, standing for PySide6/pjsua2 natives freed late.
    atexit.register(lambda: os.kill(os.getpid(), signal.SIGSEGV))
    return 3
app.main = main
app.entry()
"""


def test_the_console_script_ends_with_mains_code_and_its_log_written_without_pythons_teardown(tmp_path):
    log_file = tmp_path / "app.log"
    done = subprocess.run([sys.executable, "-c", ENDS_AFTER_MAIN, str(log_file)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 3, done.stderr
    assert "shut down" in log_file.read_text()


def test_the_installed_console_script_and_the_frozen_app_start_at_entry():
    from importlib.metadata import entry_points
    from pathlib import Path
    assert entry_points(group="console_scripts")["rvops-desktop"].value == "rvops_desktop.app:entry"
    launcher = Path(__file__).parents[2] / "packaging" / "launch.py"
    assert "entry()" in launcher.read_text()
