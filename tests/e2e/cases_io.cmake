# Reading what the user names, end to end: a file that changes under ctoladder must not hang it.

# `gap --have FILE` where FILE is swapped for a FIFO just before ctoladder opens it (an LD_PRELOAD
# shim does the swap, so the race between any check of the path and the open is hit every time).
# A blocking open would wait forever for a writer; gap must refuse the FIFO and go on.
add_library(swap_in_fifo MODULE ${CMAKE_CURRENT_LIST_DIR}/tools/swap_in_fifo.cpp)
target_link_libraries(swap_in_fifo PRIVATE ${CMAKE_DL_LIBS})
e2e_shell(gap-have-file-swapped-for-fifo [=[dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
  printf 'holds: [technical-solutions]\n' >"$dir/have.yaml"
  mkfifo "$dir/have.yaml.fifo"
  SWAP_PATH="$dir/have.yaml" LD_PRELOAD="$SWAP_SHIM" timeout 10 \
    $CTOLADDER gap architect --have "$dir/have.yaml" >"$dir/out" 2>"$dir/err"
  status=$?
  cat "$dir/err"
  [ $status -ne 124 ] || { echo "gap hung on a have file swapped for a FIFO"; exit 1; }
  [ -p "$dir/have.yaml" ] || { echo "the FIFO was not swapped in: the case tests nothing"; exit 1; }
  [ $status -eq 2 ] && [ ! -s "$dir/out" ] &&
    grep -qF "$dir/have.yaml: error: is not a regular file (a FIFO, socket or device?)" "$dir/err"]=])
set_property(TEST "e2e: gap-have-file-swapped-for-fifo" APPEND PROPERTY ENVIRONMENT
  "SWAP_SHIM=$<TARGET_FILE:swap_in_fifo>"
  # The sanitizer build links ASan, which wants to be the first library loaded; the shim is.
  "ASAN_OPTIONS=verify_asan_link_order=0")

# `site OUT_DIR` reads its list of files (.ctoladder-site) from a folder the user owns: a FIFO in
# its place is refused at once, never waited on, and nothing of the old site is touched.
e2e_shell(site-manifest-fifo [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
  $CTOLADDER site "$dir/s" >/dev/null || exit 1
  rm "$dir/s/.ctoladder-site" && mkfifo "$dir/s/.ctoladder-site"
  before=$(ls -l --time-style=+%s.%N "$dir/s" | md5sum)
  timeout 10 $CTOLADDER site "$dir/s" >"$dir/out" 2>"$dir/err"
  status=$?
  cat "$dir/err"
  [ $status -ne 124 ] || { echo "site hung on a FIFO manifest"; exit 1; }
  [ $status -eq 2 ] && [ ! -s "$dir/out" ] &&
    grep -qF "$dir/s/.ctoladder-site: is not a regular file (a FIFO, socket or device?)" "$dir/err" &&
    [ "$(ls -l --time-style=+%s.%N "$dir/s" | md5sum)" = "$before" ]]=])

# -o FILE whose extension names another format than the one written is refused (it would fill
# x.svg with text); the right --format, or an extension of the format written, is fine.
e2e_shell(output-extension-names-format [=[unset CTOLADDER_ROLES; d=$(mktemp -d); trap 'rm -rf "$d"' EXIT
  $CTOLADDER chart cto -o "$d/x.svg" >out 2>err; [ $? = 2 ] || exit 1; [ ! -e "$d/x.svg" ] || exit 1
  grep -q "^ctoladder: error: --output $d/x.svg names a svg file, but 'chart' writes text unless told$" err || { cat err; exit 1; }
  grep -q '^ctoladder: hint: add --format svg' err || exit 1
  $CTOLADDER ladder -o "$d/x.svg" 2>err; [ $? = 2 ] || exit 1
  grep -q "hint: 'ladder' cannot write svg; it takes --format text, json" err || { cat err; exit 1; }
  $CTOLADDER ladder --format json -o "$d/x.dot" 2>err; [ $? = 2 ] || exit 1; grep -q 'but --format is json' err || exit 1
  $CTOLADDER chart cto --format svg -o "$d/x.svg" && head -c 5 "$d/x.svg" | grep -q '<' || exit 1
  $CTOLADDER ladder --format dot -o "$d/ladder.gv" && grep -q '^digraph' "$d/ladder.gv" || exit 1
  $CTOLADDER ladder -o "$d/ladder.txt" && grep -q 'RANK' "$d/ladder.txt" || exit 1
  $CTOLADDER ladder -o "$d/ladder.out" || exit 1]=])
