"""The sync package loads its parts on first use: the window's start-up needs `Actions`, not the
network and keyring stack (about 0.2 s of imports of the cold start)."""
import subprocess
import sys


def _fresh(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                          timeout=120).stdout.strip()


def test_the_actions_load_without_httpx_websockets_or_keyring():
    loaded = _fresh("import sys, rvops_desktop.sync.actions; "
                    "print(sorted(m for m in ('httpx', 'websockets', 'keyring') if m in sys.modules))")
    assert loaded == "[]"


def test_every_public_name_still_imports_from_the_package():
    import rvops_desktop.sync as sync
    for name in sync.__all__:
        assert getattr(sync, name) is not None, name
    assert _fresh("from rvops_desktop.sync import SyncEngine, Session; print(SyncEngine.__module__)") == \
        "rvops_desktop.sync.engine"
