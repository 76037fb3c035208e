#!/usr/bin/env bash
# Records the classes the window loads in its first seconds, in the order it loads them, into
# src/main/resources/dev/optex/startup-classes.txt, which ClassPreload loads in the background at start-up, and as
# HotSpot's class list (with the lambdas the window creates) into src/main/resources/dev/optex/window.classlist, from
# which mvn package writes the window's class-data archive (run it again after big changes to the window; then mvn
# package). Needs xwininfo; starts an Xvfb when DISPLAY is unset.
#   bench/startup-classes.sh [SECONDS after the window is mapped, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
. bench/window.sh
ensure_display 98
log=$(mktemp)
# in this JVM (no class-data archive) and without the preload, so that the log shows what the window itself loads
java -Doptex.relaunch=false -Doptex.preload=false -Xlog:class+load:file="$log" \
    -XX:DumpLoadedClassList=src/main/resources/dev/optex/window.classlist -jar target/optex.jar >/dev/null 2>&1 &
pid=$!
wait_for_window || true
sleep "${1:-3}"
kill "$pid"
wait "$pid" 2>/dev/null || true
# classes from the jar and from the JDK's modules; those of the JDK's shared archive are loaded fast already
grep -E 'source: (jrt:/|file:.*optex\.jar)' "$log" | awk '{print $2}' > src/main/resources/dev/optex/startup-classes.txt
rm "$log"
wc -l src/main/resources/dev/optex/startup-classes.txt src/main/resources/dev/optex/window.classlist
