#!/usr/bin/env bash
# The window's Play measured: optex bench-ui ROUNDS times (default 3), each on a display (an Xvfb is started when
# DISPLAY is unset), then the time until the window is mapped after `java -jar target/optex.jar`.
#   bench/ui.sh [ROUNDS] [bench-ui options, e.g. --seconds 10 --warmup 10]
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${1:-3}"
shift || true
[ -f target/optex.jar ] || mvn -B -q package -DskipTests
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :97 -screen 0 1920x1080x24 >/dev/null 2>&1 &
    XVFB=$!
    trap 'kill $XVFB' EXIT
    export DISPLAY=:97
    sleep 1
fi
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
        for _ in $(seq 3000); do # at most a minute
            xwininfo -root -tree 2>/dev/null | grep -q '"Optimizer Explorer"' && break
            sleep 0.02
        done
        echo "# window mapped $(( ($(date +%s%N) - start) / 1000000 )) ms after java -jar target/optex.jar"
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    done
fi
