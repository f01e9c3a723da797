"""A headless client process: the real engine over a real replica file (tests SIGKILL it).

    python -m rvops_desktop.sync.cli_agent --db R.sqlite3 --server URL --email E --password P COMMAND

See docs/sync.md for the commands. Prints one line per milestone (QUEUED n, IDLE cursor=… ),
so a test can wait for them on stdout.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from rvops_desktop.models import Replica

from .actions import Actions
from .credentials import Session
from .engine import SyncEngine
from .state import ConnectionState
from .transport import Offline, SyncClient, Unauthorized

EXIT_SIGNED_OUT = 3
IDLE_TIMEOUT_SECONDS = 600.0


def _say(line: str) -> None:
    print(line, flush=True)


def _user_id(replica: Replica, session: Session, email: str) -> str:
    if session.account and session.account.user_id:
        return session.account.user_id
    for user in replica.store.users():
        if (user.email or "").lower() == email.lower():
            return user.id
    raise SystemExit("unknown user: sign in once while the server is reachable")


async def _run_engine(engine: SyncEngine, session: Session, args: argparse.Namespace, until_idle: bool) -> int:
    # the keyring's token, else sign in (retrying while the server is down)
    session.restore(args.email)
    while not session.signed_in:
        try:
            await session.login(args.email, args.password)
        except Offline:
            await asyncio.sleep(0.2)
    task = engine.start()
    if not until_idle:
        await task
        return 0
    waiter = asyncio.ensure_future(engine.wait_for(
        lambda s: (s.state is ConnectionState.ONLINE and s.pending == 0) or s.state is ConnectionState.SIGNED_OUT,
        IDLE_TIMEOUT_SECONDS))
    status = await waiter
    if status.state is ConnectionState.SIGNED_OUT:
        await engine.stop()
        return EXIT_SIGNED_OUT
    cursor = await engine.sync_once()  # the changes our accepted pushes made
    await engine.stop()
    _say(f"IDLE cursor={cursor}")
    return 0


async def main_async(args: argparse.Namespace) -> int:
    replica = Replica.open(args.db)
    session = Session(args.server)
    if session.notice:
        print(session.notice, file=sys.stderr, flush=True)
    client = SyncClient(args.server, session.get_token, lang=args.lang)
    session.client = client
    engine = SyncEngine(replica, client)
    engine.on_refusal(lambda n: _say(f"REFUSED {n.type} {n.mutation_id} {n.reason}: {n.message}"))
    engine.subscribe(lambda s: _say(f"STATUS {s.state} {s.pending}"))
    try:
        if args.command in ("queue-messages", "queue-contact-edits"):
            actions = Actions(replica, _user_id(replica, session, args.email))
            for i in range(args.count):
                if args.command == "queue-messages":
                    actions.send_message(args.target, f"{args.prefix} {i}")
                else:
                    actions.update_contact(args.target, {args.field: f"{args.prefix} {i}"})
            _say(f"QUEUED {args.count} pending={replica.outbox.pending_count()}")
            if not args.hold:
                return 0
            return await _run_engine(engine, session, args, until_idle=False)
        if args.command == "sync":
            return await _run_engine(engine, session, args, until_idle=True)
        return await _run_engine(engine, session, args, until_idle=args.until_idle)
    except Unauthorized as exc:
        print(f"signed out: {exc}", file=sys.stderr)
        return EXIT_SIGNED_OUT
    finally:
        await client.aclose()
        replica.close()


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cli_agent", description="headless Rvops sync client")
    parser.add_argument("--db", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password")
    parser.add_argument("--lang", default="pt-BR")
    parser.add_argument("--log-level", default="warning")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("sync")
    run = sub.add_parser("run")
    run.add_argument("--until-idle", action="store_true")
    for name, default_field in (("queue-messages", None), ("queue-contact-edits", "cidade")):
        q = sub.add_parser(name)
        q.add_argument("target")
        q.add_argument("count", type=int)
        q.add_argument("--prefix", default="msg")
        q.add_argument("--hold", action="store_true")
        if default_field:
            q.add_argument("--field", default=default_field)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return asyncio.run(main_async(args))


if __name__ == "__main__":
    sys.exit(main())
