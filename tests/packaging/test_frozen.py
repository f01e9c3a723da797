"""The frozen app (PyInstaller one-folder, packaging/rvops-desktop.spec) and its .deb, built from the
checkout and started as a user starts them: the same smoke test as the installed wheel."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.smoke import demo_starts_in_pt_br_with_its_icons, run

pytestmark = pytest.mark.packaging
ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def test_the_frozen_build_carries_the_softphone_the_migrations_and_the_resources(frozen):
    internal = frozen / "_internal"
    assert list((internal / "pjsua2").glob("_pjsua2*.so")), "pjsua2's native module is not collected"
    assert list((internal / "pjsua2_python.libs").glob("libssl*")), "pjsua2's bundled libraries are not collected"
    versions = internal / "rvops_server/store/migrations/versions"
    assert sorted(p.name for p in versions.glob("*.py")) == sorted(
        p.name for p in (ROOT / "rvops_server/store/migrations/versions").glob("*.py"))
    assert (internal / "rvops_server/store/migrations/env.py").is_file()
    assert (internal / "rvops_desktop/ui/resources/translations/rvops_pt_BR.qm").is_file()
    assert (internal / "rvops_desktop/ui/resources/sounds/notify.wav").is_file()
    assert not list(internal.rglob("*QtWebEngine*")), "the frozen app carries Qt WebEngine, which it never uses"


def test_the_frozen_demo_starts_in_pt_br_with_its_icons(frozen, tmp_path):
    shot = demo_starts_in_pt_br_with_its_icons(frozen, tmp_path)
    # the softphone's SIP stack loaded inside the frozen app (its log speaks as the app starts it)
    log = (tmp_path / "app-1.out").read_text(errors="replace")
    assert "PJSUA state changed" in log or "softphone" in log.lower(), log[-2000:]
    assert shot.exists()


def test_the_deb_installs_the_app_its_entry_and_icon_and_starts(frozen, tmp_path):
    deb = Path(run(BIN / "python", ROOT / "packaging" / "deb.py", frozen, "--out", tmp_path / "out", "--fast",
                   cwd=ROOT).stdout.strip())
    info = run("dpkg-deb", "--info", deb).stdout
    assert "Package: rvops-desktop" in info and "libxcb-cursor0" in info and "libpulse0" in info
    contents = run("dpkg-deb", "--contents", deb).stdout
    for path in ("./usr/bin/rvops-desktop -> /opt/rvops-desktop/rvops-desktop",
                 "./usr/share/applications/rvops-desktop.desktop",
                 "./usr/share/icons/hicolor/scalable/apps/rvops-desktop.svg", "./opt/rvops-desktop/rvops-desktop"):
        assert path in contents, f"{path} not in the package"
    # Unpacked as dpkg would install it (into a scratch root: the test does not own the machine's /opt).
    root = tmp_path / "root"
    run("dpkg-deb", "--extract", deb, root)
    entry = (root / "usr/share/applications/rvops-desktop.desktop").read_text()
    assert "Exec=rvops-desktop %u" in entry and "x-scheme-handler/tel" in entry
    if subprocess.run(["which", "desktop-file-validate"], capture_output=True).returncode == 0:
        run("desktop-file-validate", root / "usr/share/applications/rvops-desktop.desktop")
    demo_starts_in_pt_br_with_its_icons(root / "opt" / "rvops-desktop", tmp_path)
