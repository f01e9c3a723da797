"""`rvops-server serve [--host] [--port] [--database-url] [--demo]`; each flag also from RVOPS_….
`rvops-server init --workspace NAME --admin-name NAME --admin-email E [channel ids] [--database-url]`:
a new installation's workspace and its administrator, invited by a code (domain/first_run.py).
`rvops-server dead-letters [--database-url] [--limit N] [--channel C] [--json]`: what webhooks could not store."""
from __future__ import annotations

import argparse
import ctypes
import gc
import logging
import os
import platform
import sys

# The agents' live streams carry small JSON frames to many sockets: compressing each frame for each
# socket (permessage-deflate) cost more CPU than the rest of a stream's work (docs/operations.md).
UVICORN_OPTIONS = {"ws": "websockets-sansio", "ws_per_message_deflate": False}

# glibc gives each thread that allocates its own malloc arena (up to 8 per core), and memory freed
# in one is not reused by another: over a 30-minute soak at 200 webhooks/s the server's RSS kept
# rising to 1.11× its warm-up; with two arenas it stayed at 1.02× and latency did not change
# (benchmarks/results/soak.md, docs/operations.md). MALLOC_ARENA_MAX in the environment wins.
MALLOC_ARENAS = 2
_M_ARENA_MAX = -8  # mallopt's parameter number, from glibc's malloc.h


def init_workspace(args: argparse.Namespace) -> int:
    """`rvops-server init`: says what it made and what the administrator does next, or why not (exit 1)."""
    import pydantic

    from rvops_contract.clock import SystemClock
    from rvops_contract.wire import Role
    from rvops_contract.wire.args import CreateUserArgs
    from rvops_server.config import Settings
    from rvops_server.domain.first_run import AlreadyInUse, channel_settings, create_workspace
    from rvops_server.store.db import Store, make_engine, migrate

    name = args.workspace.strip()
    try:
        admin = CreateUserArgs(email=args.admin_email.strip().lower(), name=args.admin_name.strip(), role=Role.ADMIN)
    except pydantic.ValidationError as exc:
        fields = ", ".join("--admin-" + str(e["loc"][0]) for e in exc.errors())
        print(f"rvops-server init: {fields}: not valid (an e-mail like ana@example.com and a name)", file=sys.stderr)
        return 2
    if not name:
        print("rvops-server init: --workspace: give the workspace a name", file=sys.stderr)
        return 2
    logging.basicConfig(level="WARNING", format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = Settings.from_env(database_url=args.database_url)
    engine = make_engine(settings.database_url)
    try:
        migrate(engine)
        made = create_workspace(Store(engine, SystemClock()), name=name, admin_name=admin.name,
                                admin_email=admin.email, settings=channel_settings(
                                    whatsapp_phone_number_id=args.whatsapp_phone_number_id,
                                    whatsapp_waba_id=args.whatsapp_waba_id,
                                    instagram_account_id=args.instagram_account_id))
    except AlreadyInUse as exc:
        print(f"rvops-server init: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(f"Workspace “{name}” created, with {admin.name} <{admin.email}> as its administrator.\n"
          f"Invite code: {made.invite_code}  (good once, until {made.invite_expires_at:%Y-%m-%d %H:%M} UTC)\n"
          "Next: start the server (rvops-server serve), then in Rvops Desktop choose “I have an invite”,\n"
          "type the server's address, the e-mail above and the code, and choose a password.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="rvops-server", description="Rvops distribution server")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the server")
    serve.add_argument("--host", help="address to listen on (RVOPS_HOST, default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (RVOPS_PORT, default 8600)")
    serve.add_argument("--database-url", help="sqlite:///path or postgresql+psycopg://… (RVOPS_DATABASE_URL)")
    serve.add_argument("--demo", action="store_true", default=None, help="seed the demo workspace when empty (RVOPS_DEMO)")
    serve.add_argument("--log-level", default="info")
    init = sub.add_parser("init", help="create the workspace and its first administrator (a new installation)",
                          description="Create the workspace and its first administrator, who signs in from Rvops "
                                      "Desktop with the invite code this prints and chooses a password there. "
                                      "Refuses a database that already has users.")
    init.add_argument("--workspace", required=True, help="the workspace's name, as agents see it")
    init.add_argument("--admin-name", required=True, help="the administrator's name")
    init.add_argument("--admin-email", required=True, help="the administrator's e-mail (their sign-in)")
    init.add_argument("--whatsapp-phone-number-id", default="", help="the WhatsApp Cloud API number's id (Meta)")
    init.add_argument("--whatsapp-waba-id", default="", help="the WhatsApp Business account's id (Meta)")
    init.add_argument("--instagram-account-id", default="", help="the Instagram professional account's id (Meta)")
    init.add_argument("--database-url", help="as for serve (RVOPS_DATABASE_URL)")
    letters = sub.add_parser("dead-letters", help="list webhook elements that could not be read or stored")
    letters.add_argument("--database-url", help="as for serve (RVOPS_DATABASE_URL)")
    letters.add_argument("--limit", type=int, default=50, help="how many, newest first (default 50)")
    letters.add_argument("--channel", choices=("whatsapp", "instagram"))
    letters.add_argument("--json", action="store_true", help="one JSON object per line, elements whole")
    args = parser.parse_args(argv)
    if args.command == "init":
        return init_workspace(args)
    if args.command == "dead-letters":
        from rvops_server.domain.dead_letters import print_recent
        return print_recent(args.database_url, args.limit, args.channel, as_json=args.json)

    cap_malloc_arenas()  # before any thread allocates
    import uvicorn

    from rvops_server.app import create_app
    from rvops_server.config import Settings

    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = Settings.from_env(host=args.host, port=args.port, database_url=args.database_url, demo=args.demo)
    app = create_app(settings)
    _freeze_startup_objects()
    # log_config=None: uvicorn's own lines (start-up, access log) go through the format above, with a
    # time and the logger's name, instead of uvicorn's "INFO:     …" without one
    uvicorn.run(app, host=settings.host, port=settings.port, log_level=args.log_level, log_config=None,
                **UVICORN_OPTIONS)
    return 0


def cap_malloc_arenas(arenas: int = MALLOC_ARENAS) -> bool:
    """Limit glibc's malloc to `arenas` arenas for this process (no-op elsewhere, or when the
    operator set MALLOC_ARENA_MAX); whether the limit was set here."""
    if platform.libc_ver()[0] != "glibc" or "MALLOC_ARENA_MAX" in os.environ:
        return False
    return bool(ctypes.CDLL(None).mallopt(_M_ARENA_MAX, arenas))


def _freeze_startup_objects() -> None:
    """Move everything built at start-up (modules, SQLAlchemy's and FastAPI's structures) out of the
    garbage collector's sight: a full collection otherwise walks all of it and stalled every request
    and stream for ~90 ms at a time under load (benchmarks/results/load.md)."""
    gc.collect()
    gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
