#!/usr/bin/env bash
# optex bench beside PyTorch on the same workloads, on this machine, in one run:
#   bench/compare.sh [ROUNDS]
# Builds the jar if needed, then for each session runs `optex bench` and bench/pytorch_bench.py (PyTorch at its best of
# 1 and 2 threads) ROUNDS times (default 2), alternating, keeps each side's best median, and prints a Markdown table
# with the speedup (PyTorch time / optex time).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-2}"
PYTHON=/usr/bin/python3
[ -f target/optex.jar ] || mvn -B -q package -DskipTests
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), \
$(java -version 2>&1 | head -1), PyTorch $($PYTHON -c 'import torch; print(torch.__version__)' 2>/dev/null)"
echo

# session, steps per repeat for optex, steps per repeat for PyTorch: a repeat takes 0.2-0.4 s on either side (a
# short repeat is easily swallowed whole by a burst of other work on a shared machine, and the median with it)
for spec in "bench/seed.json 200000 2000" "bench/big-1e6.json 100 50"; do
    set -- $spec
    name=$(basename "$1" .json)
    for round in $(seq "$ROUNDS"); do
        java -jar target/optex.jar bench "$1" --steps "$2" > "$OUT/$name.optex.$round"
        $PYTHON bench/pytorch_bench.py "$1" --steps "$3" > "$OUT/$name.torch.$round"
    done
done

$PYTHON - "$OUT" <<'PY'
import csv, glob, os, sys
out = sys.argv[1]
print("| workload | run | params | optex µs/step | PyTorch µs/step (threads) | speedup |")
print("|---|---|---:|---:|---:|---:|")
for name in ("seed", "big-1e6"):
    best = {}
    for side in ("optex", "torch"):
        for path in sorted(glob.glob(os.path.join(out, "%s.%s.*" % (name, side)))):
            for row in csv.DictReader(open(path)):
                key = (side, row["run"])
                us = float(row["us_per_step"])
                if key not in best or us < best[key][0]:
                    best[key] = (us, row["params"], row.get("threads", ""))
    for (side, run), (us, params, _) in best.items():
        if side != "optex":
            continue
        t_us, _, threads = best[("torch", run)]
        print("| %s | %s | %s | %.2f | %.1f (%s) | %.1fx |" % (name, run, params, us, t_us, threads, t_us / us))
PY
