#!/usr/bin/env bash
# Checks for installing ctoladder like a real tool: man page, completions, user role folder,
# `new`, `where`, `schema`, the pager, `cmake --install` and the .deb. Run by ctest through
# tests/e2e/cases_install.cmake as: install_checks.sh CHECK
# Environment: CTOLADDER (the built binary), SOURCE_DIR, BUILD_DIR. Exit 77 means "skipped".
set -uo pipefail
check=${1:?usage: install_checks.sh CHECK}
: "${CTOLADDER:?}" "${SOURCE_DIR:?}" "${BUILD_DIR:?}"
export LC_ALL=C.UTF-8 COLUMNS=100
unset CTOLADDER_ROLES NO_COLOR PAGER
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A user role folder of our own, never the real one.
export XDG_DATA_HOME=$tmp/data HOME=$tmp/home
mkdir -p "$HOME"

failed=0
fail() { echo "FAIL: $*"; failed=1; }
skip() { echo "SKIP: $*"; exit 77; }
python() { if [ -x /usr/bin/python3 ]; then /usr/bin/python3 "$@"; else python3 "$@"; fi; }

# A folder with one role of our own, staff-engineer, made by `new`, with an overlay `remote`.
make_user_folder() {
  mkdir -p "$1"
  "$CTOLADDER" new staff-engineer --from senior-engineer --output "$1/staff-engineer.yaml" >/dev/null ||
    fail "new --output $1/staff-engineer.yaml"
  cat >>"$1/staff-engineer.yaml" <<'YAML'
overlays:
  remote:
    axis: variant
    summary: {en: "A team spread over time zones.", zh: "分布在多个时区的团队。"}
    source: {article: our-ladder.md, section: Staff engineer}
    set: {coding: part}
YAML
  "$CTOLADDER" validate "$1" >/dev/null || fail "the user folder $1 does not validate"
}

# complete_in SHELL LINE...: types each LINE and Tab into SHELL's real completion (zsh on a
# pseudo-terminal, fish with `complete -C`) with the scripts of completions/ loaded and the
# binary on PATH as `ctoladder`; prints "LINE<TAB>CANDIDATES" per LINE.
complete_in() {
  local shell=$1
  shift
  mkdir -p "$tmp/bin" && ln -sf "$CTOLADDER" "$tmp/bin/ctoladder"
  case $shell in
    zsh) PATH="$tmp/bin:$PATH" zsh -f "$SOURCE_DIR/tests/e2e/zsh_complete.zsh" \
           --fpath "$SOURCE_DIR/completions" "$@" ;;
    fish) PATH="$tmp/bin:$PATH" fish --no-config "$SOURCE_DIR/tests/e2e/fish_complete.fish" \
            "$SOURCE_DIR/completions/ctoladder.fish" "$@" ;;
  esac
}

# Candidates as a sorted, space-separated set; a folder's trailing '/' (fish) does not count.
candidate_set() { tr ' ' '\n' <<<"$1" | sed 's,/$,,' | grep -v '^$' | sort | tr '\n' ' ' | sed 's/ $//'; }

# expect_completions SHELL [DIR]: reads "LINE => WANT" lines on stdin and completes each LINE in
# SHELL, run in DIR. WANT is the set of candidates (any order), "(none)" for no candidate,
# "+WORD..." words that must be among them, "-WORD..." words that must not.
expect_completions() {
  local shell=$1 dir=${2:-.} entry lines=() wants=() line want got status i=0 word
  while IFS= read -r entry; do
    [ -n "$entry" ] || continue
    lines+=("${entry%% => *}")
    wants+=("${entry#* => }")
  done
  (cd "$dir" && complete_in "$shell" "${lines[@]}") >"$tmp/got" 2>"$tmp/got-err"
  status=$?
  [ $status != 77 ] || skip "$(cat "$tmp/got-err")"
  [ $status = 0 ] || { fail "$shell completion failed (exit $status): $(cat "$tmp/got-err")"; return; }
  while IFS=$'\t' read -r line got; do
    want=${wants[i]}
    [ "$line" = "${lines[i]}" ] || fail "$shell: answer $i is for '$line', not '${lines[i]}'"
    i=$((i + 1))
    got=$(candidate_set "$got")
    case $want in
      +*) for word in ${want#+}; do
            [[ " $got " == *" $word "* ]] || fail "$shell: completing '$line': '$word' not in '$got'"
          done ;;
      -*) for word in ${want#-}; do
            [[ " $got " != *" $word "* ]] || fail "$shell: completing '$line' offers '$word'"
          done ;;
      "(none)") [ -z "$got" ] || fail "$shell: completing '$line': got '$got', want nothing" ;;
      *) [ "$got" = "$(candidate_set "$want")" ] ||
           fail "$shell: completing '$line': got '$got', want '$want'" ;;
    esac
  done <"$tmp/got"
  [ $i = ${#lines[@]} ] || fail "$shell: $i answers for ${#lines[@]} lines"
}

# What zsh and fish must complete, in three settings: --roles on the command line,
# CTOLADDER_ROLES, and the user role folder with file and folder names.
shell_completion() {
  local shell=$1
  command -v "$shell" >/dev/null || skip "$shell is not installed"
  make_user_folder "$tmp/mine"
  cp -r "$tmp/mine" "$HOME/mine" && cp -r "$tmp/mine" "$HOME/my roles"
  expect_completions "$shell" <<EOF
ctoladder comp => compare
ctoladder describe ar => architect
ctoladder describe c => cto chief-architect
ctoladder describe co => coder
ctoladder describe cto@ => cto@startup cto@enterprise cto@us cto@china
ctoladder describe cto@st => cto@startup
ctoladder describe cto@startup, => cto@startup,china
ctoladder compare architect ct => cto
ctoladder compare architect cto  => (none)
ctoladder describe nobody@ => (none)
ctoladder  => +list describe compare diff search ladder path gap chart validate where new schema
ctoladder  => -__complete
ctoladder list --format m => markdown
ctoladder ladder --format m => markdown mermaid
ctoladder list --format  => +text json yaml tsv markdown
ctoladder compare a b --format  => -dot
ctoladder help c => compare chart
ctoladder --format=js => --format=json
ctoladder describe cto --lang z => zh
ctoladder --color n => never
ctoladder search x --track m => management
ctoladder search x --domain arch => architecture
ctoladder describe cto --variant  => startup enterprise
ctoladder describe -- => +--sources --no-pager --format
ctoladder describe sta => (none)
ctoladder --roles $tmp/mine describe sta => staff-engineer
ctoladder --roles $tmp/mine describe staff-engineer@ => staff-engineer@remote
ctoladder describe --roles $tmp/mine staff-engineer@r => staff-engineer@remote
ctoladder --roles ~/mine describe sta => staff-engineer
ctoladder --roles ~/my\ roles describe sta => staff-engineer
ctoladder --roles '$HOME/my roles' describe sta => staff-engineer
ctoladder describe -- ar => architect
ctoladder -- describe ar => architect
ctoladder --no-pager -- describe cto@u => cto@us
EOF
  CTOLADDER_ROLES=$tmp/mine expect_completions "$shell" <<EOF
ctoladder compare sta => staff-engineer
ctoladder compare cto staff-engineer@ => staff-engineer@remote
ctoladder new lead --from sta => staff-engineer
EOF
  mkdir -p "$XDG_DATA_HOME/ctoladder" "$tmp/cwd/sub" && touch "$tmp/cwd/file.yaml" "$tmp/cwd/sf.yaml"
  cp -r "$tmp/mine" "$XDG_DATA_HOME/ctoladder/roles"
  expect_completions "$shell" "$tmp/cwd" <<EOF
ctoladder where sta => staff-engineer
ctoladder describe staff-engineer@ => staff-engineer@remote
ctoladder validate fi => file.yaml
ctoladder validate s => sf.yaml sub
ctoladder gap cto --have fi => file.yaml
ctoladder gap cto --have product-req => product-requirements-intake
ctoladder --roles s => sub
EOF
  rm -rf "$XDG_DATA_HOME/ctoladder/roles"
}

# The man page source with roff escapes for '-' and fonts taken out.
man_text() { sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(em/ /g' "$SOURCE_DIR/docs/ctoladder.1"; }

case $check in
man-covers)
  table=$("$CTOLADDER" __complete --commands) || fail "__complete --commands"
  [ -n "$table" ] || fail "__complete --commands printed nothing"
  text=$(man_text)
  while IFS=$'\t' read -r -a fields; do
    for name in "${fields[@]}"; do
      # Whole words only: --color must not be found inside --colour.
      grep -qE -- "(^|[^-a-z])${name}([^-a-z]|$)" <<<"$text" ||
        fail "docs/ctoladder.1 does not mention '$name' (from: ${fields[0]})"
    done
  done <<<"$table"
  for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "ROLE REFERENCES" ENVIRONMENT FILES \
      "EXIT STATUS"; do
    grep -q "^\.SH \"\?$section" "$SOURCE_DIR/docs/ctoladder.1" || fail "no section $section"
  done
  for word in CTOLADDER_ROLES XDG_DATA_HOME LANG LC_ALL LC_MESSAGES COLUMNS NO_COLOR PAGER \
      'ROLE[@OVERLAY[,OVERLAY...]]'; do
    grep -qF -- "$word" <<<"$text" || fail "docs/ctoladder.1 does not mention $word"
  done
  ;;

man-renders)
  command -v groff >/dev/null || skip "groff is not installed (package groff-base)"
  LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$SOURCE_DIR/docs/ctoladder.1" 2>"$tmp/groff" ||
    fail "groff failed"
  [ ! -s "$tmp/groff" ] || { fail "groff warns:"; cat "$tmp/groff"; }
  if command -v man >/dev/null; then
    MANWIDTH=80 man --warnings -l "$SOURCE_DIR/docs/ctoladder.1" >"$tmp/man" 2>"$tmp/man-err" ||
      fail "man -l failed"
    [ ! -s "$tmp/man-err" ] || { fail "man warns:"; cat "$tmp/man-err"; }
    grep -q "ctoladder" "$tmp/man" || fail "man -l shows nothing"
    # Typos that render: a word twice ("a site site wrote"), an option glued to its value
    # (".RB ( \-\-format json" gives "(--formatjson").
    words=$(col -b <"$tmp/man" | tr -s ' \n' ' ')
    twice=$(grep -oE "\b([a-z]+) \1\b" <<<"$words") && fail "a word twice: $twice"
    glued=$(grep -oE -- "--format[a-z]+" <<<"$words") && fail "an option glued to its value: $glued"
    # FILES is true for any install prefix: no path there is fixed to /usr (issue 14).
    files=$(col -bx <"$tmp/man" | tr -s " " | sed -n "/^FILES/,/^EXIT STATUS/p")
    grep -q "PREFIX/share/ctoladder/roles/" <<<"$files" || fail "FILES does not say PREFIX/share/ctoladder/roles/"
    grep -q "PREFIX is where ctoladder was installed" <<<"$files" || fail "FILES does not say what PREFIX is"
    ! grep -n "/usr/share" <<<"$files" || fail "FILES names /usr/share, true only for one prefix"
  fi
  ;;

bash-completion)
  make_user_folder "$tmp/mine"
  source "$SOURCE_DIR/completions/ctoladder.bash" || fail "sourcing ctoladder.bash"
  complete -p ctoladder >/dev/null || fail "ctoladder.bash does not register a completion"
  # complete LINE WORD...: COMP_WORDS as bash splits LINE (it breaks words at '@' and '='),
  # the cursor at the end of LINE; prints COMPREPLY space-separated.
  complete_line() {
    local line=$1
    shift
    COMP_WORDS=("$CTOLADDER" "$@") COMP_CWORD=$# COMP_LINE="$CTOLADDER$line"
    COMP_POINT=${#COMP_LINE} COMPREPLY=()
    _ctoladder
    echo "${COMPREPLY[*]}"
  }
  expect() {  # expect WANT LINE WORD...
    local want=$1 got
    shift
    got=$(complete_line "$@")
    [ "$got" = "$want" ] || fail "completing 'ctoladder$1': got '$got', want '$want'"
  }
  expect_has() {  # expect_has WORD LINE WORD...: WORD is among the candidates
    local want=$1 got
    shift
    got=" $(complete_line "$@") "
    [[ $got == *" $want "* ]] || fail "completing 'ctoladder$1': '$want' not in '$got'"
  }
  expect "compare" " comp" comp
  expect "architect" " describe ar" describe ar
  expect "startup enterprise us china" " describe cto@" describe cto @
  expect "startup" " describe cto@st" describe cto @ st
  expect "startup,china" " describe cto@startup," describe cto @ startup,
  # With bash-completion loaded (hostcomplete off) '@' is no word break: cto@ is one word.
  COMP_WORDBREAKS=${COMP_WORDBREAKS//@/} expect "cto@startup cto@enterprise cto@us cto@china" \
    " describe cto@" describe cto@
  expect "cto" " compare architect ct" compare architect ct
  expect "" " compare architect cto " compare architect cto ""
  expect "--ids" " list --i" list --i
  expect "json" " --format=js" --format = js
  expect "zh" " describe cto --lang z" describe cto --lang z
  expect "never" " --color n" --color n
  expect "management" " search x --track m" search x --track m
  expect "startup enterprise" " describe cto --variant " describe cto --variant ""
  expect "staff-engineer" " --roles $tmp/mine describe sta" --roles "$tmp/mine" describe sta
  expect "remote" " --roles $tmp/mine describe staff-engineer@" --roles "$tmp/mine" describe \
    staff-engineer @
  # Folders as typed: ~ and quotes are the shell's, and the command gets them expanded.
  cp -r "$tmp/mine" "$HOME/mine" && cp -r "$tmp/mine" "$HOME/my roles"
  expect "staff-engineer" " --roles ~/mine describe sta" --roles "~/mine" describe sta
  expect "staff-engineer" " --roles ~/my\\ roles describe sta" --roles "~/my\\ roles" describe sta
  expect "staff-engineer" " --roles '$HOME/my roles' describe sta" --roles "'$HOME/my roles'" \
    describe sta
  expect "staff-engineer" " --roles=\"$HOME/my roles\" describe sta" --roles = "\"$HOME/my roles\"" \
    describe sta
  expect "architect" " describe -- ar" describe -- ar
  expect "architect" " -- describe ar" -- describe ar
  expect "" " describe sta" describe sta
  expect "" " __complete " __complete ""
  for format in text json yaml tsv markdown; do
    expect_has "$format" " --format " --format ""
  done
  for command in list describe compare diff search ladder validate where new schema; do
    expect_has "$command" " " ""
  done
  [[ " $(complete_line " " "") " != *" __complete "* ]] || fail "__complete is offered"
  expect_has "--sources" " describe --" describe --
  expect_has "--no-pager" " describe --" describe --
  expect_has "architecture" " search x --domain " search x --domain ""
  expect_has "coder" " describe co" describe co
  # CTOLADDER_ROLES and the user role folder count too.
  CTOLADDER_ROLES=$tmp/mine expect "staff-engineer" " compare sta" compare sta
  CTOLADDER_ROLES=$tmp/mine expect "remote" " compare cto staff-engineer@" compare cto \
    staff-engineer @
  mkdir -p "$XDG_DATA_HOME/ctoladder"
  cp -r "$tmp/mine" "$XDG_DATA_HOME/ctoladder/roles"
  expect "staff-engineer" " where sta" where sta
  # Paths: files for validate, folders for --roles.
  mkdir -p "$tmp/cwd/sub" && touch "$tmp/cwd/file.yaml"
  (cd "$tmp/cwd" && expect "file.yaml" " validate fi" validate fi) || failed=1
  (cd "$tmp/cwd" && expect "file.yaml" " gap cto --have fi" gap cto --have fi) || failed=1
  (cd "$tmp/cwd" && expect "product-requirements-intake" " gap cto --have product-req" gap cto \
    --have product-req) || failed=1
  (cd "$tmp/cwd" && expect "sub" " --roles s" --roles s) || failed=1
  ;;

shells-parse)
  bash -n "$SOURCE_DIR/completions/ctoladder.bash" || fail "bash -n ctoladder.bash"
  ran=bash
  if command -v zsh >/dev/null; then
    zsh -n "$SOURCE_DIR/completions/_ctoladder" || fail "zsh -n _ctoladder"
    ran+=" zsh"
  fi
  if command -v fish >/dev/null; then
    fish -n "$SOURCE_DIR/completions/ctoladder.fish" || fail "fish -n ctoladder.fish"
    ran+=" fish"
  fi
  echo "checked: $ran"
  ;;

zsh-completion)
  shell_completion zsh
  ;;

fish-completion)
  shell_completion fish
  ;;

new)
  folder=$XDG_DATA_HOME/ctoladder/roles
  file=$folder/staff-engineer.yaml
  "$CTOLADDER" new staff-engineer --from senior-engineer >"$tmp/out" 2>"$tmp/err" ||
    fail "new into the user folder: $(cat "$tmp/err")"
  [ -f "$file" ] || fail "new did not write $file"
  grep -qF "$file" "$tmp/out" || fail "new does not say where it wrote"
  "$CTOLADDER" validate "$file" >/dev/null 2>"$tmp/err" || fail "validate: $(cat "$tmp/err")"
  "$CTOLADDER" validate >/dev/null 2>"$tmp/err" || fail "validate (library in use): $(cat "$tmp/err")"
  # The user folder is read by itself: the new role is there at once.
  "$CTOLADDER" describe staff-engineer >"$tmp/out" 2>&1 || fail "describe staff-engineer"
  grep -q "Staff engineer" "$tmp/out" || fail "describe does not show the new role"
  ls -A "$folder" | grep -v '^staff-engineer.yaml$' && fail "temporary files left in $folder"
  # Never overwrite without --force: exit 2, a clear message, the old file intact.
  echo "# edited by hand" >>"$file"
  cp "$file" "$tmp/before"
  "$CTOLADDER" new staff-engineer --from architect >"$tmp/out" 2>"$tmp/err"
  status=$?
  [ $status = 2 ] || fail "new over an existing file: exit $status, want 2"
  grep -q "already exists" "$tmp/err" || fail "no clear message: $(cat "$tmp/err")"
  grep -q -- "--force" "$tmp/err" || fail "the message does not mention --force"
  [ ! -s "$tmp/out" ] || fail "stdout is not empty on error"
  cmp -s "$file" "$tmp/before" || fail "the existing file was changed"
  ls -A "$folder" | grep -v '^staff-engineer.yaml$' && fail "temporary files left in $folder"
  # --force replaces it, atomically.
  "$CTOLADDER" new staff-engineer --from architect --force >/dev/null 2>"$tmp/err" ||
    fail "new --force: $(cat "$tmp/err")"
  grep -q "^extends: architect" "$file" || fail "--force did not replace the file"
  # --output, JSON, the file validates against the schema too.
  mkdir -p "$tmp/out-dir"
  "$CTOLADDER" new lead-dev --from "Tech-Manager" --output "$tmp/out-dir/lead-dev.yaml" \
    --format json >"$tmp/json" || fail "new --output --format json"
  python -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["id"]=="lead-dev" and d["extends"]=="tech-manager", d' \
    "$tmp/json" || fail "new --format json"
  "$CTOLADDER" validate "$tmp/out-dir" >/dev/null 2>"$tmp/err" || fail "validate --output file: $(cat "$tmp/err")"
  if python -c 'import jsonschema, yaml' 2>/dev/null; then
    "$CTOLADDER" schema >"$tmp/schema.json"
    python - "$tmp/schema.json" "$tmp/out-dir/lead-dev.yaml" "$file" <<'PY' || fail "starter files do not match the schema"
import json, sys, yaml, jsonschema
schema = json.load(open(sys.argv[1]))
for path in sys.argv[2:]:
    jsonschema.validate(yaml.safe_load(open(path, encoding="utf-8")), schema)
PY
  fi
  # Bad input: exit 2, nothing written.
  "$CTOLADDER" new Bad_Id --from cto --output "$tmp/out-dir/Bad_Id.yaml" 2>/dev/null
  [ $? = 2 ] || fail "an invalid id is not exit 2"
  "$CTOLADDER" new x --from no-such-role --output "$tmp/out-dir/x.yaml" 2>/dev/null
  [ $? = 2 ] || fail "an unknown base is not exit 2"
  "$CTOLADDER" new x --from cto --output "$tmp/out-dir/y.yaml" 2>/dev/null
  [ $? = 2 ] || fail "a file not named after the id is not exit 2"
  # Its own id: a refinement of the built-in role, which validates as written.
  "$CTOLADDER" new cto --from cto --output "$tmp/out-dir/cto.yaml" >"$tmp/refine.out" || fail "new cto --from cto fails"
  grep -q "refining <built-in>/cto.yaml" "$tmp/refine.out" || fail "new cto --from cto: $(cat "$tmp/refine.out")"
  "$CTOLADDER" validate "$tmp/out-dir/cto.yaml" >/dev/null || fail "the refinement does not validate"
  rm "$tmp/out-dir/cto.yaml"
  [ ! -e "$tmp/out-dir/x.yaml" ] && [ ! -e "$tmp/out-dir/y.yaml" ] || fail "files written on error"
  # An unwritable folder: exit 3, no file.
  if [ "$(id -u)" != 0 ]; then
    mkdir -p "$tmp/ro" && chmod 555 "$tmp/ro"
    "$CTOLADDER" new x --from cto --output "$tmp/ro/x.yaml" 2>/dev/null
    [ $? = 3 ] || fail "an unwritable folder is not exit 3"
  fi
  ;;

where)
  "$CTOLADDER" where cto >"$tmp/out" || fail "where cto"
  grep -qF "<built-in>/cto.yaml" "$tmp/out" || fail "where cto: $(cat "$tmp/out")"
  # A user-folder role replacing a built-in one, found by alias.
  mkdir -p "$XDG_DATA_HOME/ctoladder/roles"
  cp "$SOURCE_DIR/roles/architect.yaml" "$XDG_DATA_HOME/ctoladder/roles/architect.yaml"
  "$CTOLADDER" where architect --format json >"$tmp/json" || fail "where --format json"
  python - "$tmp/json" "$XDG_DATA_HOME/ctoladder/roles/architect.yaml" <<'PY' || fail "where json: $(cat "$tmp/json")"
import json, sys
role = json.load(open(sys.argv[1]))["roles"][0]
assert role["id"] == "architect", role
assert role["file"] == sys.argv[2], role
assert role["replaces"] == "<built-in>/architect.yaml", role
PY
  "$CTOLADDER" where architect >"$tmp/out"
  grep -qF "<built-in>/architect.yaml" "$tmp/out" || fail "where text lacks what it replaced"
  # CTOLADDER_ROLES comes after the user folder, so it wins.
  make_user_folder "$tmp/env"
  cp "$XDG_DATA_HOME/ctoladder/roles/architect.yaml" "$tmp/env/architect.yaml"
  CTOLADDER_ROLES=$tmp/env "$CTOLADDER" where architect staff-engineer --format tsv >"$tmp/tsv"
  [ "$(head -1 "$tmp/tsv")" = "$(printf 'id\tfile\treplaces\trefines\textends')" ] || fail "where tsv header: $(head -1 "$tmp/tsv")"
  printf 'architect\t%s\t%s\nstaff-engineer\t%s\t\n' "$tmp/env/architect.yaml" \
    "$XDG_DATA_HOME/ctoladder/roles/architect.yaml" "$tmp/env/staff-engineer.yaml" >"$tmp/want"
  tail -n +2 "$tmp/tsv" | cut -f1-3 >"$tmp/got"
  cmp -s "$tmp/got" "$tmp/want" || { fail "where with CTOLADDER_ROLES:"; diff "$tmp/want" "$tmp/got"; }
  # Every role, by default (after the header row).
  n=$("$CTOLADDER" where --format tsv | tail -n +2 | wc -l)
  [ "$n" = "$("$CTOLADDER" list --ids | wc -l)" ] || fail "where without roles lists $n roles"
  "$CTOLADDER" where no-such-role 2>/dev/null
  [ $? = 2 ] || fail "where no-such-role is not exit 2"
  ;;

schema)
  "$CTOLADDER" schema >"$tmp/schema.json" || fail "schema"
  cmp -s "$tmp/schema.json" "$SOURCE_DIR/docs/role.schema.json" ||
    fail "ctoladder schema differs from docs/role.schema.json, which the build embeds (cmake/EmbedSchema.cmake)"
  "$CTOLADDER" schema --format yaml | python -c 'import sys, yaml; assert yaml.safe_load(sys.stdin)["definitions"]' ||
    fail "schema --format yaml"
  python -c 'import jsonschema, yaml' 2>/dev/null ||
    skip "python3-jsonschema or python3-yaml is not installed"
  python - "$tmp/schema.json" "$SOURCE_DIR"/roles/*.yaml <<'PY' || fail "role files do not match the schema"
import json, sys, yaml, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.validators.validator_for(schema).check_schema(schema)
validator = jsonschema.validators.validator_for(schema)(schema)
bad = 0
for path in sys.argv[2:]:
    errors = list(validator.iter_errors(yaml.safe_load(open(path, encoding="utf-8"))))
    for e in errors:
        print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message[:300]}")
    bad += bool(errors)
# The schema must also reject what ctoladder rejects.
for wrong in ({"id": "x", "name": {"en": "X"}},                # zh missing, no extends
              {"id": "Bad Id", "extends": "cto"},
              {"id": "x", "extends": "cto", "rank": 0},
              {"id": "x", "extends": "cto", "nmae": {"en": "X", "zh": "X"}},
              {"domains": [{"id": "d", "name": {"en": "D", "zh": "D"}}]}):
    if validator.is_valid(wrong):
        print("schema accepts", wrong)
        bad += 1
sys.exit(1 if bad else 0)
PY
  ;;

pager)
  command -v script >/dev/null || skip "script(1) is not installed (package bsdutils)"
  # run_tty FILE ARGS...: ctoladder on a terminal, with a pager that saves what it is given.
  run_tty() {
    local saved=$1
    shift
    rm -f "$saved"
    PAGER="cat > '$saved'" LINES=5 script -qec "$(printf '%q ' "$CTOLADDER" "$@")" /dev/null \
      >"$tmp/tty" 2>&1 </dev/null
  }
  run_tty "$tmp/paged" list
  [ -s "$tmp/paged" ] && grep -q programmer "$tmp/paged" || fail "long text on a terminal is not paged"
  run_tty "$tmp/paged" list --no-pager
  [ ! -e "$tmp/paged" ] || fail "--no-pager still pages"
  grep -q programmer "$tmp/tty" || fail "--no-pager shows nothing"
  run_tty "$tmp/paged" --no-pager list
  [ ! -e "$tmp/paged" ] || fail "--no-pager before the command still pages"
  run_tty "$tmp/paged" list --format json
  [ ! -e "$tmp/paged" ] || fail "json is paged"
  run_tty "$tmp/paged" list --ids --format tsv
  [ ! -e "$tmp/paged" ] || fail "tsv is paged"
  run_tty "$tmp/paged" describe --help
  [ ! -e "$tmp/paged" ] || fail "help is paged"
  PAGER="cat > '$tmp/paged'" LINES=1000 script -qec "$(printf '%q ' "$CTOLADDER" list)" /dev/null >/dev/null 2>&1 </dev/null
  [ ! -e "$tmp/paged" ] || fail "short output is paged"
  PAGER="cat > '$tmp/paged'" LINES=5 "$CTOLADDER" list >"$tmp/out"
  [ ! -e "$tmp/paged" ] || fail "output to a file is paged"
  # A pager that does not exist: the output is shown all the same.
  PAGER=no-such-pager-ctoladder LINES=5 script -qec "$(printf '%q ' "$CTOLADDER" list)" /dev/null \
    >"$tmp/tty" 2>&1 </dev/null
  grep -q programmer "$tmp/tty" || fail "a missing pager loses the output"
  ;;

cmake-install)
  cmake --install "$BUILD_DIR" --prefix "$tmp/prefix" >"$tmp/log" 2>&1 ||
    { cat "$tmp/log"; fail "cmake --install --prefix"; }
  for f in bin/ctoladder share/man/man1/ctoladder.1.gz share/bash-completion/completions/ctoladder \
      share/zsh/vendor-completions/_ctoladder share/fish/vendor_completions.d/ctoladder.fish \
      share/ctoladder/roles/cto.yaml share/ctoladder/roles/domains.yaml \
      share/ctoladder/role.schema.json share/doc/ctoladder/LICENSE share/doc/ctoladder/copyright \
      share/ctoladder/schemas/compare.schema.json share/ctoladder/schemas/list.schema.json; do
    [ -e "$tmp/prefix/$f" ] || fail "cmake --install --prefix: no $f"
  done
  n=$(ls "$tmp/prefix/share/ctoladder/schemas" | wc -l)
  [ "$n" = "$(ls "$SOURCE_DIR"/docs/schemas/*.schema.json | wc -l)" ] || fail "installed $n output schemas"
  [ -x "$tmp/prefix/bin/ctoladder" ] || fail "the installed binary is not executable"
  "$tmp/prefix/bin/ctoladder" --version | grep -q "^ctoladder " || fail "the installed binary does not run"
  # The man page's FILES section names what a user may look for.
  text=$(man_text)
  for f in share/ctoladder/roles/ share/ctoladder/role.schema.json share/ctoladder/schemas/ \
      share/bash-completion/completions/ctoladder share/zsh/vendor-completions/_ctoladder \
      share/fish/vendor_completions.d/ctoladder.fish; do
    grep -q -- "PREFIX \?/$f" <<<"$text" || fail "the man page's FILES does not name PREFIX/$f"
  done
  n=$(ls "$tmp/prefix/share/ctoladder/roles" | wc -l)
  [ "$n" = "$(ls "$SOURCE_DIR"/roles/*.yaml | wc -l)" ] || fail "installed $n role files"
  if command -v man >/dev/null; then
    MANWIDTH=80 man -l "$tmp/prefix/share/man/man1/ctoladder.1.gz" 2>/dev/null | grep -q "EXIT STATUS" ||
      fail "the installed man page does not read"
    MANPATH=$tmp/prefix/share/man man -w ctoladder >/dev/null 2>&1 || fail "man -w does not find it"
  fi
  # DESTDIR: everything under it, nothing outside.
  DESTDIR=$tmp/stage cmake --install "$BUILD_DIR" --prefix /opt/ctoladder-test >"$tmp/log" 2>&1 ||
    { cat "$tmp/log"; fail "DESTDIR=... cmake --install"; }
  [ -x "$tmp/stage/opt/ctoladder-test/bin/ctoladder" ] || fail "DESTDIR: no bin/ctoladder"
  [ -e "$tmp/stage/opt/ctoladder-test/share/man/man1/ctoladder.1.gz" ] || fail "DESTDIR: no man page"
  [ ! -e /opt/ctoladder-test ] || fail "DESTDIR: files outside it"
  ;;

deb-build)
  command -v dpkg-deb >/dev/null || skip "dpkg-deb is not installed"
  command -v dpkg-shlibdeps >/dev/null || skip "dpkg-shlibdeps is not installed (package dpkg-dev)"
  out=$BUILD_DIR/package-test
  rm -rf "$out"
  mkdir -p "$out"
  (cd "$out" && cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$out") >"$tmp/log" 2>&1 ||
    { cat "$tmp/log"; fail "cpack -G DEB"; exit 1; }
  deb=$(ls "$out"/ctoladder_*.deb 2>/dev/null | head -1)
  [ -n "$deb" ] || { cat "$tmp/log"; fail "cpack made no ctoladder_*.deb"; exit 1; }
  dpkg-deb -c "$deb" >"$tmp/contents" || fail "dpkg-deb -c"
  for f in ./usr/bin/ctoladder ./usr/share/man/man1/ctoladder.1.gz \
      ./usr/share/bash-completion/completions/ctoladder ./usr/share/zsh/vendor-completions/_ctoladder \
      ./usr/share/fish/vendor_completions.d/ctoladder.fish ./usr/share/doc/ctoladder/copyright \
      ./usr/share/ctoladder/roles/cto.yaml ./usr/share/ctoladder/role.schema.json \
      ./usr/share/ctoladder/schemas/describe.schema.json; do
    grep -qE -- " ${f//./\\.}\$" "$tmp/contents" || fail "the .deb lacks $f"
  done
  grep -qE -- "^-rwxr-xr-x .* \./usr/bin/ctoladder$" "$tmp/contents" || fail "bin/ctoladder is not 755"
  dpkg-deb -I "$deb" >"$tmp/info" || fail "dpkg-deb -I"
  for field in "Package: ctoladder" "Section: utils" "Maintainer: " "Description: " "Depends: .*libc6" \
      "Depends: .*libstdc\+\+6"; do
    grep -qE "^ ?$field" "$tmp/info" || fail "dpkg-deb -I has no '$field'"
  done
  # Debian policy 5.6.2: the name, then the address in angle brackets.
  grep -qE '^ Maintainer: [^<>@]*[^<>@ ] <[^<>@ ]+@[^<>@ ]+\.[^<>@ ]+>$' "$tmp/info" ||
    fail "Maintainer is not 'Name <address>': $(grep Maintainer "$tmp/info")"
  grep -q '@localhost>' "$tmp/info" && fail "Maintainer is the old placeholder address"
  # Debian's own policy checker. The package has no changelog yet (lintian: no-changelog).
  if command -v lintian >/dev/null; then
    lintian --fail-on error,warning --suppress-tags no-changelog "$deb" >"$tmp/lintian" 2>&1 ||
      { fail "lintian:"; grep -v "root privileges" "$tmp/lintian"; }
  else
    echo "lintian is not installed: the policy check did not run"
  fi
  cat "$tmp/info"
  ;;

deb-maintainer)
  # Whoever builds a package for others names themselves: -DCTOLADDER_MAINTAINER, or Debian's
  # DEBFULLNAME and DEBEMAIL. Configure-only builds: no compiling.
  maintainer_of() {  # maintainer_of DIR [CMAKE ARGS...]: the Maintainer the package would get
    local dir=$1
    shift
    cmake -S "$SOURCE_DIR" -B "$dir" -DCTOLADDER_TESTS=OFF "$@" >"$dir.log" 2>&1 ||
      { cat "$dir.log"; fail "configuring $dir"; return; }
    sed -n 's/^set(CPACK_DEBIAN_PACKAGE_MAINTAINER "\(.*\)")$/\1/p' "$dir/CPackConfig.cmake"
  }
  got=$(unset DEBEMAIL DEBFULLNAME; maintainer_of "$tmp/default")
  [ "$got" = "ctoladder developers <dev@ctoladder.invalid>" ] || fail "default Maintainer: '$got'"
  got=$(maintainer_of "$tmp/option" "-DCTOLADDER_MAINTAINER=Jane Doe <jane@example.org>")
  [ "$got" = "Jane Doe <jane@example.org>" ] || fail "-DCTOLADDER_MAINTAINER: '$got'"
  got=$(DEBFULLNAME="Li Lei" DEBEMAIL=li@example.cn maintainer_of "$tmp/env")
  [ "$got" = "Li Lei <li@example.cn>" ] || fail "DEBFULLNAME and DEBEMAIL: '$got'"
  # A build folder configured before the placeholder was replaced moves to the new default.
  got=$(unset DEBEMAIL DEBFULLNAME
        maintainer_of "$tmp/old" "-DCTOLADDER_MAINTAINER=ctoladder developers <ctoladder@localhost>")
  [ "$got" = "ctoladder developers <dev@ctoladder.invalid>" ] || fail "the old placeholder stays: '$got'"
  maintainer_of "$tmp/bad" -DCTOLADDER_MAINTAINER=me >/dev/null
  grep -q "CTOLADDER_MAINTAINER is 'me', not 'Name <address>'" "$tmp/bad.log" ||
    fail "no warning for a Maintainer without an address"
  ;;

deb-install)
  command -v dpkg >/dev/null || skip "dpkg is not installed"
  [ "$(id -u)" = 0 ] || skip "installing a .deb needs root"
  deb=$(ls "$BUILD_DIR"/package-test/ctoladder_*.deb 2>/dev/null | head -1)
  [ -n "$deb" ] || skip "no .deb to install ('package: deb-build' makes it)"
  # One dpkg at a time, and never touch a ctoladder someone installed for real.
  exec 9>/tmp/ctoladder-deb-test.lock
  flock -w 300 9 || skip "another dpkg test holds the lock"
  if dpkg-query -W -f '${Status}' ctoladder 2>/dev/null | grep -q "ok installed"; then
    skip "a ctoladder package is already installed; not replacing it"
  fi
  trap 'dpkg -r ctoladder >/dev/null 2>&1; rm -rf "$tmp"' EXIT
  dpkg -i "$deb" >"$tmp/log" 2>&1 || { cat "$tmp/log"; fail "dpkg -i"; exit 1; }
  /usr/bin/ctoladder --version | grep -q "^ctoladder " || fail "the installed ctoladder does not run"
  /usr/bin/ctoladder describe cto@startup >/dev/null || fail "the installed ctoladder cannot describe"
  dpkg -L ctoladder | grep -q "^/usr/share/man/man1/ctoladder.1.gz$" || fail "dpkg -L: no man page"
  # Minimal images may tell dpkg to leave man pages out (path-exclude in dpkg.cfg.d).
  if command -v man >/dev/null && [ -e /usr/share/man/man1/ctoladder.1.gz ]; then
    man -w ctoladder | grep -q "/usr/share/man/man1/ctoladder.1.gz" || fail "man -w ctoladder"
  elif ! grep -qs "path-exclude.*/usr/share/man" /etc/dpkg/dpkg.cfg.d/*; then
    fail "the man page was not installed"
  fi
  # Tab completion from where the package put the scripts, as a new shell finds them: no
  # fpath or source of our own, and the installed ctoladder first on PATH.
  export PATH=/usr/bin:$PATH
  if [ -r /usr/share/bash-completion/bash_completion ]; then
    got=$(bash -c 'source /usr/share/bash-completion/bash_completion
      __load_completion ctoladder || exit
      # bash-completion turns hostcomplete off, which takes @ out of COMP_WORDBREAKS: one word.
      [[ $COMP_WORDBREAKS != *@* ]] || { echo "@ is still a word break"; exit; }
      COMP_WORDS=(ctoladder describe cto@) COMP_CWORD=2 COMP_LINE="ctoladder describe cto@"
      COMP_POINT=${#COMP_LINE}
      _ctoladder
      echo "${COMPREPLY[*]}"' 2>&1)
    [ "$got" = "cto@startup cto@enterprise cto@us cto@china" ] ||
      fail "bash (bash-completion's loader): got '$got'"
  fi
  if command -v zsh >/dev/null; then
    got=$(zsh -f "$SOURCE_DIR/tests/e2e/zsh_complete.zsh" "ctoladder describe cto@" 2>&1)
    [ "$got" = $'ctoladder describe cto@\tcto@startup cto@enterprise cto@us cto@china' ] ||
      fail "zsh (default fpath): got '$got'"
  fi
  if command -v fish >/dev/null; then
    mkdir -p "$tmp/fish-config"
    got=$(XDG_CONFIG_HOME=$tmp/fish-config fish "$SOURCE_DIR/tests/e2e/fish_complete.fish" - \
      "ctoladder describe cto@" 2>&1)
    [ "$got" = $'ctoladder describe cto@\tcto@china cto@enterprise cto@startup cto@us' ] ||
      fail "fish (vendor_completions.d): got '$got'"
  fi
  # The schema at the path the README gives editors, and the role files installed next to it.
  if python -c 'import jsonschema, yaml' 2>/dev/null; then
    python - /usr/share/ctoladder/role.schema.json /usr/share/ctoladder/roles/*.yaml <<'PY' ||
import json, sys, yaml, jsonschema
schema = json.load(open(sys.argv[1]))
for path in sys.argv[2:]:
    jsonschema.validate(yaml.safe_load(open(path, encoding="utf-8")), schema)
PY
      fail "the installed role files do not match the installed schema"
  fi
  dpkg -r ctoladder >"$tmp/log" 2>&1 || { cat "$tmp/log"; fail "dpkg -r"; }
  [ ! -e /usr/bin/ctoladder ] || fail "dpkg -r left /usr/bin/ctoladder"
  ;;

*)
  echo "install_checks.sh: unknown check '$check'" >&2
  exit 2
  ;;
esac
[ $failed = 0 ] && echo "ok: $check"
exit $failed
