#!/usr/bin/env bash
# Runs the JMH benchmarks of the core (src/test/java/dev/optex/bench); arguments go to JMH, e.g.
#   bench/jmh.sh                                  # everything (about 15 minutes)
#   bench/jmh.sh Landscape                        # benchmarks whose name matches
#   bench/jmh.sh Optimizer -p size=1000000 -f 1   # JMH options: -p param=value, -wi, -i, -f, -rf json
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
    -Dexec.args="-cp %classpath org.openjdk.jmh.Main $*"
