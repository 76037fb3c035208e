# Sourced by the bench scripts that open the window.

# Starts an Xvfb on display :$1 (and stops it on exit) when DISPLAY is unset.
ensure_display() {
    if [ -z "${DISPLAY:-}" ]; then
        Xvfb ":$1" -screen 0 1920x1080x24 >/dev/null 2>&1 &
        XVFB=$!
        trap 'kill $XVFB' EXIT
        export DISPLAY=":$1"
        sleep 1
    fi
}

# Waits (at most a minute) until a window titled "Optimizer Explorer" is mapped.
wait_for_window() {
    for _ in $(seq 3000); do
        xwininfo -root -tree 2>/dev/null | grep -q '"Optimizer Explorer"' && return 0
        sleep 0.02
    done
    return 1
}
