"""Journey: a frozen install at version N learns of N+1 from the operator's update repository (TUF,
served on loopback), the agent accepts with a real key press, and the app restarts as N+1."""
from __future__ import annotations

import functools
import re
import shutil
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.support.desktop import Display, Session, missing_tools

pytestmark = pytest.mark.packaging
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import updates as operator_tool  # noqa: E402  (packaging/updates.py)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def installed_version(app_dir: Path) -> str:
    (metadata,) = (app_dir / "_internal").glob("rvops-*.dist-info/METADATA")
    return re.search(r"^Version: (.+)$", metadata.read_text(), re.M)[1]


def release(frozen: Path, folder: Path, version: str) -> Path:
    """The same build relabelled as `version` (what a rebuild at that version would report)."""
    shutil.copytree(frozen, folder, symlinks=True)
    (info,) = (folder / "_internal").glob("rvops-*.dist-info")
    metadata = info / "METADATA"
    metadata.write_text(re.sub(r"^Version: .+$", f"Version: {version}", metadata.read_text(), count=1, flags=re.M))
    info.rename(info.with_name(f"rvops-{version}.dist-info"))
    return folder


def test_the_installed_app_is_updated_from_n_to_n_plus_1_when_the_agent_chooses(frozen, tmp_path):
    if missing_tools():
        pytest.fail(f"needs {missing_tools()} (scripts/setup installs them)")
    current = installed_version(frozen)
    major, minor, patch = (int(x) for x in current.split(".")[:3])
    newer = f"{major}.{minor}.{patch + 1}"
    # The operator: a repository served as static files, with release N+1 (which, like every
    # release, carries the repository's address and trusted root for its own next update).
    repo, keys = tmp_path / "updates" / "repo", tmp_path / "updates" / "keys"
    operator_tool.init(repo, keys)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(repo)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    build = release(frozen, tmp_path / f"build-{newer}", newer)
    operator_tool.embed(repo, url, build)
    operator_tool.publish(repo, keys, build, newer)
    # The agent's machine: release N installed per user, trusting that repository.
    app_dir = tmp_path / "apps" / "rvops-desktop"
    shutil.copytree(frozen, app_dir, symlinks=True)
    operator_tool.embed(repo, url, app_dir)
    try:
        with Display() as display, Session(display, tmp_path, bin=app_dir) as desk:
            app = desk.launch("--demo", "--no-customers")
            desk.wait_window("^Rvops — ", 120)
            app.wait_log(rf"Rvops Desktop {re.escape(current)} starting")
            offer = desk.wait_window("^Atualização do Rvops Desktop$", 60)
            app.wait_log(rf"updates: {re.escape(newer)} offered \(running {re.escape(current)}\)")
            assert installed_version(app_dir) == current  # nothing changes until the agent says so
            desk.focus(offer)
            desk.key("Return")  # "Atualizar e reiniciar", the default button
            try:
                app.wait_log(r"restarting into", 120)
            except AssertionError as failed:   # say whether the desk died on its way out, and how
                raise AssertionError(f"{failed}\nexit status: {app.process.poll()}") from None
            app.wait_log(rf"Rvops Desktop {re.escape(newer)} starting", 60)
            window = desk.wait_window("^Rvops — ", 120)
            app.wait_log(rf"updates: {re.escape(newer)} is the newest release", 60)
            # the frozen app composes a Brazilian keyboard's accents (its input-method plugin came along)
            desk.brazilian_keyboard()
            desk.focus(window)
            desk.key("ctrl+k")
            desk.type("Araújo")
            app.wait_log(r"list search: [1-9]\d* conversations")   # Lúcia's; "Arajo" finds none
            assert app.running  # the same process, now the new release (exec), still on the desk
            assert installed_version(app_dir) == newer
            assert not app_dir.with_name("rvops-desktop.old").exists()  # cleaned once N+1 started
            assert "Traceback" not in app.text(), app.text()[-3000:]
    finally:
        server.shutdown()
