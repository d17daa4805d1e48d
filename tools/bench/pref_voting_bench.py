"""Times pref_voting (the reference Python library) on the benchmark profiles, in the same run as
the Rust and WebAssembly timings. Prints JSON: { profile: { method: median ms or null } }, with
"stopped" listing methods cut off at the time limit.

Each method is timed on a Profile already built (pref_voting computes its margins then), after
one warm-up call per method. Methods: Borda, Copeland, Schulze (pref_voting's beat_path), Ranked Pairs (its default
`ranked_pairs`, which checks every tie-breaking order) and Kemeny-Young (`kemeny_young`, a search
over all n! orders: run only where n is small enough to finish).
"""
import json
import signal
import statistics
import sys
import time

from pref_voting.profiles import Profile
import pref_voting.voting_methods as vm

LIMIT_S = 20


class Stopped(Exception):
    pass


def _alarm(signum, frame):
    raise Stopped()


signal.signal(signal.SIGALRM, _alarm)


def timed(f, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def warm_up(methods):
    """The first call of each method pays for imports and caches: make it on a tiny profile."""
    tiny = Profile([[0, 1, 2], [1, 2, 0], [2, 0, 1]], rcounts=[2, 1, 1])
    for f in methods.values():
        f(tiny)


def main():
    profiles = json.load(open(sys.argv[1]))
    methods = {
        "borda": vm.borda,
        "copeland": vm.copeland,
        "schulze": vm.beat_path,
        "ranked_pairs": vm.ranked_pairs,
        "kemeny": vm.kemeny_young,
    }
    warm_up(methods)
    out = {}
    for name, p in profiles.items():
        index = {c: i for i, c in enumerate(p["candidates"])}
        rankings = [[index[t[0]] for t in b["ranking"]] for b in p["ballots"]]
        counts = [int(b["count"]) for b in p["ballots"]]
        prof = Profile(rankings, rcounts=counts)
        n = len(p["candidates"])
        row, stopped = {}, []
        for method, f in methods.items():
            if method == "kemeny" and n > 10:
                row[method] = None  # n! orders: 15! is 1.3e12
                continue
            signal.alarm(LIMIT_S)
            try:
                first = timed(lambda: f(prof), 1)
                # Many runs of a fast method: a median of microseconds needs them on a busy machine.
                runs = 3 if first > 1000 else 101 if first < 1 else 11
                row[method] = timed(lambda: f(prof), runs)
            except Stopped:
                row[method] = None
                stopped.append(method)
            finally:
                signal.alarm(0)
        row["stopped"] = stopped
        out[name] = row
        print(f"pref_voting: {name} done", file=sys.stderr)
    print(json.dumps(out, indent=1))


main()
