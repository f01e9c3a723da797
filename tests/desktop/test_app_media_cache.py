"""The app keeps an account's downloaded attachments in its media cache (beside its replica),
where the size cap evicts them, rather than in loose temporary files."""
from pathlib import Path

from rvops_desktop.app import media_cache_beside


def test_each_account_has_its_media_cache_beside_its_replica(tmp_path):
    ana = media_cache_beside(tmp_path / "server-a" / "ana.sqlite3")
    bruno = media_cache_beside(tmp_path / "server-a" / "bruno.sqlite3")
    try:
        stored = ana.put("att-1", b"%PDF-1.7 proposal", suffix=".pdf")
        assert tmp_path / "server-a" / "ana-media" in Path(stored).parents
        assert ana.get("att-1") == stored and bruno.get("att-1") is None
        assert ana.root == tmp_path / "server-a" / "ana-media"
    finally:
        ana.close()
        bruno.close()
    reopened = media_cache_beside(tmp_path / "server-a" / "ana.sqlite3")
    try:
        assert reopened.get("att-1") == stored  # kept across restarts, unlike a temporary file
    finally:
        reopened.close()
