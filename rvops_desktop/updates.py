"""Self-update of the packaged app, through The Update Framework (tufup on python-tuf).

The operator publishes releases to a TUF repository (`packaging/updates.py`): archives of the frozen
app, listed in metadata signed with keys the operator holds offline. The app ships the repository's
trusted `root.json` and an `update.json` naming where the repository is, beside its executable:

    rvops-desktop/                       (the installed one-folder app; on macOS the .app's Resources)
      rvops-desktop
      update.json    {"metadata_url": "https://…/metadata/", "targets_url": "https://…/targets/"}
      root.json      the repository's root metadata, version 1 (trust starts here)

tuf's client checks every signature, hash, length, version and expiry: a tampered archive, an older
release offered as new (rollback) or metadata left stale by an attacker (freeze, expiry) are refused.
The agent is told and chooses when; never in the middle of a call (`may_install_now`). Installing
stages the new release beside the running one (`<folder>.new`); once the desk has closed, the last
thing the process does is swap the folders (the old kept as `<folder>.old` until the next start)
and exec the new release. Not earlier: until the swap, every late import (a frozen app reopens its
own executable's path for each module) and every lazily loaded library still finds this release. No Qt here: `ui/services/updates.py` runs this off the GUI thread.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

log = logging.getLogger(__name__)
APP_NAME = "rvops-desktop"  # the archives' name in the repository: rvops-desktop-<version>.tar.gz
SOURCE_FILE = "update.json"
TRUSTED_ROOT = "root.json"


def current_version() -> str:
    try:
        return version("rvops")
    except PackageNotFoundError:
        return "0+unknown"


def installed_app_dir() -> Path | None:
    """The folder self-update replaces: the frozen app's own (None when run from Python: pip and
    the checkout update through pip or git, not here)."""
    if not getattr(sys, "frozen", False):
        return None
    executable = Path(sys.executable).resolve()
    if sys.platform == "darwin" and executable.parent.name == "MacOS":
        return executable.parents[2]  # …/Rvops Desktop.app
    return executable.parent


@dataclass(frozen=True)
class UpdateSource:
    metadata_url: str
    targets_url: str
    trusted_root: Path

    @classmethod
    def beside(cls, app_dir: Path) -> UpdateSource | None:
        """The repository the operator configured for this install, or None (updates not set up)."""
        folder = app_dir / "Contents" / "Resources" if (app_dir / "Contents").is_dir() else app_dir
        config, root = folder / SOURCE_FILE, folder / TRUSTED_ROOT
        if not (config.is_file() and root.is_file()):
            return None
        settings = json.loads(config.read_text())
        return cls(_folder_url(settings["metadata_url"]), _folder_url(settings["targets_url"]), root)


def _folder_url(url: str) -> str:
    return url if url.endswith("/") else url + "/"


@dataclass(frozen=True)
class Offer:
    """A newer release the repository's signed metadata lists."""
    version: str
    size: int | None


# Why an offered update cannot be installed right now (the UI translates these keys).
IN_A_CALL = "in_a_call"
NOT_WRITABLE = "not_writable"


def may_install_now(active_calls: int, app_dir: Path) -> str | None:
    """None when the update may be installed now; else the reason: a call is going on (the app
    would restart under it), or this install belongs to the system (a .deb in /opt: apt updates it)."""
    if active_calls:
        return IN_A_CALL
    if not os.access(app_dir.parent, os.W_OK) or not os.access(app_dir, os.W_OK):
        return NOT_WRITABLE
    return None


class Updater:
    """Checks the operator's repository and installs what it offers. Both calls block (network,
    disk): run them on a worker thread."""

    def __init__(self, source: UpdateSource, app_dir: Path, cache_dir: Path, current: str | None = None) -> None:
        self.source = source
        self.app_dir = app_dir
        self.cache_dir = cache_dir
        self.current = current or current_version()
        self._client = None

    def _tuf_client(self):
        from tufup.client import Client
        metadata = self.cache_dir / "metadata"
        targets = self.cache_dir / "targets"
        for folder in (metadata, targets):
            folder.mkdir(parents=True, exist_ok=True)
        if not (metadata / TRUSTED_ROOT).exists():  # trust starts at the root shipped with the app
            shutil.copy(self.source.trusted_root, metadata / TRUSTED_ROOT)
        return Client(app_name=APP_NAME, app_install_dir=self.app_dir, current_version=self.current,
                      metadata_dir=metadata, metadata_base_url=self.source.metadata_url,
                      target_dir=targets, target_base_url=self.source.targets_url,
                      extract_dir=self.cache_dir / "extract", refresh_required=False)

    def check(self) -> Offer | None:
        """The newest release above ours that the signed metadata lists, or None. Raises on a
        repository that cannot be trusted (tuf's RepositoryError: bad signature, rollback, expired)."""
        # tufup's check swallows a bad signature as "no update": refresh once on our own so that it is
        # raised (a tuf Updater refreshes only once, hence a second client for tufup's check)
        self._tuf_client().refresh()
        self._client = self._tuf_client()
        found = self._client.check_for_updates()
        if found is None:
            return None
        info = self._client.get_targetinfo(found)
        return Offer(str(found.version), getattr(info, "length", None))

    def install(self) -> Path:
        """Download and verify the offered archive, stage it beside the app's folder, and return
        the executable to restart into (`restart_into` swaps the folders first). Raises if nothing
        was offered or it did not verify."""
        if self._client is None or not self._client.updates_available:
            raise RuntimeError("no update was offered")
        extract = self.cache_dir / "extract"
        shutil.rmtree(extract, ignore_errors=True)
        extract.mkdir(parents=True)
        installed: list[Path] = []
        if sys.platform == "win32":
            # A running .exe's folder cannot be renamed on Windows: tufup's installer script moves the
            # files once this process has exited, then starts the new release (it exits the process).
            self._client.download_and_apply_update(skip_confirmation=True)
        else:
            self._client.download_and_apply_update(
                skip_confirmation=True,
                install=lambda src_dir, dst_dir, **_: installed.append(stage(src_dir, dst_dir)))
        if not installed:  # tufup logs why (a hash or length that did not match) and keeps the old app
            raise RuntimeError("the downloaded update did not verify; nothing was changed")
        return executable_in(installed[0])


def stage(src_dir: Path | str, app_dir: Path | str) -> Path:
    """Copy the extracted release to `<app_dir>.new`, beside the running one; `app_dir` is untouched
    (`swap_staged` puts it in place when the process restarts). Returns `app_dir`."""
    src_dir, app_dir = Path(src_dir), Path(app_dir)
    fresh = staged_dir(app_dir)
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.copytree(src_dir, fresh, symlinks=True)
    shutil.rmtree(src_dir, ignore_errors=True)
    log.info("update staged in %s (put in place when the app restarts)", fresh)
    return app_dir


def staged_dir(app_dir: Path) -> Path:
    return app_dir.with_name(app_dir.name + ".new")


def swap_staged(app_dir: Path) -> bool:
    """Put `<app_dir>.new` in place of `app_dir`, keeping the running one as `<app_dir>.old` (its
    open files stay valid for this process; removed at the next start by `clean_previous`).
    False when nothing is staged. Two renames: a crash between them leaves both folders whole."""
    fresh, previous = staged_dir(app_dir), app_dir.with_name(app_dir.name + ".old")
    if not fresh.is_dir():
        return False
    shutil.rmtree(previous, ignore_errors=True)
    app_dir.rename(previous)
    fresh.rename(app_dir)
    log.info("update installed in %s (the previous release kept in %s until the next start)", app_dir, previous)
    return True


def executable_in(app_dir: Path) -> Path:
    if (app_dir / "Contents" / "MacOS").is_dir():
        return app_dir / "Contents" / "MacOS" / APP_NAME
    return app_dir / (APP_NAME + (".exe" if sys.platform == "win32" else ""))


def clean_previous(app_dir: Path | None) -> None:
    """After a restart into a new release, the previous one is no longer needed; a release staged
    by a process that never got to restart is dropped (it is offered again)."""
    if app_dir is not None:
        shutil.rmtree(app_dir.with_name(app_dir.name + ".old"), ignore_errors=True)
        shutil.rmtree(staged_dir(app_dir), ignore_errors=True)


def restart_into(executable: Path, arguments: list[str], app_dir: Path | None = None) -> None:
    """Put the staged release in place, then replace this process with it (same arguments). Call
    once everything is shut: from here on nothing may load code from the app's folder."""
    if app_dir is not None:
        swap_staged(app_dir)
    log.info("restarting into %s", executable)
    logging.shutdown()
    os.execv(str(executable), [str(executable), *arguments])
