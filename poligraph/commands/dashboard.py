"""``poligraph dashboard``: serve the Streamlit dashboard over the configured store."""

from __future__ import annotations

import argparse
import os
import sys

from poligraph.commands.options import add_store_options, positive_int, store_config


def _port(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError("must be between 1 and 65535")
    return value


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("dashboard", help="browse the graph in a local web dashboard",
                       description="Start the Streamlit dashboard (actors, events, evidence, "
                                   "queries, analytics, ingest) on the configured store. It "
                                   "listens on 127.0.0.1 only unless --host says otherwise.")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1; 0.0.0.0 exposes it)")
    p.add_argument("--port", type=_port, default=8501, help="port (default 8501)")
    p.add_argument("--max-upload-mb", type=positive_int, default=50,
                   help="largest file the Ingest page accepts, in MB (default 50)")
    add_store_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import signal
    import subprocess

    from dashboard.launch import dashboard_env, streamlit_command

    config = store_config(args)  # a bad --store is reported before anything starts
    command = streamlit_command(args.host, args.port, args.max_upload_mb)
    env = dashboard_env(config, os.environ, args.max_upload_mb)
    print(f"poligraph dashboard on http://{args.host}:{args.port} — {config.describe()} "
          "(Ctrl-C stops it)", file=sys.stderr, flush=True)
    child = subprocess.Popen(command, env=env)
    # a terminated command stops its server too, instead of leaving it orphaned
    signal.signal(signal.SIGTERM, lambda *_: child.terminate())
    try:
        return child.wait()
    except KeyboardInterrupt:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
        raise
