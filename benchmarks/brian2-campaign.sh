#!/bin/bash
# Re-runs the Brian2 cpp_standalone peer runs of ../shared/bench/brian2 (their binaries must have been built once:
# run each command below once first; see BENCHMARKS.md), 3 repeats each, and appends ONE JSON line per run to $1: the
# repeat with the lowest t_sim_s, plus t_sim_s_all (every repeat) and repeats. Raw repeat lines go to $1.raw.
# Usage: benchmarks/brian2-campaign.sh OUT.jsonl     (about 2-3 minutes on 2 idle cores)
set -u
OUT=${1:?usage: $0 OUT.jsonl}
PY=/usr/bin/python3
B=${BRIAN2_SCRIPTS:-$(cd "$(dirname "$0")/../../shared/bench/brian2" 2>/dev/null && pwd)}
REPS=${REPS:-3}
export PYTHONWARNINGS=ignore OMP_NUM_THREADS=1
best () {  # reads JSON lines on stdin, prints the one with min t_sim_s (+ t_sim_s_all, repeats)
  $PY -c 'import sys,json
rs=[json.loads(l) for l in sys.stdin if l.strip().startswith("{")]
if not rs: sys.exit(1)
b=min(rs,key=lambda r:r["t_sim_s"]); b["t_sim_s_all"]=[r["t_sim_s"] for r in rs]; b["repeats"]=len(rs)
print(json.dumps(b))'
}
one () {  # label, command...
  local label=$1; shift; local tmp; tmp=$(mktemp)
  for r in $(seq 1 $REPS); do
    nice -n 10 "$@" 2>>"$tmp.err" | tail -1 | tee -a "$OUT.raw" >> "$tmp" || echo "$label rep $r failed" >&2
  done
  if best < "$tmp" >> "$OUT"; then echo "$label: $(tail -1 "$OUT" | $PY -c 'import sys,json;r=json.loads(sys.stdin.read());print("t_sim_s", r["t_sim_s_all"])')"
  else echo "$label: NO RESULT (see $tmp.err)" >&2; fi
  rm -f "$tmp"; [ -s "$tmp.err" ] || rm -f "$tmp.err"
}
for spec in "coba 4000" "cuba 4000" "coba_bp 4000" "cobahh 4000" "coba 32000"; do
  set -- $spec
  one "$1 N=$2" $PY $B/bench_brian2.py --model $1 --N $2 --target cpp_standalone
done
one "dm" $PY $B/bench_dm.py --target cpp_standalone
