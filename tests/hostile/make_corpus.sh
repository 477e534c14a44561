#!/usr/bin/env bash
# Builds hostile inputs into a work folder.
#
# usage: make_corpus.sh OUT_DIR [INPUT...]
#
# An INPUT is the `input` column of expectations.tsv. A static input (tests/hostile/cases/INPUT,
# a file or a folder) is copied as it is; any other input is made by the gen_INPUT function
# below (dashes become underscores): inputs that cannot sensibly be committed (huge, binary,
# FIFOs, symlinks, unreadable, thousands of files). Without INPUTs every input of the manifest
# is built (gen_NAME makes the input NAME or NAME.yaml). An input that cannot be built here (e.g. an unreadable file when running as root
# without /proc) leaves OUT_DIR/.skip-INPUT holding the reason, and the runner skips its cases.
#
# Sizes can be raised for a stress run (defaults keep the whole corpus a few seconds):
#   HOSTILE_MANY_FILES   files in the many-files library      (default 5000; the issue's worst
#                        case is 100000 - see tests/hostile/README.md for why not by default)
#   HOSTILE_CHAIN        length of the extends chain          (default 3000)
#   HOSTILE_OVERLAYS     overlays in one role file            (default 2000)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cases=$here/cases
out=${1:?usage: make_corpus.sh OUT_DIR [INPUT...]}
shift
mkdir -p "$out"
cd "$out"

valid=$cases/valid-role.yaml
MANY_FILES=${HOSTILE_MANY_FILES:-5000}
CHAIN=${HOSTILE_CHAIN:-3000}
OVERLAYS=${HOSTILE_OVERLAYS:-2000}
MIB=1048576  # the loader's per-file limit (LoadLimits::max_file_bytes)

skip() { printf '%s\n' "$2" >".skip-$1"; }

# `repeat N TEXT`: TEXT N times, without a shell loop.
repeat() { (yes -- "$2" || true) | head -n "$1" | tr -d '\n'; }

# --- encodings and line endings -------------------------------------------------------------
# A role that must load cleanly is named after its file (id: NAME in NAME.yaml).
named() { sed "s/^id: hostile-role\$/id: $1/" "$valid"; }
gen_bom_valid() { { printf '\xef\xbb\xbf'; named bom-valid; } >bom-valid.yaml; }
gen_bom_error() { { printf '\xef\xbb\xbf'; cat "$cases/duplicate-key.yaml"; } >bom-error.yaml; }
gen_crlf_valid() { named crlf-valid | sed 's/$/\r/' >crlf-valid.yaml; }
gen_crlf_error() { sed 's/$/\r/' "$cases/duplicate-key.yaml" >crlf-error.yaml; }
gen_nul_byte() {  # a NUL inside name.en on line 3
  sed 's/^name: {en: Hostile Role/name: {en: Hostile\x00Role/' "$valid" >nul-byte.yaml
}
gen_invalid_utf8() {  # Latin-1 e-acute (0xe9) in summary.en on line 7
  sed 's/^summary: {en: A role/summary: {en: A r\xe9le/' "$valid" >invalid-utf8.yaml
}
gen_utf16_file() {  # what "Save as Unicode" produces: UTF-16LE with a byte-order mark
  if command -v iconv >/dev/null; then
    iconv -f UTF-8 -t UTF-16LE "$valid" | { printf '\xff\xfe'; cat; } >utf16-file.yaml
  else
    printf '\xff\xfei\x00d\x00:\x00 \x00x\x00\n\x00' >utf16-file.yaml
  fi
}
gen_binary_file() {  # a PNG header followed by bytes 0x00..0xff
  # shellcheck disable=SC2059  # the format is the byte to print
  { printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR'; for i in $(seq 0 255); do printf "\\x$(printf %02x "$i")"; done; } >binary-file.yaml
}

# --- nesting and size bombs ---------------------------------------------------------------------
gen_depth_bomb_seq() { { printf 'id: '; repeat 100000 '['; printf '\n'; } >depth-bomb-seq.yaml; }
gen_depth_bomb_map() { { repeat 100000 '{a: '; printf '\n'; } >depth-bomb-map.yaml; }
gen_depth_bomb_block() {  # 1400 levels of block indentation (0.98 MB; block style grows as n^2)
  { printf 'id: deep\n'; for ((i = 0; i < 1400; i++)); do printf '%*sa:\n' "$i" ''; done; } >depth-bomb-block.yaml
}
gen_file_100mib() { truncate -s 100M file-100mib.yaml; }  # sparse: no disk, same st_size
gen_file_over_limit() { { printf 'id: '; head -c $((MIB - 3)) /dev/zero | tr '\0' a; } >file-over-limit.yaml; }  # MIB + 1 bytes
gen_line_1mib() {  # exactly the 1 MiB limit: one line holding a 1 MiB id
  { printf 'id: '; head -c $((MIB - 5)) /dev/zero | tr '\0' a; printf '\n'; } >line-1mib.yaml
}
gen_node_bomb() {  # 1 MB, under the limit: a flow list of 500,001 one-letter aliases
  # 256 KiB: yaml-cpp needs ~0.8 s of CPU per MiB of one-letter nodes on an idle machine (its
  # own cost, README: Limits), and CPU time grows on a loaded one; a quarter keeps the 1 s budget.
  { printf 'id: node-bomb\naliases: ['; repeat 125000 'a,'; printf 'a]\n'; } >node-bomb.yaml
}
gen_many_errors() {  # 1 MB: 250,000 list items, each its own error
  { printf 'id: many-errors\nresponsibilities:\n'; (yes -- '- 1' || true) | head -n 250000; } >many-errors.yaml
}
gen_overlay_pairs() {  # a valid role with many overlays, alternating axes (every pair composes)
  {
    named overlay-pairs
    printf 'overlays:\n'
    for ((i = 0; i < OVERLAYS; i++)); do
      printf '  o%d: {axis: %s, summary: {en: s, zh: s}, source: {article: t.txt, section: T}}\n' \
        "$i" "$([ $((i % 2)) = 0 ] && echo variant || echo profile)"
    done
  } >overlay-pairs.yaml
}
gen_extends_chain() {  # c0 extends programmer, c1 extends c0, ... c$CHAIN
  mkdir extends-chain
  printf 'id: c0\nextends: programmer\nresponsibilities: []\n' >extends-chain/c0.yaml
  for ((i = 1; i <= CHAIN; i++)); do
    printf 'id: c%d\nextends: c%d\nresponsibilities: []\n' "$i" $((i - 1)) >"extends-chain/c$i.yaml"
  done
}
gen_many_files() {  # a library of $MANY_FILES tiny, valid roles
  mkdir many-files
  for ((i = 1; i <= MANY_FILES; i++)); do
    printf 'id: r%d\nextends: programmer\nresponsibilities: []\n' "$i" >"many-files/r$i.yaml"
  done
}

# --- odd file-system objects ----------------------------------------------------------------
gen_fifo() { mkfifo fifo.yaml; }
gen_fifo_in_folder() { mkdir fifo-in-folder; cp "$valid" fifo-in-folder/hostile-role.yaml; mkfifo fifo-in-folder/pipe.yaml; }
gen_dangling_symlink() { ln -s no-such-target.yaml dangling-symlink.yaml; }
gen_symlink_loop() { mkdir symlink-loop; ln -s b.yaml symlink-loop/a.yaml; ln -s a.yaml symlink-loop/b.yaml; }
gen_directory_named_yaml() { mkdir -p directory-named-yaml/x.yaml; cp "$valid" directory-named-yaml/hostile-role.yaml; }
gen_unreadable_file() {
  mkdir unreadable-file
  cp "$valid" unreadable-file/hostile-role.yaml
  printf 'id: secret-role\n' >unreadable-file/secret.yaml
  chmod 000 unreadable-file/secret.yaml
  if cat unreadable-file/secret.yaml >/dev/null 2>&1; then
    # Root (or CAP_DAC_OVERRIDE) reads through chmod 000. /proc/self/mem is a regular file that
    # nobody can read at offset 0 (EIO), root included: link to it instead.
    rm -f unreadable-file/secret.yaml
    if [ -e /proc/self/mem ] && ! head -c 1 /proc/self/mem >/dev/null 2>&1; then
      ln -s /proc/self/mem unreadable-file/secret.yaml
    else
      skip unreadable-file "running as root (chmod 000 does not stop reads) and /proc/self/mem is not usable"
    fi
  fi
}

# --- terminal safety --------------------------------------------------------------------------
gen_terminal_raw() {  # the terminal role with raw ESC, BEL and U+202E bytes in the file itself
  mkdir terminal-raw
  sed -e 's/\\x1b/\x1b/g; s/\\x07/\x07/g; s/\\u202E/\xe2\x80\xae/g; s/\\u202C/\xe2\x80\xac/g' \
    "$cases/terminal-roles/evil-role.yaml" >terminal-raw/evil-role.yaml
}
gen_terminal_filename() {  # a file name and an id that try to set the window title
  mkdir terminal-filename
  printf '# hostile: a bad id that carries an escape sequence\nid: "x\\x1b]0;pwned\\x07"\n' \
    >"terminal-filename/bad"$'\x1b]0;pwned\x07'".yaml"
}

build() {
  local input=$1
  [ -e "$input" ] && return 0
  if [ -e "$cases/$input" ]; then
    cp -R "$cases/$input" "$input"
    return 0
  fi
  local fn=${input%.yaml}
  fn="gen_${fn//-/_}"
  if ! declare -F "$fn" >/dev/null; then
    echo "make_corpus.sh: no static case or generator for input '$input'" >&2
    return 1
  fi
  "$fn"
}

if [ $# = 0 ]; then
  # Every input named in the manifest (column 2).
  mapfile -t inputs < <(grep -v '^#' "$here/expectations.tsv" | grep -v '^$' | cut -f2 | grep -vx -- '-' | sort -u)
  set -- "${inputs[@]}"
fi
for input in "$@"; do
  [ "$input" = "-" ] && continue
  build "$input"
done
