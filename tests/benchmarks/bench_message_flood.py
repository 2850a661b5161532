"""Memory under a flood of large messages, and the hostile-endpoint matrix as a table (SPEC §7:
bytes from the network cost at most one connection, never unbounded memory).

The flood: the engine (the path `monitor` and the window run) connected to a real loopback
wss:// server that sends 200 COMMAND requests of 900 KiB, each answered 501 before the next.
The resident memory of the process (/proc/self/statm) is read once the engine is CONNECTED
and again after the flood; the target is growth under 16 MiB. The baseline in the same run is
the total the flood sent, to show what an unbounded log would have kept.

Then every case of tests/integration/hostile_servers.py runs once and the table prints:
behaviour -> state and reason shown -> time from the hostile endpoint's FAILED to the backup's
CONNECTED.

Run:  .venv/bin/python tests/benchmarks/bench_message_flood.py [--messages 200]
Exit status 1 when the growth reaches 16 MiB.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import trustme  # noqa: E402

from tests.integration.hostile_servers import (  # noqa: E402
    FLOOD_SIZE,
    Case,
    Flood,
    cases,
    run_case,
    table,
)

TARGET = 16 * 1024 * 1024
MiB = 1024 * 1024


async def main(messages: int) -> int:
    ca = trustme.CA()
    cert = ca.issue_cert("localhost", "127.0.0.1")
    with tempfile.TemporaryDirectory() as folder:
        ca_file = Path(folder) / "ca.pem"
        ca.cert_pem.write_to_path(str(ca_file))
        # Warm-up: imports, TLS contexts and the allocator's first arenas are not the flood's.
        await run_case(Case("warm-up", Flood(3), None), cert, ca_file)
        flood = Flood(messages)
        row = await run_case(Case("flood", flood, None), cert, ca_file)
        growth = row.rss_after - row.rss_before
        sent = messages * FLOOD_SIZE
        print(
            f"COMMAND flood: {messages} messages of {FLOOD_SIZE // 1024} KiB, "
            f"{flood.answered} answered 501, state {row.state}"
        )
        print(
            f"RSS before: {row.rss_before / MiB:.1f} MiB, after: {row.rss_after / MiB:.1f} MiB, "
            f"growth: {growth / MiB:.1f} MiB (target < {TARGET // MiB} MiB)"
        )
        print(
            f"bytes received: {sent / MiB:.1f} MiB; growth/received = {growth / sent:.4f}; "
            f"message log of the endpoint: {row.log_bytes / 1024:.1f} KiB"
        )
        rows = [await run_case(case, cert, ca_file) for case in cases(flood=messages)]
    print()
    print(table(rows))
    died = sum(r.tasks_died for r in rows)
    print(f"\ntasks died: {died}")
    return 0 if growth < TARGET and died == 0 else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=200)
    sys.exit(asyncio.run(main(parser.parse_args().messages)))
