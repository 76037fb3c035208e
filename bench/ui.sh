#!/usr/bin/env bash
# The window's Play measured: optex bench-ui ROUNDS times (default 3), each on a display (an Xvfb is started when
# DISPLAY is unset), then the time until the window is mapped after `java -jar target/optex.jar`.
#   bench/ui.sh [ROUNDS] [bench-ui options, e.g. --seconds 10 --warmup 10]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
shift || true
[ -f target/optex.jar ] || mvn -B -q package -DskipTests
. bench/window.sh
ensure_display 97
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), \
$(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$ROUNDS"); do
    java -jar target/optex.jar bench-ui "$@" 2> >(sed 's/^/# /' >&2) | if [ "$round" = 1 ]; then cat; else tail -n 1; fi
done
if command -v xwininfo >/dev/null; then
    for round in $(seq "$ROUNDS"); do
        start=$(date +%s%N)
        java -jar target/optex.jar >/dev/null 2>&1 &
        pid=$!
        wait_for_window || true
        echo "# window mapped $(( ($(date +%s%N) - start) / 1000000 )) ms after java -jar target/optex.jar"
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    done
fi
