"""The release workflow (built on GitHub's Windows and macOS runners, not here) is linted, and the
files it feeds the installers are checked where they can be: the icons render, the Inno Setup
script and the macOS bundle settings name what the platforms require."""
from __future__ import annotations

import plistlib
import re
import sys
from pathlib import Path

import pytest

from tests.packaging.smoke import run

pytestmark = pytest.mark.packaging
ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def test_there_is_a_release_workflow_for_the_three_systems():
    release = (ROOT / ".github/workflows/release.yml").read_text()
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert f"runs-on: {runner}" in release
    for step in ("packaging/deb.py", "ISCC.exe", "signtool", "codesign", "notarytool submit", "stapler staple"):
        assert step in release, step


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflows_match_github_schema_and_pass_zizmor(workflow):
    run(BIN / "check-jsonschema", "--builtin-schema", "vendor.github-workflows", workflow)
    done = run(BIN / "zizmor", "--offline", "--format", "plain", workflow)
    assert "No findings to report" in done.stdout + done.stderr, done.stdout[-3000:]


def test_secrets_are_named_only_in_the_workflow():
    release = (ROOT / ".github/workflows/release.yml").read_text()
    assert not re.search(r"-----BEGIN|password\s*[:=]\s*['\"][^$'\"]", release, re.I)
    documented = (ROOT / "packaging/README.md").read_text()
    for secret in set(re.findall(r"secrets\.([A-Z_]+)", release)):
        assert secret in documented, f"packaging/README.md does not say where {secret} comes from"


def test_the_icons_render_for_windows_and_macos(tmp_path):
    code = f"import sys; sys.path.insert(0, {str(ROOT / 'packaging')!r}); import icons; icons.main(__import__('pathlib').Path({str(tmp_path)!r}))"
    run(BIN / "python", "-c", code, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert (tmp_path / "rvops.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"  # ICONDIR, type 1 (icon)
    assert (tmp_path / "rvops.icns").read_bytes()[:4] == b"icns"


def test_the_windows_installer_registers_the_call_links_for_the_user():
    script = (ROOT / "packaging/windows/rvops-desktop.iss").read_text()
    assert "PrivilegesRequired=lowest" in script  # no administrator needed
    for scheme in ("tel", "callto", "sip"):
        assert f'Subkey: "Software\\Classes\\{scheme}"; ValueType: string; ValueName: "URL Protocol"' in script
        assert f'Subkey: "Software\\Classes\\{scheme}\\shell\\open\\command"' in script
        assert f'ValueName: "{scheme}"; ValueData: "{scheme}"' in script  # Default apps ▸ by link type
    assert 'Source: "..\\..\\build\\frozen\\dist\\rvops-desktop\\*"' in script
    assert "BrazilianPortuguese.isl" in script


def test_the_macos_bundle_asks_for_the_microphone_and_takes_call_links():
    spec = (ROOT / "packaging/rvops-desktop.spec").read_text()
    assert '"NSMicrophoneUsageDescription":' in spec
    assert '"CFBundleURLSchemes": ["tel", "callto", "sip"]' in spec
    entitlements = plistlib.loads((ROOT / "packaging/macos/entitlements.plist").read_bytes())
    assert entitlements["com.apple.security.device.audio-input"] is True


def test_the_flatpak_manifest_wraps_the_frozen_build_with_what_the_app_talks_to():
    import yaml
    manifest = yaml.safe_load((ROOT / "packaging/flatpak/app.rvops.Desktop.yml").read_text())
    assert manifest["id"] == "app.rvops.Desktop" and manifest["command"] == "rvops-desktop"
    for needed in ("--socket=pulseaudio", "--share=network", "--talk-name=org.freedesktop.secrets",
                   "--talk-name=org.freedesktop.Notifications", "--socket=x11"):
        assert needed in manifest["finish-args"], needed
    (module,) = manifest["modules"]
    for source in module["sources"]:
        if source["type"] == "file":  # every file it takes exists in the repository
            assert (ROOT / "packaging/flatpak" / source["path"]).resolve().is_file(), source["path"]


def test_the_appstream_metadata_validates():
    metainfo = ROOT / "packaging/flatpak/app.rvops.Desktop.metainfo.xml"
    done = run("appstreamcli", "validate", "--no-net", metainfo)
    assert "Validation was successful" in done.stdout
