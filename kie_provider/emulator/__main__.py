"""
Run the kie.ai emulator in the foreground: ``python -m kie_provider.emulator --port 8765``.

It prints one line with its URL, then serves until SIGINT or SIGTERM.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import threading
from types import FrameType

from kie_provider.emulator.server import DEFAULT_API_KEY, KieEmulator


def build_parser() -> argparse.ArgumentParser:
    """Return the command line parser."""
    parser = argparse.ArgumentParser(prog="python -m kie_provider.emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="TCP port; 0 picks a free one (default 0)")
    parser.add_argument("--api-key", default=DEFAULT_API_KEY, help="the API key accepted as Bearer token")
    parser.add_argument("--credits", type=float, default=10_000.0, help="starting credits (default 10000)")
    parser.add_argument("--webhook-hmac-key", default=None, help="sign callbacks with this HMAC key")
    parser.add_argument("--waiting-seconds", type=float, default=0.1, help="time in state waiting")
    parser.add_argument("--queuing-seconds", type=float, default=0.1, help="time in state queuing")
    parser.add_argument("--generating-seconds", type=float, default=0.5, help="time in state generating")
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=int(os.environ.get("KIE_EMULATOR_RATE_LIMIT", "20")),
        help="creates per window per key (default 20, or $KIE_EMULATOR_RATE_LIMIT)",
    )
    parser.add_argument(
        "--rate-window",
        type=float,
        default=float(os.environ.get("KIE_EMULATOR_RATE_WINDOW", "10")),
        help="rate window in seconds (default 10, or $KIE_EMULATOR_RATE_WINDOW)",
    )
    parser.add_argument(
        "--generating-jitter",
        type=float,
        default=0.0,
        help="add a random 0..N seconds to each task's time, so that tasks finish at random times (default 0)",
    )
    parser.add_argument("--no-rate-limit", action="store_true", help="disable the rate limit")
    parser.add_argument("--result-bytes", type=int, default=None, help="pad every generated file to this size")
    parser.add_argument(
        "--require-download-token", action="store_true", help="generated files need a download-url token"
    )
    parser.add_argument("--verbose", action="store_true", help="log each request's method and path")
    return parser


def main(argv: list[str] | None = None) -> int:
    """
    Run the emulator until SIGINT or SIGTERM.

    :param argv: command line arguments (default ``sys.argv[1:]``).
    """
    args = build_parser().parse_args(argv)
    base = args.waiting_seconds + args.queuing_seconds + args.generating_seconds
    jitter = max(0.0, args.generating_jitter)
    emulator = KieEmulator(
        duration_fn=(lambda model, given: base + random.uniform(0.0, jitter)) if jitter else None,
        api_key=args.api_key,
        host=args.host,
        port=args.port,
        credits=args.credits,
        durations=(args.waiting_seconds, args.queuing_seconds, args.generating_seconds),
        rate_limit=None if args.no_rate_limit else (args.rate_limit, args.rate_window),
        webhook_hmac_key=args.webhook_hmac_key,
        result_bytes=args.result_bytes,
        require_download_token=args.require_download_token,
        verbose=args.verbose,
    )
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    emulator.start()
    try:
        print(f"kie.ai emulator on {emulator.url}", flush=True)
        # wait() with a timeout, so the main thread wakes to run the signal handler.
        while not stop.wait(0.5):
            pass
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
