"""`rvops-server serve [--host] [--port] [--database-url] [--demo]`; each flag also from RVOPS_….
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="rvops-server", description="Rvops distribution server")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the server")
    serve.add_argument("--host", help="address to listen on (RVOPS_HOST, default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (RVOPS_PORT, default 8600)")
    serve.add_argument("--database-url", help="sqlite:///path or postgresql+psycopg://… (RVOPS_DATABASE_URL)")
    serve.add_argument("--demo", action="store_true", default=None, help="seed the demo workspace when empty (RVOPS_DEMO)")
    serve.add_argument("--log-level", default="info")
    letters = sub.add_parser("dead-letters", help="list webhook elements that could not be read or stored")
    letters.add_argument("--database-url", help="as for serve (RVOPS_DATABASE_URL)")
    letters.add_argument("--limit", type=int, default=50, help="how many, newest first (default 50)")
    letters.add_argument("--channel", choices=("whatsapp", "instagram"))
    letters.add_argument("--json", action="store_true", help="one JSON object per line, elements whole")
    args = parser.parse_args(argv)
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
