"""Self-update through The Update Framework (rvops_desktop/updates.py), against a real tufup
repository published by the operator's tool (packaging/updates.py) and served over loopback HTTP."""
from __future__ import annotations

import functools
from contextlib import chdir
import json
import sys
import tarfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

tufup = pytest.importorskip("tufup")
from tuf.api.exceptions import ExpiredMetadataError, RepositoryError  # noqa: E402

from rvops_desktop import updates  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import updates as operator_tool  # noqa: E402  (packaging/updates.py)


def app_folder(path: Path, version: str) -> Path:
    path.mkdir(parents=True)
    (path / "rvops-desktop").write_text(f"#!/bin/sh\necho {version}\n")
    (path / "_internal").mkdir()
    (path / "_internal" / "VERSION").write_text(version)
    return path


@pytest.fixture
def served(tmp_path):
    """The operator's repository with release 0.2.0, served at http://127.0.0.1:<port>/."""
    repo, keys = tmp_path / "repo", tmp_path / "keys"
    operator_tool.init(repo, keys)
    operator_tool.publish(repo, keys, app_folder(tmp_path / "build-0.2.0", "0.2.0"), "0.2.0")
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_QuietHandler, directory=str(repo)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield repo, keys, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def installed(tmp_path: Path, repo: Path, url: str, version: str = "0.1.0") -> updates.Updater:
    """An app installed at 0.1.0 with the repository embedded, as the operator's build ships it."""
    app = app_folder(tmp_path / "install" / "rvops-desktop", version)
    operator_tool.embed(repo, url, app)
    source = updates.UpdateSource.beside(app)
    assert source is not None and source.metadata_url == f"{url}/metadata/"
    return updates.Updater(source, app, tmp_path / "cache", current=version)


def test_a_newer_release_is_offered_staged_then_swapped_in_at_restart_and_the_old_one_kept(served, tmp_path):
    repo, _keys, url = served
    updater = installed(tmp_path, repo, url)
    offer = updater.check()
    assert offer is not None and offer.version == "0.2.0" and offer.size > 0
    executable = updater.install()
    app = tmp_path / "install" / "rvops-desktop"
    assert executable == app / "rvops-desktop"
    # the running release stays where it is until the process restarts: late imports still find it
    assert (app / "_internal" / "VERSION").read_text() == "0.1.0"
    assert (tmp_path / "install" / "rvops-desktop.new" / "_internal" / "VERSION").read_text() == "0.2.0"
    assert updates.swap_staged(app)   # what restart_into does first, once the desk is shut
    assert (app / "_internal" / "VERSION").read_text() == "0.2.0"
    assert (tmp_path / "install" / "rvops-desktop.old" / "_internal" / "VERSION").read_text() == "0.1.0"
    assert not (tmp_path / "install" / "rvops-desktop.new").exists()
    assert not updates.swap_staged(app)   # nothing staged any more
    updates.clean_previous(app)
    assert not (tmp_path / "install" / "rvops-desktop.old").exists()


def test_a_release_staged_by_a_process_that_never_restarted_is_dropped_at_the_next_start(served, tmp_path):
    repo, _keys, url = served
    updater = installed(tmp_path, repo, url)
    updater.check()
    updater.install()
    app = tmp_path / "install" / "rvops-desktop"
    updates.clean_previous(app)   # the next start of 0.1.0 (the desk died before restarting)
    assert not (tmp_path / "install" / "rvops-desktop.new").exists()
    assert (app / "_internal" / "VERSION").read_text() == "0.1.0"
    assert updater.check().version == "0.2.0"   # offered again


def test_nothing_is_offered_to_an_app_already_on_the_newest_release(served, tmp_path):
    repo, _keys, url = served
    assert installed(tmp_path, repo, url, version="0.2.0").check() is None


def test_a_tampered_archive_is_refused_and_the_app_left_as_it_was(served, tmp_path):
    repo, _keys, url = served
    updater = installed(tmp_path, repo, url)
    assert updater.check().version == "0.2.0"
    (archive,) = (repo / "targets").glob("rvops-desktop-0.2.0.tar.gz")
    evil = tmp_path / "evil"
    app_folder(evil, "0.2.0")
    (evil / "_internal" / "payload").write_text("not what the operator signed")
    with tarfile.open(archive, "w:gz") as tar:  # the same name, other content: the hash no longer matches
        tar.add(evil, arcname=".")
    with pytest.raises(Exception):
        updater.install()
    app = tmp_path / "install" / "rvops-desktop"
    assert (app / "_internal" / "VERSION").read_text() == "0.1.0"
    assert not (app / "_internal" / "payload").exists()


def test_metadata_signed_by_another_key_is_refused(served, tmp_path):
    repo, _keys, url = served
    updater = installed(tmp_path, repo, url)
    # An attacker who controls the web server publishes a repository of their own.
    evil_repo, evil_keys = tmp_path / "evil-repo", tmp_path / "evil-keys"
    operator_tool.init(evil_repo, evil_keys)
    operator_tool.publish(evil_repo, evil_keys, app_folder(tmp_path / "evil-0.9", "0.9.0"), "0.9.0")
    for name in ("timestamp.json", "snapshot.json", "targets.json"):
        (repo / "metadata" / name).write_bytes((evil_repo / "metadata" / name).read_bytes())
    with pytest.raises(RepositoryError):
        updater.check()


def test_a_rollback_to_older_metadata_is_refused(served, tmp_path):
    repo, keys, url = served
    updater = installed(tmp_path, repo, url)
    older = {name: (repo / "metadata" / name).read_bytes() for name in ("timestamp.json", "snapshot.json")}
    operator_tool.publish(repo, keys, app_folder(tmp_path / "build-0.3.0", "0.3.0"), "0.3.0")
    assert updater.check().version == "0.3.0"  # the client has now seen the newer metadata
    for name, content in older.items():  # the server replays what it served before
        (repo / "metadata" / name).write_bytes(content)
    with pytest.raises(RepositoryError):
        installed_again = updates.Updater(updater.source, updater.app_dir, updater.cache_dir, current="0.1.0")
        installed_again.check()


def test_expired_metadata_is_refused(tmp_path):
    """A repository frozen by an attacker stops being believed when its timestamp expires."""
    repo, keys = tmp_path / "repo", tmp_path / "keys"
    from tufup.repo import Repository
    tool = Repository(app_name=updates.APP_NAME, repo_dir=repo, keys_dir=keys,
                      expiration_days={"root": 365, "targets": 7, "snapshot": 7, "timestamp": 0})
    with chdir(tmp_path):  # tufup saves its config in the working directory
        tool.initialize()
        tool.add_bundle(new_bundle_dir=app_folder(tmp_path / "build", "0.2.0"), new_version="0.2.0", skip_patch=True)
        tool.publish_changes(private_key_dirs=[keys])
    assert "expires" in json.loads((repo / "metadata" / "timestamp.json").read_text())["signed"]
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(repo)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(ExpiredMetadataError):
            installed(tmp_path, repo, f"http://127.0.0.1:{server.server_port}").check()
    finally:
        server.shutdown()


def test_never_in_the_middle_of_a_call(tmp_path):
    app = app_folder(tmp_path / "rvops-desktop", "0.1.0")
    assert updates.may_install_now(1, app) == updates.IN_A_CALL
    assert updates.may_install_now(0, app) is None


def test_no_source_means_updates_are_not_set_up(tmp_path):
    assert updates.UpdateSource.beside(app_folder(tmp_path / "rvops-desktop", "0.1.0")) is None
    assert updates.installed_app_dir() is None  # running from Python, not a frozen build
