# Help and parse errors as a user sees them: gh-style help built from the command table (byte for
# byte at the 100 columns expect.sh sets), and every kind of command-line mistake answered in the
# house style, `ctoladder: error: ...` and `ctoladder: hint: usage: ...`, with exit code 2.
set(HELP_GOLDEN ${E2E_DATA}/golden/help)
set(ERROR_GOLDEN ${E2E_DATA}/golden/errors)
set(HELP_CHECKS ${CMAKE_CURRENT_LIST_DIR}/help_checks.sh)

# --- help: ctoladder and every command ---
e2e(help-golden-main --empty-err --golden ${HELP_GOLDEN}/main.txt -- help)
foreach(command list describe compare diff search ladder path gap chart site validate where new schema help)
  e2e(help-golden-${command} --empty-err --golden ${HELP_GOLDEN}/${command}.txt -- help ${command})
endforeach()
# Every command in the table has its help checked above.
e2e_shell(help-every-command-has-golden [=[
  for c in $($CTOLADDER __complete --commands | tail -n +2 | cut -f1); do
    [ -f "$E2E_DATA/golden/help/$c.txt" ] || { echo "no golden help for $c"; exit 1; }
  done]=])
# A bare `ctoladder` is a usage error: the help on stderr, nothing on stdout.
e2e(help-bare --exit 2 --empty-out --err-golden ${HELP_GOLDEN}/main.txt -- )
# Only the formats the command takes; no CLI11 jargon anywhere.
e2e(help-formats-compare --out "Output format: text, json, yaml, tsv or markdown (default: text)"
    --not-out "dot" --not-out "svg" -- compare --help)
e2e(help-formats-ladder --out "Output format: text, json, yaml, tsv, markdown, dot or mermaid" -- ladder --help)
e2e(help-formats-chart --out "Output format: text, json, yaml, tsv, markdown or svg" -- chart --help)
e2e_shell(help-no-parser-jargon [=[
  for c in "" $($CTOLADDER __complete --commands | tail -n +2 | cut -f1); do
    out=$($CTOLADDER help $c) || exit 1
    if grep -nE 'TEXT:|FLOAT|INT:|\{|\(2x\)|Subcommands:|Options:|REQUIRED|Positionals:' <<<"$out"; then
      echo "parser jargon in help $c"; exit 1
    fi
  done]=])

function(help_check check)
  add_test(NAME "e2e: help-${check}" COMMAND bash ${HELP_CHECKS} ${check})
  set_tests_properties("e2e: help-${check}" PROPERTIES
    ENVIRONMENT "CTOLADDER=$<TARGET_FILE:ctoladder>;TOOLS=${E2E_DATA}/tools" SKIP_RETURN_CODE 77 TIMEOUT 600)
endfunction()
help_check(width)
help_check(pipe)
help_check(same-text)
help_check(examples-run)

# --- parse errors, exactly as shown ---
# error-case(NAME ARGS...): stderr equals golden/errors/NAME.txt, stdout is empty, exit 2.
function(error_case name)
  e2e(parse-${name} --exit 2 --empty-out --err-golden ${ERROR_GOLDEN}/${name}.txt -- ${ARGN})
endfunction()
error_case(unknown-flag list --formt json)
error_case(unknown-flag-equals list --formt=json)
error_case(unknown-flag-one-dash -format json list)
error_case(unknown-flag-before-command --formt json list)
error_case(flag-of-another-command describe cto -o x.txt)
error_case(command-flag-before-command --ids list)
error_case(unknown-flag-far list --zzzzzz)
error_case(too-many-arguments describe cto architect)
error_case(too-many-arguments-none list foo)
error_case(too-few-arguments compare cto)
error_case(no-argument describe)
error_case(at-least-one chart)
error_case(missing-value list --format)
error_case(missing-value-free gap cto --have)
error_case(bad-value list --format xml)
error_case(bad-value-suggest list --format jsn)
error_case(bad-value-before --format jsn list)
error_case(bad-lang --lang fr list)
error_case(bad-track search code --track manager)
error_case(bad-number gap cto --min abc)
error_case(number-out-of-range gap cto --min 200)
error_case(unknown-command lst)
error_case(unknown-command-help help lst)
error_case(output-is-format-name ladder -o json)
error_case(picture-not-drawn compare architect cto --format dot)
# An empty value after '=' is a missing value, not a reason to take the next word as the value;
# a switch given a value it cannot read says so (CLI11's words were "1 required INT missing",
# "Could not convert").
error_case(empty-value list --width=)
error_case(empty-value-before-flag list --width= --format tsv)
error_case(switch-with-value list --no-header=maybe)
# A near miss of a flag another command has: named, with what this command does instead.
error_case(near-flag-of-another-command list --ouput x)

# --- flags that behave as in ls, grep, rg and git ---
# A bare --color means always, even into a pipe; --color never and --color=never still work.
e2e_shell(color-bare-escapes [=[out=$($CTOLADDER list --color) && grep -q $'\e\[' <<<"$out"]=])
e2e_shell(color-bare-before-command [=[out=$($CTOLADDER --color list) && grep -q $'\e\[' <<<"$out"]=])
e2e_shell(color-never-value [=[out=$($CTOLADDER --color never list) && ! grep -q $'\e' <<<"$out" && grep -q programmer <<<"$out"]=])
e2e_shell(color-equals-never [=[out=$($CTOLADDER list --color=never) && ! grep -q $'\e' <<<"$out"]=])
# A repeated flag takes the last value.
e2e(repeat-last-format --empty-err --golden ${E2E_DATA}/golden/list.tsv -- list --format json --format tsv)
e2e(repeat-last-lang --empty-err --out "名称" --not-out "NAME" -- list --lang en --lang zh)
# Repeatable flags keep every value, and take one word each: `--via A B` is a via and a role.
e2e(repeat-via-keeps-all --empty-err --out "architect" -- path programmer cto --via senior-engineer --via architect)
e2e(via-takes-one-word --empty-err --out "architect" -- path programmer --via architect cto)
# -o NAME-OF-A-FORMAT is refused unless forced; a path that says so is a file.
e2e_shell(output-format-name-forced [=[d=$(mktemp -d) && cd "$d" &&
  $CTOLADDER ladder -o json --force && [ -s json ] && ! grep -q '^{' json &&
  $CTOLADDER ladder --format dot -o ./svg && grep -q digraph svg && rm -rf "$d"]=])
