"""Why `rvops_desktop/ui/_none_refcount.py` exists, proven on the installed PySide6: on CPython 3.11
its void calls each drop a reference to None, and a long session aborts ("deallocating None").
When a PySide6 release fixes this, the first test fails: then drop the patch and pin that release."""
from __future__ import annotations

import subprocess
import sys

import pytest

CALLS = 50_000
DRAIN = f"""
import sys
from PySide6.QtCore import QRect
rect = QRect(0, 0, 1, 1)
before = sys.getrefcount(None)
for _ in range({CALLS}):
    rect.setWidth(5)  # a void call, as QPainter.save() or QWidget.update()
print(before - sys.getrefcount(None), flush=True)
"""


def run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from CPython 3.12")
def test_without_the_patch_pyside6_drains_none_and_the_interpreter_aborts():
    done = run(DRAIN)
    lost = int(done.stdout.split()[0]) if done.stdout.strip() else None
    assert lost == CALLS or "deallocating None" in done.stderr, (
        f"PySide6 no longer leaks None (lost {lost}, rc {done.returncode}): remove ui/_none_refcount.py "
        "and pin this PySide6 as the lower bound")
    assert done.returncode != 0 and "deallocating None" in done.stderr  # the interpreter dies at exit


def test_with_the_patch_the_same_calls_are_harmless():
    done = run("import rvops_desktop.ui\n" + DRAIN)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True and False are immortal from CPython 3.12")
def test_the_patch_puts_true_and_false_out_of_reach_too():
    """The issue-15 window once ended with "bool_dealloc: deallocating True or False" at exit."""
    done = run("import sys\nimport rvops_desktop.ui\nprint(sys.getrefcount(True) > 2**59, sys.getrefcount(False) > 2**59)")
    assert done.stdout.split() == ["True", "True"], done.stderr[-2000:]
