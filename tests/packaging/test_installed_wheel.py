"""The built wheel, installed into fresh virtual environments (not editable), as an operator and an
agent install it: the server-only install carries no Qt and serves; the demo install starts in pt-BR
with its icons, under Xvfb, driven by real keystrokes."""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import httpx
import pytest

from tests.packaging.smoke import demo_starts_in_pt_br_with_its_icons, run
from tests.support.desktop import Display, Session

pytestmark = pytest.mark.packaging
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """`pip wheel .`: the one artefact both installs come from."""
    out = tmp_path_factory.mktemp("wheel")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", out, ROOT)
    (built,) = out.glob("rvops-*.whl")
    return built


def interpreter(version: str) -> str | None:
    """A CPython `version` on this machine (the one running the tests, pyenv's, or on PATH)."""
    if f"{sys.version_info.major}.{sys.version_info.minor}" == version:
        return sys.executable
    found = sorted(Path.home().glob(f".pyenv/versions/{version}.*/bin/python{version}"))
    return str(found[-1]) if found else shutil.which(f"python{version}")


def pythons(*versions: str) -> list:
    """One parameter per supported Python; where this machine lacks one, its case is skipped, saying so."""
    return [pytest.param(interpreter(v), id=f"py{v}",
                         marks=[] if interpreter(v) else pytest.mark.skip(reason=f"no Python {v} on this machine"))
            for v in versions]


def fresh_venv(folder: Path, requirement: str, python: str = sys.executable) -> Path:
    """A new virtual environment (with pip, as `python -m venv` makes it) with `requirement`
    installed from the index, resolved as pip would; returns its scripts. uv does the work when the
    dev environment has it: the same packages, linked from its cache instead of unpacked again
    (PySide6 alone is ~500 MB; 38 s became 3 s per environment)."""
    uv = Path(sys.executable).with_name("uv")
    if uv.exists():
        run(uv, "venv", "--quiet", "--seed", "--python", python, folder)
        run(uv, "pip", "install", "--quiet", "--python", folder / "bin" / "python", requirement)
    else:
        run(python, "-m", "venv", folder)
        run(folder / "bin" / "python", "-m", "pip", "install", "--quiet", requirement)
    return folder / "bin"


def test_the_wheel_carries_what_the_packages_read_at_run_time(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = "rvops_desktop/ui/resources/"
    for needed in (f"{resources}translations/rvops_pt_BR.qm", f"{resources}translations/rvops_en.qm",
                   f"{resources}icons/rvops.svg", f"{resources}icons/whatsapp.svg", f"{resources}sounds/notify.wav",
                   "rvops_server/store/migrations/env.py", "rvops_server/store/migrations/script.py.mako"):
        assert needed in names, f"{needed} is not in {wheel.name}"
    migrations = {n for n in names if n.startswith("rvops_server/store/migrations/versions/")}
    in_checkout = {str(p.relative_to(ROOT)) for p in (ROOT / "rvops_server/store/migrations/versions").glob("*.py")}
    assert migrations == in_checkout
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: LicenseRef-Proprietary" in metadata
    assert "Classifier: Programming Language :: Python :: 3.12" in metadata
    assert 'Requires-Dist: PySide6-Essentials>=6.7; extra == "desktop"' in metadata
    assert "Requires-Dist: pyside6" not in metadata.lower().replace("pyside6-essentials", "").replace(
        "pyside6-addons", "")  # not the bundle with WebEngine


@pytest.mark.parametrize("python", pythons("3.11", "3.12"))
def test_the_server_only_install_has_no_qt_and_serves_the_demo(wheel, tmp_path, python):
    scripts = fresh_venv(tmp_path / "venv", f"{wheel}[server]", python)
    installed = run(scripts / "python", "-m", "pip", "list", "--format=freeze").stdout.lower()
    for qt in ("pyside6", "shiboken6", "qasync"):
        assert qt not in installed, f"the server install pulled {qt}"
    # Every server module imports without Qt or the desktop client.
    code = ("import pkgutil, importlib, sys, rvops_server\n"
            "for m in pkgutil.walk_packages(rvops_server.__path__, 'rvops_server.'):\n"
            "    importlib.import_module(m.name)\n"
            "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('PySide6', 'shiboken6', 'rvops_desktop'))\n"
            "print(len([n for n in sys.modules if n.startswith('rvops_server')]), bad)")
    imported, bad = run(scripts / "python", "-c", code, cwd=tmp_path).stdout.split(" ", 1)
    assert int(imported) > 30 and bad.strip() == "[]"
    # The installed console script migrates a new database (migrations from the wheel) and serves.
    with Display() as display, Session(display, tmp_path, notifications=False, bin=scripts) as desk:
        server = desk.server()
        with server.api("ana@demo.rvops") as http:
            assert http.get("/api/v1/sync/bootstrap").raise_for_status().json()["conversations"]
        assert httpx.get(f"{server.url}/healthz", timeout=10).status_code == 200
        server.stop()
    # The desktop command, on a server-only install, says what to install instead of a traceback.
    done = subprocess.run([scripts / "rvops-desktop"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "pip install 'rvops[desktop]'" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("python", pythons("3.11", "3.12"))
def test_the_installed_demo_starts_in_pt_br_with_its_icons(wheel, tmp_path, python):
    scripts = fresh_venv(tmp_path / "venv", f"{wheel}[demo]", python)
    assert "/site-packages/" in run(scripts / "python", "-c",
                                    "import rvops_desktop; print(rvops_desktop.__file__)",
                                    cwd=tmp_path).stdout  # not the checkout
    demo_starts_in_pt_br_with_its_icons(scripts, tmp_path)


@pytest.mark.parametrize("python", pythons("3.13"))
def test_on_python_3_13_the_demo_installs_and_runs_with_calls_disabled_saying_why(wheel, tmp_path, python):
    """pjsua2-python has no cp313 wheel: the install leaves it out instead of failing."""
    scripts = fresh_venv(tmp_path / "venv", f"{wheel}[demo]", python)
    assert "pjsua2" not in run(scripts / "python", "-m", "pip", "list", "--format=freeze").stdout.lower()
    demo_starts_in_pt_br_with_its_icons(scripts, tmp_path)
    log = (tmp_path / "app-1.out").read_text(errors="replace")
    assert "calls disabled" in log and "pjsua2" in log, log[-2000:]
