#!/usr/bin/env bash
# Memory soak: four runs on the seed problem, a million recorded steps each, in a 512 MB heap (dev.optex.bench.Soak).
#   bench/soak.sh [STEPS]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
    -Dexec.args="-Xmx512m -cp %classpath dev.optex.bench.Soak ${1:-1000000}"
