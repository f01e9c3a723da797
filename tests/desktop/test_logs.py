"""The app's log file: rotating, in the platform's log folder, never holding a secret."""
import logging

import pytest

from rvops_desktop import logs


@pytest.fixture
def root_logger():
    """The root logger as the test found it, whatever logs.configure adds."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in list(root.handlers):
        if getattr(handler, "_rvops", False):
            root.removeHandler(handler)
            handler.close()
    root.handlers[:], root.level = handlers, level


def test_the_log_file_is_written_in_the_log_folder_without_secrets(tmp_path, monkeypatch, root_logger):
    monkeypatch.setenv("RVOPS_LOG_DIR", str(tmp_path / "log"))
    path = logs.configure("info")
    assert path == tmp_path / "log" / "rvops-desktop.log"
    log = logging.getLogger("rvops_desktop.test")
    log.info("GET /api/v1/sync/stream?token=%s&since=4", "tok-SECRET-1")
    log.info("headers %s", {"authorization": "Bearer tok-SECRET-2"})
    log.info('login body {"email": "ana@demo.rvops", "password": "hunter2-SECRET"}')
    log.debug("not at INFO")
    try:
        raise RuntimeError("failed at http://x/?token=tok-SECRET-3")
    except RuntimeError:
        log.exception("boom")
    for handler in root_logger.handlers:
        handler.flush()
    text = path.read_text()
    assert "SECRET" not in text
    assert "since=4" in text and "ana@demo.rvops" in text and "boom" in text
    assert "not at INFO" not in text
    assert text.count(logs.MASK) == 5  # the traceback quotes the URL twice (source line, message)


def test_the_file_rotates(tmp_path, monkeypatch, root_logger):
    monkeypatch.setenv("RVOPS_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    logs.configure("info")
    for n in range(200):
        logging.getLogger("rvops_desktop.test").info("line %d %s", n, "x" * 50)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "rvops-desktop.log" in names and "rvops-desktop.log.1" in names
    assert len(names) <= logs.BACKUPS + 1
