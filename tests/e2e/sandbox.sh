# Sourced by the *_checks.sh scripts: a private home, data and cache folder, removed on exit;
# fail() to record a failure; on_tty to see ctoladder as a terminal shows it.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache HOME=$tmp/home
mkdir -p "$HOME"

failed=0
fail() { echo "FAIL: $*"; failed=1; }

# sandbox_tty COLS ARGS...: `ctoladder ARGS` on a pseudo-terminal COLS wide (script(1)); what
# the terminal shows. Variables set before the call (NO_COLOR=1 sandbox_tty ...) reach
# ctoladder. on_tty is it, unless a script defines its own on top.
sandbox_tty() {
  local cols=$1
  shift
  TERM=xterm timeout -s KILL 60 \
    script -qec "stty cols $cols rows 50; $(printf '%q ' "$CTOLADDER" "$@")" /dev/null \
    </dev/null 2>&1 | tr -d '\r'
}
on_tty() { sandbox_tty "$@"; }
