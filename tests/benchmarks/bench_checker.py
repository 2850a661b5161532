"""The endpoint checker against json.loads and a JSON-Schema validator, same run (SPEC §7).

Generates a few thousand varied valid endpoint files, then times, per file, json.loads on the
same bytes, check_bytes, and jsonschema's Draft 2020-12 validator with the project's schema
(resources/endpoint.schema.json, formats checked) on the json.loads output. Every pass goes
over all files in turn and the three kinds take turns, so a busy machine slows them alike; the
figure is the median over passes of the cost per file. Then the worst case: the adversarial
64 KiB inputs of tests/unit/test_fuzz.py, each timed several times (median), against json.loads
on 64 KiB of valid JSON.

Run:  .venv/bin/python tests/benchmarks/bench_checker.py [--files N] [--passes N] [--seed N]
Exit status 1 when a target is missed: check <= 4x json.loads, check < 1x jsonschema
(json.loads + validate, the whole job a schema-based checker does), worst case <= 100 ms;
also when the checker's host cache hits more than once per file, which would mean a file's
hosts were still cached from the pass before and the figure flattered.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import statistics
import string
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "unit")]

import jsonschema  # noqa: E402
from test_fuzz import ADVERSARIAL  # noqa: E402

from nbwss_gui.domain.checker import check_bytes  # noqa: E402
from nbwss_gui.domain.hosts import host_problem  # noqa: E402

LOADS_TARGET = 4.0
SCHEMA_TARGET = 1.0
WORST_MS_TARGET = 100.0
KEYS = ("token", "priority", "groupId", "hostName", "url")
TOKEN_ALPHABET = string.ascii_letters + string.digits + "-_.~+/="


def _host(rng: random.Random) -> tuple[str, str]:
    """A hostName and the same host as written in a URL."""
    kind = rng.randrange(4)
    if kind == 0:
        address = ".".join(str(rng.randrange(256)) for _ in range(4))
        return address, address
    if kind == 1:
        address = f"2001:db8:{rng.randrange(65536):x}::{rng.randrange(1, 65536):x}"
        return address, f"[{address}]"
    labels = [
        "".join(rng.choices(string.ascii_lowercase + string.digits, k=rng.randint(1, 20)))
        for _ in range(rng.randint(1, 4))
    ]
    name = ".".join([*labels, rng.choice(["com", "net", "example", "cloud"])])
    if kind == 3:
        name = "edge-" + name
    return name, name


def endpoint_file(rng: random.Random) -> bytes:
    host_name, url_host = _host(rng)
    port = rng.choice(["", f":{rng.randint(1, 65535)}", ":443", ":8443"])
    path = rng.choice(["", "/", "/ws", "/nbwss/v1/connect", f"/t/{rng.randrange(10**6)}?x=1"])
    details = {
        "token": "".join(rng.choices(TOKEN_ALPHABET, k=rng.randint(20, 2000))),
        "priority": rng.choice([0, 1, 2, 10, rng.randrange(2_147_483_648)]),
        "groupId": rng.choice(["group-a", "Gruppe Süd", f"tenant-{rng.randrange(10**9)}"]),
        "hostName": host_name,
        "url": f"{rng.choice(['wss', 'WSS', 'wss'])}://{url_host}{port}{path}",
    }
    order = list(KEYS)
    rng.shuffle(order)
    indent = rng.choice([None, None, 2, 4, "\t"])
    text = json.dumps(
        {k: details[k] for k in order}, indent=indent, ensure_ascii=rng.random() < 0.5
    )
    codec = rng.choice(["utf-8", "utf-8", "utf-8", "utf-8-sig"])
    return text.encode(codec)


def per_item(action: Callable[[Any], object], items: Sequence[object]) -> int:
    start = time.perf_counter_ns()
    for item in items:
        action(item)
    return (time.perf_counter_ns() - start) // len(items)


def median_of(action: Callable[[], object], repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter_ns()
        action()
        samples.append(time.perf_counter_ns() - start)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--passes", type=int, default=9)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    files = [endpoint_file(rng) for _ in range(args.files)]
    schema = json.loads((ROOT / "resources" / "endpoint.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    for data in files:  # every file must be valid for both, or the race is not the same
        result = check_bytes(data)
        assert result.ok and not result.problems, (data[:200], result.problems)
        validator.validate(json.loads(data))

    def loads(data: bytes) -> object:
        return json.loads(data)

    def schema_job(data: bytes) -> None:
        validator.validate(json.loads(data))

    def validate_only(value: object) -> None:
        validator.validate(value)

    decoded = [json.loads(data) for data in files]
    kinds: dict[str, list[int]] = {"json.loads": [], "check_bytes": [], "jsonschema": []}
    validate_samples: list[int] = []
    for _ in range(2):  # warm up
        per_item(loads, files)
        per_item(check_bytes, files)
        per_item(schema_job, files)
    cache_before = host_problem.cache_info()
    for _ in range(args.passes):
        kinds["json.loads"].append(per_item(loads, files))
        kinds["check_bytes"].append(per_item(check_bytes, files))
        kinds["jsonschema"].append(per_item(schema_job, files))
        validate_samples.append(per_item(validate_only, decoded))
    cache_after = host_problem.cache_info()
    cost = {name: statistics.median(samples) for name, samples in kinds.items()}
    sizes = sorted(len(d) for d in files)
    print(
        f"{len(files)} valid endpoint files, {sizes[0]}-{sizes[-1]} bytes "
        f"(median {statistics.median(sizes):.0f}); median of {args.passes} passes, per file:"
    )
    for name, value in cost.items():
        print(f"  {name:<12} {value / 1000:8.2f} us")
    print(f"  {'(validate only)':<12} {statistics.median(validate_samples) / 1000:8.2f} us")
    # The host check is cached (a few entries). The files hold thousands of different hosts, so
    # a pass never finds a host left from the one before: a hit is a url naming its hostName.
    checks = args.passes * len(files)
    hits = (cache_after.hits - cache_before.hits) / checks
    misses = (cache_after.misses - cache_before.misses) / checks
    print(
        f"  host check cache: {hits:.2f} hits, {misses:.2f} misses per file "
        f"(at most 1 hit: the url's host when it is the hostName)"
    )
    to_loads = cost["check_bytes"] / cost["json.loads"]
    to_schema = cost["check_bytes"] / cost["jsonschema"]
    print(f"check/json.loads  = {to_loads:.2f}x (target <= {LOADS_TARGET:g}x)")
    print(f"check/jsonschema  = {to_schema:.3f}x (target < {SCHEMA_TARGET:g}x)")

    big = json.dumps(
        {
            "token": "t" * 65000,
            "priority": 1,
            "groupId": "g",
            "hostName": "example.com",
            "url": "wss://example.com/",
        }
    ).encode()
    big_loads = median_of(lambda: json.loads(big), 51)
    worst_name, worst = "", 0.0
    print(
        f"adversarial inputs (median of 7 runs each; json.loads on {len(big)} valid bytes: "
        f"{big_loads / 1e6:.3f} ms):"
    )
    for name, data in ADVERSARIAL.items():
        check_bytes(data)
        took = median_of(functools.partial(check_bytes, data), 7)
        print(f"  {name:<28} {len(data):6d} bytes {took / 1e6:8.2f} ms")
        if took > worst:
            worst_name, worst = name, took
    print(
        f"worst case: {worst / 1e6:.2f} ms ({worst_name}) (target <= {WORST_MS_TARGET:g} ms), "
        f"{worst / big_loads:.0f}x json.loads on 64 KiB of valid JSON"
    )

    missed = []
    if to_loads > LOADS_TARGET:
        missed.append(f"check/json.loads {to_loads:.2f}x > {LOADS_TARGET:g}x")
    if to_schema >= SCHEMA_TARGET:
        missed.append(f"check/jsonschema {to_schema:.3f}x >= {SCHEMA_TARGET:g}x")
    if hits > 1.0:
        missed.append(f"host check cache hits {hits:.2f} per file: a file's hosts were cached")
    if worst / 1e6 > WORST_MS_TARGET:
        missed.append(f"worst case {worst / 1e6:.2f} ms > {WORST_MS_TARGET:g} ms ({worst_name})")
    for line in missed:
        print(f"MISSED: {line}")
    if not missed:
        print("all targets met")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
