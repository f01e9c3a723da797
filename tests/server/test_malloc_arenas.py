"""The server caps glibc's malloc arenas (a 30-minute soak grew 1.11× with one arena per thread,
1.02× with two: benchmarks/results/soak.md)."""
from __future__ import annotations

import os
import platform
import subprocess
import sys
import textwrap

import pytest

from rvops_server import cli

# Eight threads allocate at once, then glibc says how many heaps (arenas) it has.
PROBE = textwrap.dedent("""
    import ctypes, os, re, sys, tempfile, threading
    if sys.argv[1] == "cap":
        from rvops_server.cli import cap_malloc_arenas
        assert cap_malloc_arenas()
    libc = ctypes.CDLL(None)
    libc.fopen.restype = ctypes.c_void_p
    barrier, keep = threading.Barrier(9), []
    def work():
        barrier.wait()
        keep.append([bytearray(200_000) for _ in range(20)])
        barrier.wait()
    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    barrier.wait()
    barrier.wait()
    with tempfile.TemporaryDirectory() as folder:  # the report goes, with its folder
        path = os.path.join(folder, "malloc_info.xml")
        report = libc.fopen(path.encode(), b"w")
        libc.malloc_info(0, ctypes.c_void_p(report))
        libc.fclose(ctypes.c_void_p(report))
        with open(path) as text:
            print(len(re.findall(r"<heap nr=", text.read())))
""")

glibc_only = pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc arenas are glibc's")


def heaps(mode: str, env: dict[str, str] | None = None) -> int:
    run = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True,
                         timeout=60, env=env)
    return int(run.stdout)


@glibc_only
def test_eight_busy_threads_share_two_arenas_once_capped(monkeypatch):
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    assert heaps("free", dict(os.environ)) > cli.MALLOC_ARENAS  # glibc's default: an arena per thread
    assert heaps("cap", dict(os.environ)) == cli.MALLOC_ARENAS


@glibc_only
def test_the_operators_malloc_arena_max_wins(monkeypatch):
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert cli.cap_malloc_arenas() is False


def test_serve_caps_the_arenas_before_it_builds_the_app(monkeypatch, tmp_path):
    import uvicorn

    import rvops_server.app
    order: list[str] = []
    monkeypatch.setattr(cli, "cap_malloc_arenas", lambda: order.append("cap") or True)
    real_create_app = rvops_server.app.create_app
    monkeypatch.setattr(rvops_server.app, "create_app", lambda s: order.append("app") or real_create_app(s))
    monkeypatch.setattr(cli, "_freeze_startup_objects", lambda: None)  # not this test process's objects
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: order.append("run"))
    assert cli.main(["serve", "--database-url", f"sqlite:///{tmp_path / 'db.sqlite3'}", "--port", "1"]) == 0
    assert order == ["cap", "app", "run"]
