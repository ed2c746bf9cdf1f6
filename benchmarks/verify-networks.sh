#!/bin/bash
# Runs every canonical network with three seeds through `./brainj run` and prints a Markdown table of the rates and
# mean CV(ISI) per population, to compare with the bands of BENCHMARKS.md (and with Brian2 runs of other seeds).
# Usage: benchmarks/verify-networks.sh [seeds...]        (default seeds 1 2 3; about 2 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
SEEDS=${*:-1 2 3}
OUT=${VERIFY_OUT:-target/verify}
mkdir -p "$OUT"
echo "| network | seed | population | rate [Hz] | CV(ISI) | run [s per bio-s] |"
echo "|---|---|---|---|---|---|"
for net in coba cuba cobahh coba-brainpy; do
  for s in $SEEDS; do
    ./brainj run "$net" --seed "$s" --out "$OUT/$net-$s" > "$OUT/$net-$s.log" 2>&1 || { echo "| $net | $s | FAILED: see $OUT/$net-$s.log | | | |"; continue; }
    python3 - "$OUT/$net-$s/summary.json" "$net" "$s" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
per_bio_s = d["timings"]["run_s"] / (d["duration_ms"] / 1000.0)
for pop, p in d["populations"].items():
    cv = "-" if p["cv_isi"] is None else f'{p["cv_isi"]:.3f}'
    print(f'| {sys.argv[2]} | {sys.argv[3]} | {pop} | {p["rate_hz"]:.2f} | {cv} | {per_bio_s:.3f} |')
PY
  done
done
# Decision making: pool rates before, during and after the stimulus (1-3 s of 4 s).
for s in $SEEDS; do
  ./brainj run decision-making --seed "$s" --out "$OUT/dm-$s" > "$OUT/dm-$s.log" 2>&1 || { echo "decision-making seed $s FAILED: see $OUT/dm-$s.log"; continue; }
  python3 - "$OUT/dm-$s/spikes.csv" "$OUT/dm-$s/summary.json" "$s" <<'PY'
import csv, json, sys
summary = json.load(open(sys.argv[2]))
sizes = {k: v["size"] for k, v in summary["populations"].items()}
windows = [("pre", 0, 1000), ("stim", 1000, 3000), ("post", 3000, 4000)]
counts = {}
with open(sys.argv[1]) as f:
    for row in csv.DictReader(f):
        t = float(row["time_ms"])
        for name, lo, hi in windows:
            if lo <= t < hi:
                counts[(row["population"], name)] = counts.get((row["population"], name), 0) + 1
cells = []
for pop in ("A", "B", "N", "I"):
    rates = [counts.get((pop, w), 0) / sizes[pop] / ((hi - lo) / 1000) for w, lo, hi in windows]
    cells.append(f"{pop} " + "/".join(f"{r:.1f}" for r in rates))
print(f"decision-making seed {sys.argv[3]}: rates [Hz] before/during/after the stimulus: " + "; ".join(cells)
      + f"; run {summary['timings']['run_s']:.2f} s, total {summary['timings']['total_s']:.2f} s")
PY
done
