#!/usr/bin/env bash
# Records the classes the window loads in its first seconds, in the order it loads them, into
# src/main/resources/dev/optex/startup-classes.txt, which ClassPreload loads in the background at start-up (run it
# again after big changes to the window; then mvn package). Needs xwininfo; starts an Xvfb when DISPLAY is unset.
#   bench/startup-classes.sh [SECONDS after the window is mapped, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
if [ -z "${DISPLAY:-}" ]; then
    Xvfb :98 -screen 0 1920x1080x24 >/dev/null 2>&1 &
    XVFB=$!
    trap 'kill $XVFB' EXIT
    export DISPLAY=:98
    sleep 1
fi
log=$(mktemp)
# without the preload, so that the log shows what the window itself loads
java -Doptex.preload=false -Xlog:class+load:file="$log" -jar target/optex.jar >/dev/null 2>&1 &
pid=$!
for _ in $(seq 3000); do # at most a minute
    xwininfo -root -tree 2>/dev/null | grep -q '"Optimizer Explorer"' && break
    sleep 0.02
done
sleep "${1:-3}"
kill "$pid"
wait "$pid" 2>/dev/null || true
# classes from the jar and from the JDK's modules; those of the JDK's shared archive are loaded fast already
grep -E 'source: (jrt:/|file:.*optex\.jar)' "$log" | awk '{print $2}' > src/main/resources/dev/optex/startup-classes.txt
rm "$log"
wc -l src/main/resources/dev/optex/startup-classes.txt
