#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Scholion developers
# SPDX-License-Identifier: GPL-3.0-or-later
"""Instruction-count gates: runs instructiongates under callgrind (Qt Test's -callgrind) and
compares instructions per iteration with the baseline for this build type.

  instructiongates.py BINARY BASELINE BUILD_TYPE [--update] [--tolerance 0.05]

A count above baseline × (1 + tolerance) fails (a regression to look at); one far below
(under baseline × (1 − 3 × tolerance)) is reported so the baseline can be lowered with
--update, which rewrites the counts of BUILD_TYPE in BASELINE.
"""
import argparse
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time


def run(cmd, env):
    result = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit(f"instructiongates: {' '.join(cmd)} failed with exit code {result.returncode}")
    return result.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("baseline")
    parser.add_argument("build_type")
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--tolerance", type=float, default=0.05)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="scholion-gates-") as fixture:
        env = dict(os.environ, SCHOLION_GATES_FIXTURE=fixture, QT_QPA_PLATFORM="offscreen")
        started = time.time()
        run([args.binary, "documentSwitch"], env)  # builds the fixture at native speed
        prepared = time.time()
        output = run([args.binary, "-callgrind", "-csv"], env)
        measured = time.time()

    counts = {}
    for row in csv.reader(io.StringIO(output)):
        # "function","tag","metric",value per iteration,total,iterations
        if len(row) >= 4 and row[2] == "InstructionReads":
            counts[row[0].split("::")[-1]] = float(row[3])
    if not counts:
        sys.stderr.write(output)
        sys.exit("instructiongates: no instruction counts in the output (is valgrind installed?)")

    try:
        with open(args.baseline, encoding="utf-8") as f:
            baseline = json.load(f)
    except FileNotFoundError:
        baseline = {}
    reference = baseline.get(args.build_type, {})

    print(f"fixture {prepared - started:.0f} s, callgrind run {measured - prepared:.0f} s")
    print(f"{'gate':<16} {'instructions':>16} {'baseline':>16} {'ratio':>7}")
    failed = []
    for name, value in sorted(counts.items()):
        base = reference.get(name)
        ratio = value / base if base else float("nan")
        verdict = ""
        if base is None:
            verdict = "no baseline"
        elif value > base * (1 + args.tolerance):
            verdict = "REGRESSION"
            failed.append(name)
        elif value < base * (1 - 3 * args.tolerance):
            verdict = "faster: lower the baseline (--update)"
        print(f"{name:<16} {value:>16,.0f} {base if base else 0:>16,.0f} {ratio:>7.3f} {verdict}")

    if args.update:
        baseline[args.build_type] = {name: int(value) for name, value in sorted(counts.items())}
        with open(args.baseline, "w", encoding="utf-8") as f:
            json.dump(baseline, f, indent=2, sort_keys=True)
            f.write("\n")
        print(f"baseline of {args.build_type} written to {args.baseline}")
        return 0
    missing = sorted(set(reference) - set(counts))
    if missing:
        sys.exit(f"instructiongates: gates without a result: {', '.join(missing)}")
    if not reference:
        sys.exit(f"instructiongates: no baseline for build type {args.build_type}; run with --update")
    if failed:
        sys.exit(f"instructiongates: more instructions than the baseline allows (+{args.tolerance:.0%}): {', '.join(failed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
