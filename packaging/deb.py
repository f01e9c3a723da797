#!/usr/bin/env python3
"""Wrap the frozen one-folder build in a Debian package (Debian 12+/Ubuntu 22.04+, x86_64).

    .venv/bin/python packaging/deb.py build/frozen/dist/rvops-desktop --out dist/

Installs the app in /opt/rvops-desktop, the command as /usr/bin/rvops-desktop, the desktop entry
(with the tel:/callto:/sip: link handlers) and the icon; the system libraries Qt's X11 platform,
PulseAudio and the Secret Service need are declared as dependencies, so `apt install ./rvops-desktop_….deb`
brings them. Only dpkg-deb is needed to build it.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PACKAGE = "rvops-desktop"
DEPENDS = [  # what the frozen Qt, PulseAudio and D-Bus parts load from the system
    "libc6 (>= 2.31)", "libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libdbus-1-3", "libglib2.0-0",
    "libxkbcommon0", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
    "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0 | libxcb1", "libpulse0",
    "libasound2 | libasound2t64",
]
# The publisher sets its own (RVOPS_DEB_MAINTAINER); `.invalid` marks the placeholder as one.
MAINTAINER = os.environ.get("RVOPS_DEB_MAINTAINER", "Rvops Desktop maintainers <maintainers@rvops.invalid>")
RECOMMENDS = ["gnome-keyring | kwalletmanager", "fonts-noto-color-emoji", "pulseaudio | pipewire-pulse"]


def build(frozen: Path, out: Path, *, compression: str = "xz", level: int = 6) -> Path:
    """The .deb for `frozen` (PyInstaller's dist/rvops-desktop folder), written into `out`."""
    release = version("rvops")
    staging = out / f"{PACKAGE}_{release}_amd64"
    shutil.rmtree(staging, ignore_errors=True)
    app = staging / "opt" / PACKAGE
    shutil.copytree(frozen, app, symlinks=True)
    bin_dir = staging / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    applications = staging / "usr/share/applications"
    applications.mkdir(parents=True)
    shutil.copy(HERE / "rvops-desktop.desktop", applications / f"{PACKAGE}.desktop")
    icons = staging / "usr/share/icons/hicolor/scalable/apps"
    icons.mkdir(parents=True)
    shutil.copy(ROOT / "rvops_desktop/ui/resources/icons/rvops.svg", icons / f"{PACKAGE}.svg")
    size_kib = sum(p.stat().st_size for p in staging.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    debian = staging / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(
        f"Package: {PACKAGE}\nVersion: {release}\nArchitecture: amd64\nMaintainer: {MAINTAINER}\n"
        f"Installed-Size: {size_kib}\nDepends: {', '.join(DEPENDS)}\nRecommends: {', '.join(RECOMMENDS)}\n"
        "Section: net\nPriority: optional\n"
        "Description: Rvops Desktop: multichannel inbox and softphone for support teams\n"
        " WhatsApp, Instagram and website-chat conversations in one inbox, the contact's record beside\n"
        " the conversation, hand-over to colleagues and teams, and a built-in SIP softphone.\n")
    # Menus and the tel:/sip: handlers see the new entry at once (the triggers of desktop-file-utils
    # and hicolor-icon-theme do this too where they are installed).
    for script in ("postinst", "postrm"):
        (debian / script).write_text("#!/bin/sh\nset -e\n"
                                     "command -v update-desktop-database >/dev/null && update-desktop-database -q || true\n"
                                     "command -v gtk-update-icon-cache >/dev/null && "
                                     "gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true\n")
        (debian / script).chmod(0o755)
    deb = out / f"{PACKAGE}_{release}_amd64.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", f"-z{level}", "--build",
                    str(staging), str(deb)], check=True, capture_output=True)
    shutil.rmtree(staging)
    return deb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("frozen", type=Path, help="PyInstaller's dist/rvops-desktop folder")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--fast", action="store_true", help="light compression (tests)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(build(args.frozen, args.out, compression="zstd" if args.fast else "xz", level=1 if args.fast else 6))


if __name__ == "__main__":
    main()
