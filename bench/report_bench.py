#!/usr/bin/python3
"""Times huibao:BuildReport (validation, assessment and the report sheet) and
huibao:Assess on the 100,000-row workbook inside soffice (report.md: ≤ 2 s).

    /usr/bin/python3 -m bench.report_bench --oxt build-bench/obj/huibao.oxt \\
        --workbook build-bench/bench-data/bench.ods [--runs 3]

The document is loaded once (not counted); each command is run once to warm
up, then --runs times; the median is printed.
"""

import argparse
import statistics
import time

from tests.integration.office import Office


def timed(office, doc, command):
    start = time.perf_counter()
    event = office.dispatch(doc, "huibao:" + command)
    seconds = time.perf_counter() - start
    if event.State != 1:
        raise SystemExit(f"huibao:{command} failed: {event.Result}")
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--workbook", required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with Office(oxt=args.oxt) as office:
        start = time.perf_counter()
        doc = office.load(args.workbook, hidden=False)
        print(f"load {time.perf_counter() - start:.1f} s (not counted)")
        for command, target in (("Assess", None), ("BuildReport", 2.0)):
            first = timed(office, doc, command)
            runs = [timed(office, doc, command) for _ in range(args.runs)]
            median = statistics.median(runs)
            verdict = "" if target is None else (
                f"   target <= {target:g} s: {'MET' if median <= target else 'NOT MET'}")
            print(f"huibao:{command:<12} first {first:.3f} s, then median {median:.3f} s "
                  f"(runs {', '.join(f'{r:.3f}' for r in runs)}){verdict}")
        doc.close(True)


if __name__ == "__main__":
    main()
