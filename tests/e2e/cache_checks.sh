#!/usr/bin/env bash
# The parse cache as a user meets it: same answers with or without it, a changed file always
# seen, a damaged or unwritable cache harmless, and off when asked. Run by ctest through
# tests/e2e/cases_cache.cmake as: cache_checks.sh CHECK. Environment: CTOLADDER, E2E_DATA.
set -uo pipefail
check=${1:?usage: cache_checks.sh CHECK}
: "${CTOLADDER:?}" "${E2E_DATA:?}"
export LC_ALL=C.UTF-8 COLUMNS=100
unset CTOLADDER_ROLES CTOLADDER_CACHE NO_COLOR
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache
failed=0
fail() { echo "FAIL: $*"; failed=1; }

# A folder of four roles whose files were last changed long ago, so the cache trusts them.
roles=$tmp/roles
cp -r "$E2E_DATA/growth/roles" "$roles"
touch -d '2020-01-01 00:00:00' "$roles"/*.yaml
sleep 2.1  # ctime cannot be set back: let the two-second racy window pass
ct() { "$CTOLADDER" --roles "$roles" "$@"; }
cache_files() { find "$XDG_CACHE_HOME" -name 'roles-*.cache' 2>/dev/null | wc -l; }

case $check in
same-output)
  fresh=$(ct --no-cache list --format tsv) || fail "list --no-cache"
  [ "$(cache_files)" = 0 ] || fail "--no-cache wrote a cache"
  first=$(ct list --format tsv) || fail "first list"
  [ "$(cache_files)" = 1 ] || fail "no cache file under \$XDG_CACHE_HOME/ctoladder after a list"
  second=$(ct list --format tsv 2>"$tmp/err") || fail "second list"
  [ "$fresh" = "$first" ] && [ "$first" = "$second" ] || fail "output differs with the cache"
  [ -s "$tmp/err" ] && fail "stderr on a cached run: $(cat "$tmp/err")"
  [ "$(ct search principal --format tsv)" = "$(ct --no-cache search principal --format tsv)" ] ||
    fail "search differs with the cache"
  ;;
changed-file)
  ct list --format tsv >/dev/null && ct list --format tsv >/dev/null
  file=$roles/staff-engineer.yaml
  touch -r "$file" "$tmp/stamp"
  # Same size, same mtime: only the content (and the ctime) changes.
  sed -i "s/{en: \"Staff engineer\"/{en: \"Staff enginEER\"/" "$file"
  grep -q 'Staff enginEER' "$file" || { echo "test setup: the name line was not found"; exit 1; }
  touch -r "$tmp/stamp" "$file"
  ct list --format tsv | grep -q 'Staff enginEER' || fail "a changed file was answered from the cache"
  ;;
broken-file)
  ct list >/dev/null
  printf 'id: staff-engineer\nname: [unclosed\n' >"$roles/staff-engineer.yaml"
  for run in 1 2; do
    ct list >/dev/null 2>"$tmp/err"
    status=$?
    [ "$status" = 2 ] || fail "run $run: exit $status for a broken file, expected 2"
    grep -q 'staff-engineer.yaml:[0-9]*:[0-9]*: error' "$tmp/err" ||
      fail "run $run: no FILE:LINE:COL error: $(head -3 "$tmp/err")"
  done
  ;;
damaged-cache)
  expected=$(ct list --format tsv)
  for damage in flip truncate garbage empty; do
    ct list --format tsv >/dev/null
    cache=$(find "$XDG_CACHE_HOME" -name 'roles-*.cache')
    case $damage in
    flip) printf '\x00\xff\x00\xff' | dd of="$cache" bs=1 seek=200 conv=notrunc status=none ;;
    truncate) truncate -s 300 "$cache" ;;
    garbage) head -c 5000 /dev/urandom >"$cache" ;;
    empty) : >"$cache" ;;
    esac
    out=$(ct list --format tsv 2>"$tmp/err")
    status=$?
    [ "$status" = 0 ] || fail "$damage: exit $status"
    [ "$out" = "$expected" ] || fail "$damage: output differs"
    [ -s "$tmp/err" ] && fail "$damage: stderr: $(head -3 "$tmp/err")"
  done
  ;;
unwritable-cache)
  expected=$(ct --no-cache list --format tsv)
  : >"$tmp/not-a-folder"
  out=$(XDG_CACHE_HOME=$tmp/not-a-folder ct list --format tsv 2>"$tmp/err") || fail "exit $?"
  [ "$out" = "$expected" ] || fail "output differs when the cache cannot be written"
  [ -s "$tmp/err" ] && fail "stderr: $(head -3 "$tmp/err")"
  ;;
bounded)
  # One cache file per folder, at most 32: a new folder evicts the least recently used one, and
  # a folder in use keeps its cache however many others come and go.
  ct list >/dev/null || fail "first list"
  keep=$(find "$XDG_CACHE_HOME" -name 'roles-*.cache')
  for n in $(seq 1 40); do
    mkdir -p "$tmp/many/$n"
    cp "$E2E_DATA"/user-roles/*.yaml "$tmp/many/$n/"
    touch -d '2020-01-01 00:00:00' "$tmp/many/$n"/*.yaml
  done
  sleep 2.1
  for n in $(seq 1 40); do
    "$CTOLADDER" --roles "$tmp/many/$n" list >/dev/null || fail "list with folder $n"
    # the folder in use now and then, as a user's own folder is
    [ $((n % 10)) = 0 ] && { sleep 0.01; ct list >/dev/null; }
  done
  count=$(cache_files)
  [ "$count" -le 32 ] || fail "$count cache files after 41 folders: the cache is not bounded"
  [ "$count" -ge 30 ] || fail "only $count cache files: eviction took too many"
  [ -f "$keep" ] || fail "the cache of the folder in use was evicted"
  newest=$("$CTOLADDER" --roles "$tmp/many/40" list --format tsv)
  [ -n "$newest" ] || fail "the newest folder does not list"
  ls "$XDG_CACHE_HOME"/ctoladder/*.cache.* >/dev/null 2>&1 && fail "temporary cache files are left behind"
  ;;
turned-off)
  CTOLADDER_CACHE=off ct list >/dev/null || fail "CTOLADDER_CACHE=off list"
  CTOLADDER_CACHE=0 ct validate "$roles" >/dev/null || fail "CTOLADDER_CACHE=0 validate"
  [ "$(cache_files)" = 0 ] || fail "a cache was written with CTOLADDER_CACHE off"
  ;;
*)
  echo "unknown check: $check"
  exit 1
  ;;
esac
exit $failed
