"""The replica the UI benchmark opens: a workspace the size issue 14 names, built once and cached.

100,000 conversations and 2,000,000 messages (at `--scale 1`): thread lengths follow a
log-normal law clipped to 2–500 messages (median ≈ 12, a few hundred long threads), as in a
support inbox; one more thread of 10,000 messages is scrolled end to end. 90 % of the
conversations are the agent's (the Mine view), a third of them with unread messages.
Written through the replica's own paged bootstrap (`begin_snapshot` / `apply_snapshot_page`),
a page per transaction, so building 2M messages keeps memory bounded.
"""
from __future__ import annotations

import math
import random
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

ME = {"id": "u_bench", "name": "Bench Agent", "email": "bench@demo.rvops", "role": "agent",
      "team_ids": ["t_1", "t_2"], "permissions": {}}
LONG_THREAD = "conv-long"
LONG_THREAD_MESSAGES = 10_000  # at full scale; small quick runs scale it down
_VOCABULARY = ("olá bom dia preciso de ajuda com meu pedido boleto entrega prazo valor plano proposta contrato "
         "obrigado pode me ligar amanhã cancelar trocar produto nota fiscal pix")
WORDS = _VOCABULARY.split()
PAGE = 5_000
VERSION = 3  # bump when the shape changes: the cached file's name carries it


def iso(seconds: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(1_767_000_000 + seconds))


def sizes(scale: float) -> tuple[int, int, int]:
    """(conversations, messages in the ordinary threads, messages in the long one) at `scale`
    (1.0 = 100k conversations, 2M messages in all)."""
    conversations = max(100, int(100_000 * scale))
    long_thread = min(LONG_THREAD_MESSAGES, conversations * 5)
    return conversations, max(conversations * 2, conversations * 20 - long_thread), long_thread


def thread_lengths(conversations: int, total: int, rng: random.Random) -> list[int]:
    """Log-normal lengths in [2, 500] adjusted to sum to `total` exactly."""
    lengths = [min(500, max(2, round(math.exp(rng.gauss(2.5, 0.9))))) for _ in range(conversations)]
    delta = total - sum(lengths)
    while delta:
        i = rng.randrange(conversations)
        step = max(-5, min(5, delta))
        if 2 <= lengths[i] + step <= 500:
            lengths[i] += step
            delta -= step
    return lengths


def path_for(folder: Path, scale: float) -> Path:
    conversations, messages, long_thread = sizes(scale)
    return folder / f"replica-v{VERSION}-{conversations}-{messages + long_thread}.sqlite3"


def _pages(records: Iterator[dict]) -> Iterator[list[dict]]:
    page: list[dict] = []
    for record in records:
        page.append(record)
        if len(page) == PAGE:
            yield page
            page = []
    if page:
        yield page


def build(path: Path, scale: float) -> None:
    from rvops_desktop.models import Replica
    conversations, total, long_thread = sizes(scale)
    rng = random.Random(7)
    lengths = thread_lengths(conversations, total, rng)
    starts = [i * 600 for i in range(conversations)]  # conversation i's first message, seconds

    def text() -> str:
        return " ".join(rng.choices(WORDS, k=rng.randint(3, 30)))

    def contacts() -> Iterator[dict]:
        for i in range(conversations):
            yield {"id": f"ct-{i}", "name": f"Cliente {i:06d}", "phone": f"+55119{i:08d}", "tags": [],
                   "properties": {"cidade": "São Paulo"}}

    def convs() -> Iterator[dict]:
        for i in range(conversations):
            mine = i % 10 != 0
            last = starts[i] + lengths[i] - 1
            yield {"id": f"conv-{i:06d}", "contact_id": f"ct-{i}", "channel": ("whatsapp", "whatsapp", "instagram",
                   "webchat")[i % 4], "status": "open", "assignee_id": ME["id"] if mine else None,
                   "team_id": None if mine else "t_1", "opened_at": iso(starts[i]), "last_inbound_at": iso(last),
                   "last_message_at": iso(last), "last_message_preview": text(), "unread": i % 3,
                   "window_closed_by_provider": False}
        yield {"id": LONG_THREAD, "contact_id": "ct-0", "channel": "whatsapp", "status": "open",
               "assignee_id": ME["id"], "opened_at": iso(0), "last_inbound_at": iso(10**8),
               "last_message_at": iso(10**8), "last_message_preview": "long", "unread": 0}

    def messages() -> Iterator[dict]:
        for i in range(conversations):
            for k in range(lengths[i]):
                inbound = k % 3 != 1
                yield {"id": f"m-{i}-{k}", "conversation_id": f"conv-{i:06d}", "kind": "note" if k % 40 == 39
                       else "text", "direction": "inbound" if inbound else "outbound",
                       "status": "received" if inbound else "read", "text": text(),
                       "created_at": iso(starts[i] + k), "attachments": []}
        for k in range(long_thread):
            yield {"id": f"long-{k:06d}", "conversation_id": LONG_THREAD, "kind": "note" if k % 25 == 0 else "text",
                   "direction": "inbound" if k % 2 else "outbound", "status": "read",
                   "text": " ".join(rng.choices(WORDS, k=rng.randint(2, 60))), "created_at": iso(k),
                   "attachments": []}

    users = [{"id": ME["id"], "name": ME["name"], "email": ME["email"], "role": "agent",
              "team_ids": ["t_1", "t_2"], "permissions": {}}]
    teams = [{"id": "t_1", "name": "Vendas", "member_ids": [ME["id"]]},
             {"id": "t_2", "name": "Suporte", "member_ids": [ME["id"]]}]
    partial = path.with_suffix(".partial")
    for stale in path.parent.glob(partial.name + "*"):
        stale.unlink()
    replica = Replica.open(partial)
    counts = {"users": 1, "teams": 2, "contacts": conversations, "conversations": conversations + 1,
              "messages": total + long_thread}
    replica.begin_snapshot(1, counts)
    replica.apply_snapshot_page("users", users, None)
    replica.apply_snapshot_page("teams", teams, None)
    for collection, records in (("contacts", contacts()), ("conversations", convs()), ("messages", messages())):
        for page in _pages(records):
            replica.apply_snapshot_page(collection, page, page[-1]["id"])
    replica.finish_snapshot()
    replica.optimize()
    replica.close()
    settle_file(partial)
    partial.rename(path)


def settle_file(path: Path) -> None:
    """Fold the WAL into the file and leave rollback-journal mode: one self-contained file that
    can be renamed or copied (renaming a file away from its WAL corrupts it)."""
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        db.close()
    if Path(f"{path}-wal").exists():
        raise RuntimeError(f"{path}: the WAL is still there")


def copy_of(path: Path, to: Path) -> Path:
    """A private copy of the cached replica for one run (the app writes to what it opens: the read
    marks, its own bookkeeping): SQLite's backup, consistent whatever the source's state."""
    for leftover in to.parent.glob(to.name + "*"):
        leftover.unlink()
    source, target = sqlite3.connect(f"file:{path}?mode=ro", uri=True), sqlite3.connect(to)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    return to


def ensure(folder: Path, scale: float, fresh: bool = False) -> Path:
    """The cached replica at `scale`, built first if missing (or `fresh`)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = path_for(folder, scale)
    if fresh or not path.exists():
        started = time.perf_counter()
        build(path, scale)
        print(f"built {path} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def _in_checkout(root: Path, code: str, *args: str) -> str:
    """Run `code` with the checkout at `root` first on the path; its standard output."""
    import os  # here, not at the top: the probe's cold start imports this module for ME
    import subprocess
    import sys
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([sys.executable, "-c", code, *args], cwd=root, env=env, capture_output=True,
                          text=True, check=True).stdout


def schema_of(root: Path) -> int:
    """The replica schema the checkout at `root` writes (its SCHEMA_VERSION)."""
    return int(_in_checkout(root, "from rvops_desktop.models.schema import SCHEMA_VERSION; print(SCHEMA_VERSION)"))


def at_schema(path: Path, root: Path) -> Path:
    """The cached replica as the checkout at `root` opens it without migrating: the file itself,
    or a copy that checkout brought forward once (kept beside it). A run must not time a migration:
    an agent's app migrates a replica once, not at every start."""
    version = schema_of(root)
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        current = db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()
    if current == version:
        return path
    if current > version:
        raise SystemExit(f"{root} reads replica schema {version}, older than the cached {path} ({current}): "
                         "rebuild the cache with --fresh at the older checkout, or leave --before out")
    target = path.with_name(f"{path.stem}-schema{version}.sqlite3")
    if not target.exists():
        partial = copy_of(path, target.with_suffix(".partial"))
        _in_checkout(root, "import sys; from rvops_desktop.models import Replica; Replica.open(sys.argv[1]).close()",
                     str(partial))
        settle_file(partial)
        partial.rename(target)
        print(f"migrated a copy of {path.name} to schema {version}: {target.name}", flush=True)
    return target

