#!/usr/bin/env python3
"""The operator's update repository (The Update Framework, through tufup): where installed apps find
new releases, signed with keys the operator keeps offline.

    python packaging/updates.py init    --repo updates/repo --keys updates/keys
    python packaging/updates.py embed   --repo updates/repo --url https://updates.example.com/rvops  build/frozen/dist/rvops-desktop
    python packaging/updates.py publish --repo updates/repo --keys updates/keys build/frozen/dist/rvops-desktop 0.2.0

`init` creates the keys (root, targets, snapshot, timestamp) and the root metadata; `embed` writes
`update.json` and the trusted `root.json` into a frozen build before it is packaged (every install
then trusts this repository only); `publish` adds a release's archive and re-signs the metadata.
Serve `<repo>/metadata/` and `<repo>/targets/` as static files at `<url>/metadata/` and `<url>/targets/`.
Keep `<keys>` off the web server (the root key offline); the timestamp metadata expires after a day
by default: re-run `publish` (or `tufup`'s `sign timestamp`) at least that often, or clients refuse
stale metadata — that is the protection against a frozen (replayed) repository.
"""
from __future__ import annotations

import argparse
import json
import shutil
from contextlib import chdir
from pathlib import Path

APP_NAME = "rvops-desktop"


def repository(repo: Path, keys: Path):
    from tufup.repo import Repository
    return Repository(app_name=APP_NAME, repo_dir=repo, keys_dir=keys)


def init(repo: Path, keys: Path) -> Path:
    repo.mkdir(parents=True, exist_ok=True)
    with chdir(repo.parent):  # tufup saves its .tufup-repo-config in the working directory
        repository(repo.resolve(), keys.resolve()).initialize()
    return repo / "metadata" / "root.json"


def embed(repo: Path, url: str, app_dir: Path) -> None:
    """Make `app_dir` (a frozen build) trust this repository and look for releases at `url`."""
    folder = app_dir / "Contents" / "Resources" if (app_dir / "Contents").is_dir() else app_dir
    base = url.rstrip("/")
    (folder / "update.json").write_text(json.dumps({"metadata_url": f"{base}/metadata/",
                                                    "targets_url": f"{base}/targets/"}, indent=2))
    shutil.copy(repo / "metadata" / "1.root.json", folder / "root.json")


def publish(repo: Path, keys: Path, app_dir: Path, version: str, *, patch: bool = False) -> None:
    """Add `app_dir` as release `version` and publish signed metadata (version must grow)."""
    repo_tool = repository(repo.resolve(), keys.resolve())
    repo_tool._load_keys_and_roles(create_keys=False)  # the existing keys and roles (tufup has no public call)
    repo_tool.add_bundle(new_bundle_dir=app_dir, new_version=version, skip_patch=not patch)
    with chdir(repo.parent):  # where tufup keeps its config
        repo_tool.publish_changes(private_key_dirs=[keys.resolve()])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("init", "embed", "publish"):
        command = sub.add_parser(name)
        command.add_argument("--repo", type=Path, required=True)
        if name != "embed":
            command.add_argument("--keys", type=Path, required=True)
        if name == "embed":
            command.add_argument("--url", required=True)
        if name in ("embed", "publish"):
            command.add_argument("app_dir", type=Path)
        if name == "publish":
            command.add_argument("version")
            command.add_argument("--patch", action="store_true", help="also a binary patch from the previous release")
    args = parser.parse_args()
    if args.command == "init":
        print(init(args.repo, args.keys))
    elif args.command == "embed":
        embed(args.repo, args.url, args.app_dir)
    else:
        publish(args.repo, args.keys, args.app_dir, args.version, patch=args.patch)


if __name__ == "__main__":
    main()
