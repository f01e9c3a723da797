"""`python -m rvops_meta_standin --server http://127.0.0.1:8000 [--port 8010] [--no-simulate]`"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal

from .demo import demo_standin


async def _main(args: argparse.Namespace) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    async with demo_standin(args.server, port=args.port, seed=args.seed, simulate=not args.no_simulate,
                            max_customers=args.max_customers, max_messages=args.max_messages) as url:
        print(f"Meta stand-in on {url} (set RVOPS_GRAPH_API_URL={url}); webhooks to {args.server}", flush=True)
        await stop.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description="Local stand-in of Meta's Graph API, with simulated customers")
    parser.add_argument("--server", required=True, help="the rvops server's base URL (webhooks go there)")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-customers", type=int, default=6)
    parser.add_argument("--max-messages", type=int, default=40)
    parser.add_argument("--no-simulate", action="store_true")
    asyncio.run(_main(parser.parse_args()))


if __name__ == "__main__":
    main()
