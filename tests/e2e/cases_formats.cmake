# Every command in every output format: the output must be well-formed for its format, text must
# fit the terminal width, colour must appear only when asked for, and the data formats must be
# stable. The checkers live in data/tools/ (a --check argument must not hold a ';', which CMake
# would take as a list separator).

# e2e_shell with a time limit, so that a case that hangs (a pager waiting on a terminal, say)
# fails instead of stalling the run. (Defined the same way in each case file that uses it.)
function(e2e_sh name script)
  e2e_shell(${name} "${script}")
  set_tests_properties("e2e: ${name}" PROPERTIES TIMEOUT 300)
endfunction()

set(TOOLS ${E2E_DATA}/tools)
set(JQ1 ${TOOLS}/jq1)   # jq -e that also fails on empty output

# The commands of the matrix: FMT_<key> holds the arguments, FMT_EXIT_<key> a non-zero exit.
set(FMT_KEYS list ids describe compare diff search ladder validate)
set(FMT_list list)
set(FMT_ids list --ids)
set(FMT_describe describe cto@startup,china)
set(FMT_compare compare architect cto)
set(FMT_diff diff cto@china cto@us)
set(FMT_EXIT_diff 1)
set(FMT_search search code)
set(FMT_ladder ladder)
set(FMT_validate validate)

# text: something the command must say.
set(TEXT_list "Chief Technology Officer  executive")
set(TEXT_ids "head-of-engineering")
set(TEXT_describe "cto@startup,china — Chief Technology Officer")
set(TEXT_compare "architect (Architect) ⟷ cto (Chief Technology Officer)")
set(TEXT_diff "@@ Alignment & delivery @@")
set(TEXT_search "hands-on-coding")
set(ERR_search "10 matches for 'code'")  # on stderr, never on stdout
set(TEXT_ladder "Steps, and their basis")
set(TEXT_validate "no problems.")

# json: the top-level keys, in this order, and a fact about the content.
set(KEYS_list [=[["schema_version","roles"]]=])
set(KEYS_ids [=[["schema_version","ids"]]=])
set(KEYS_describe [=[["schema_version","id","reference","name","aliases","rank","track","scope","years","team_size","coding","summary","purpose","rank_basis","next","next_steps","guidance","combinations","languages","overlays","applied","file","sources","responsibilities","extends","extends_chain","refines","inherited_fields"]]=])
set(KEYS_compare [=[["schema_version","a","b","fields","domains","summary"]]=])
set(KEYS_diff [=[["schema_version","a","b","fields","domains","summary"]]=])
set(KEYS_search [=[["schema_version","query","count","hits","distinct","duties"]]=])
set(KEYS_ladder [=[["schema_version","rungs","forks"]]=])
set(KEYS_validate [=[["schema_version","ok","paths","summary","problems"]]=])
set(JQ_list [=[.roles | length == 8 and .[0].id == "programmer" and (.[0] | keys_unsorted) == ["id","name","aliases","rank","track","scope","years","team_size","coding","overlays"]]=])
set(JQ_ids [=[.ids | length == 8 and .[0] == "programmer" and .[-1] == "cto"]=])
set(JQ_describe [=[.reference == "cto@startup,china" and .applied == ["startup","china"] and (.responsibilities[0] | keys_unsorted) == ["id","domain","text","how","source","also","inherited_from"]]=])
set(JQ_compare [=[.a == "architect" and .summary.only_b == 62 and (.fields[0] | keys_unsorted) == ["field","a","b","differs"] and (.fields[] | select(.field == "track") | [.a, .b]) == ["individual-contributor","executive"]]=])
set(JQ_diff [=[.summary.identical == false and .b == "cto@us"]=])
set(JQ_search [=[.count == (.hits | length) and .count > 0 and (.hits[0] | keys_unsorted) == ["role","domain","id","kind","text"] and .hits[0].kind == "field" and ([.hits[] | select(.domain != null) | .kind] | unique) == ["responsibility"]]=])
set(JQ_ladder [=[.rungs | length == 6 and .[0].rank == 6]=])
set(JQ_validate [=[.ok == true and .summary.errors == 0]=])

# tsv: the number of fields in every row, and the fewest rows (the header row included).
set(TSV_list 5 9)
set(TSV_ids 1 9)
set(TSV_describe 6 61)
set(TSV_compare 5 71)
set(TSV_diff 4 11)
set(TSV_search 4 3)
set(TSV_ladder 5 9)
set(TSV_validate 5 1)   # the header, then one row per problem: none for the built-in library

# markdown: what must be present (heading, table, fence); validate is a single paragraph.
set(MD_list table)
set(MD_ids table)
set(MD_describe heading table)
set(MD_compare heading table)
set(MD_diff fence)
set(MD_search table)
set(MD_ladder heading table)
set(MD_validate "")

# No '[' either: an unbalanced bracket makes CMake glue the following list elements together.
set(NO_ESC [=[! grep -q $'\e']=])
set(HAS_ESC [=[grep -qP '\x1b\x5b']=])

foreach(key IN LISTS FMT_KEYS)
  set(args ${FMT_${key}})
  set(exit 0)
  if(DEFINED FMT_EXIT_${key})
    set(exit ${FMT_EXIT_${key}})
  endif()
  # What text and markdown put on stderr: nothing, but search's count (a summary, not data).
  set(report_err --empty-err)
  if(DEFINED ERR_${key})
    set(report_err --err "${ERR_${key}}" --not-out "${ERR_${key}}")
  endif()
  # The matrix. Data formats are asked for colour and must not carry any.
  e2e(fmt-${key}-text --exit ${exit} ${report_err} --out "${TEXT_${key}}" --check "${NO_ESC}" -- ${args} --format text)
  e2e(fmt-${key}-json --exit ${exit} --empty-err --check "${JQ1}" --check "${JQ1} '${JQ_${key}}'"
      --check "${JQ1} 'keys_unsorted == ${KEYS_${key}}'" --check "${NO_ESC}" -- ${args} --format json --color always)
  e2e(fmt-${key}-yaml --exit ${exit} --empty-err --check "python3 ${TOOLS}/check_yaml.py" --check "${NO_ESC}"
      -- ${args} --format yaml --color always)
  list(JOIN TSV_${key} " " tsv)
  list(JOIN MD_${key} " " md)
  e2e(fmt-${key}-tsv --exit ${exit} --empty-err --check "python3 ${TOOLS}/check_tsv.py ${tsv}"
      --check "${NO_ESC}" -- ${args} --format tsv --color always)
  if(key STREQUAL "validate")
    # validate reports problems (stderr, or the data formats): it refuses markdown, not ignores it.
    e2e(fmt-${key}-md --exit 2 --empty-out --err "ctoladder: error: 'validate' cannot write --format markdown"
        --err "ctoladder: hint: 'validate' takes --format text, json, yaml, tsv" -- ${args} --format markdown)
  else()
    e2e(fmt-${key}-md --exit ${exit} ${report_err} --check "python3 ${TOOLS}/check_markdown.py ${md}"
        --check "${NO_ESC}" -- ${args} --format markdown --color always)
  endif()

  # Text fits a 60-column terminal, Chinese (two columns a character) included.
  foreach(lang en zh)
    e2e(width-${key}-${lang} --exit ${exit} --env COLUMNS=60 --check "python3 ${TOOLS}/check_width.py 60"
        -- ${args} --lang ${lang})
  endforeach()

  # Colour: never means none, in every command.
  e2e(color-never-${key} --exit ${exit} --out "${TEXT_${key}}" --check "${NO_ESC}" -- ${args} --color never)

  # The data formats are stable: the same bytes on every run, whatever the language or width,
  # and the yaml loads back to exactly the json (values, types and key order).
  list(JOIN args " " line)
  e2e_sh(json-stable-${key} "unset CTOLADDER_ROLES
    a=\$($CTOLADDER ${line} --format json) ; b=\$($CTOLADDER ${line} --format json)
    c=\$(COLUMNS=40 $CTOLADDER ${line} --format json --lang zh)
    [ -n \"\$a\" ] && [ \"\$a\" = \"\$b\" ] && [ \"\$a\" = \"\$c\" ]")
  e2e_sh(yaml-is-json-${key} "unset CTOLADDER_ROLES
    python3 \$E2E_DATA/tools/same_data.py <($CTOLADDER ${line} --format json) <($CTOLADDER ${line} --format yaml)")

  # --no-header: the tsv without its header row, every other byte the same (and no error).
  e2e_sh(no-header-tsv-${key} "unset CTOLADDER_ROLES
    with=\$($CTOLADDER ${line} --format tsv | tail -n +2; echo .) ; without=\$($CTOLADDER ${line} --format tsv --no-header 2>&1; echo .)
    [ \"\$with\" = \"\$without\" ] && [ \"\$($CTOLADDER ${line} --format tsv | head -1)\" != \"\$(head -1 <<<\"\$without\")\" ]")
endforeach()

# --no-header with text: tables without their column names, the rows as they were. With the
# formats that have no header (json, yaml, markdown, the pictures) it is refused, in house style.
e2e(no-header-text-list --not-out "TRACK" --out "programmer" --check "head -1 | grep -q '^programmer '"
    -- list --no-header --width 200)
e2e_sh(no-header-text-rows [=[unset CTOLADDER_ROLES
  diff <($CTOLADDER where --width 0 | tail -n +2) <($CTOLADDER where --width 0 --no-header)]=])
e2e(no-header-before-command --check "head -1 | grep -q '^programmer	'" -- --no-header list --format tsv)
e2e_sh(no-header-to-file [=[unset CTOLADDER_ROLES
  f=$(mktemp) && $CTOLADDER ladder --format tsv --no-header -o "$f" && diff <($CTOLADDER ladder --format tsv | tail -n +2) "$f"
  s=$? ; rm -f "$f" ; exit $s]=])
e2e(no-header-json --exit 2 --empty-out
    --err "ctoladder: error: --no-header: --format json has no header to leave out"
    --err "ctoladder: hint: --no-header works with --format tsv and text" -- list --format json --no-header)
e2e(no-header-yaml --exit 2 --empty-out --err "--format yaml has no header to leave out"
    -- describe cto --no-header --format yaml)
e2e(no-header-markdown --exit 2 --empty-out
    --err "ctoladder: error: --no-header: --format markdown has no header to leave out"
    --err "ctoladder: hint: a markdown table needs its header row" -- compare architect cto --format markdown --no-header)
e2e(no-header-picture --exit 2 --empty-out --err "--format dot has no header to leave out"
    -- ladder --format dot --no-header)
e2e(no-header-zh --exit 2 --empty-out
    --err "ctoladder: error: --no-header：--format json 没有可省略的表头"
    --err "ctoladder: hint: --no-header 适用于 --format tsv 和 text" -- list --format json --no-header --lang zh)
e2e(no-header-help --out "--no-header" --out "Leave out the header: the first row of tsv" -- list --help)
e2e(no-header-complete --out "--no-header" -- __complete list --no-h)

# Colour is on for a terminal (auto), off with NO_COLOR or TERM=dumb, and always is always.
# A pseudo-terminal comes from script(1); without it the case is skipped. PAGER=cat keeps
# long output from going through a pager that would wait for keys.
set(STYLED list describe compare diff search ladder)
foreach(key IN LISTS STYLED)
  list(JOIN FMT_${key} " " line)
  set(exit 0)
  if(DEFINED FMT_EXIT_${key})
    set(exit ${FMT_EXIT_${key}})
  endif()
  e2e(color-always-${key} --exit ${exit} --check "${HAS_ESC}" -- ${FMT_${key}} --color always)
  e2e_sh(color-tty-${key} "command -v script >/dev/null || exit 77
    unset NO_COLOR CTOLADDER_ROLES
    out=\$(PAGER=cat TERM=xterm timeout -s KILL 60 script -qec \"\$CTOLADDER ${line}\" /dev/null)
    grep -q \$'\\e\\[' <<<\"\$out\"")
  e2e_sh(color-nocolor-${key} "command -v script >/dev/null || exit 77
    unset CTOLADDER_ROLES
    out=\$(PAGER=cat NO_COLOR=1 TERM=xterm timeout -s KILL 60 script -qec \"\$CTOLADDER ${line} --color auto\" /dev/null)
    grep -q cto <<<\"\$out\" && ! grep -q \$'\\e' <<<\"\$out\"")
  set_tests_properties("e2e: color-tty-${key}" "e2e: color-nocolor-${key}" PROPERTIES SKIP_RETURN_CODE 77)
endforeach()
e2e_sh(color-dumb-term [=[command -v script >/dev/null || exit 77
  unset NO_COLOR CTOLADDER_ROLES
  out=$(PAGER=cat TERM=dumb timeout -s KILL 60 script -qec "$CTOLADDER list" /dev/null)
  grep -q programmer <<<"$out" && ! grep -q $'\e' <<<"$out"]=])
set_tests_properties("e2e: color-dumb-term" PROPERTIES SKIP_RETURN_CODE 77)
e2e(color-nocolor-pipe --env NO_COLOR=1 --out "programmer" --check "${NO_ESC}" -- list --color auto)
e2e(color-always-wins --env NO_COLOR=1 --check "${HAS_ESC}" -- list --color always)
e2e(color-british --check "${HAS_ESC}" -- --colour always list)

# Role text with escapes, tabs, newlines, pipes and fences must not break any format, nor reach
# the terminal raw.
set(HOSTILE --roles ${E2E_DATA}/hostile-roles)
set(HOST_KEYS list describe compare diff search ladder)
set(HOST_list list)
set(HOST_describe describe hostile)
set(HOST_compare compare hostile senior-engineer)
set(HOST_diff diff hostile senior-engineer)
set(HOST_EXIT_diff 1)
set(HOST_search search pipe)
set(HOST_ladder ladder)
set(HOST_TSV_list 5)
set(HOST_TSV_describe 6)
set(HOST_TSV_compare 5)
set(HOST_TSV_diff 4)
set(HOST_TSV_search 4)
set(HOST_TSV_ladder 5)
set(RAW_CONTROL [=[! grep -qP '[\x00-\x08\x0b-\x1f\x7f\x{202e}]']=])
foreach(key IN LISTS HOST_KEYS)
  set(exit 0)
  if(DEFINED HOST_EXIT_${key})
    set(exit ${HOST_EXIT_${key}})
  endif()
  e2e(hostile-${key}-text --exit ${exit} --check "grep -qi hostile" --check "${RAW_CONTROL}" -- ${HOSTILE} ${HOST_${key}} --color never)
  e2e(hostile-${key}-tsv --exit ${exit} --check "grep -qi hostile" --check "python3 ${TOOLS}/check_tsv.py ${HOST_TSV_${key}}"
      -- ${HOSTILE} ${HOST_${key}} --format tsv)
  e2e(hostile-${key}-md --exit ${exit} --check "grep -qi hostile" --check "python3 ${TOOLS}/check_markdown.py" -- ${HOSTILE} ${HOST_${key}} --format markdown)
  e2e(hostile-${key}-json --exit ${exit} --check "grep -qi hostile" --check "${JQ1}" -- ${HOSTILE} ${HOST_${key}} --format json)
  e2e(hostile-${key}-yaml --exit ${exit} --check "grep -qi hostile" --check "python3 ${TOOLS}/check_yaml.py" -- ${HOSTILE} ${HOST_${key}} --format yaml)
endforeach()
e2e(hostile-escaped --out "Hostile \\x1b" --out "31mred\\x1b" --out "0m role" --out "Cell | with pipe\\tand tab\\nand newline"
    -- ${HOSTILE} describe hostile)
e2e(hostile-json-exact
    --check "${JQ1} '.name.en == \"Hostile \\u001b\\u005b31mred\\u001b\\u005b0m role\" and .purpose.zh == \"null\"'"
    --check "${JQ1} '.summary.en == \"Cell | with pipe\\tand tab\\nand newline\"'"
    -- ${HOSTILE} describe hostile --format json)
e2e_sh(hostile-yaml-is-json [=[unset CTOLADDER_ROLES
  r="--roles $E2E_DATA/hostile-roles"
  python3 $E2E_DATA/tools/same_data.py <($CTOLADDER $r describe hostile --format json) <($CTOLADDER $r describe hostile --format yaml)]=])
e2e(hostile-md-pipes --out "not a fence \\| pipe" --out "| **fence-duty** |" -- ${HOSTILE} describe hostile --format markdown)
# The newline inside the summary and the duty must not start a new tsv row.
e2e(hostile-tsv-rows --out-lines 2 --out "domain\tid\ttext\thow\tarticle\tsection" --out "fence-duty\t```\\nnot a fence" -- ${HOSTILE} describe hostile --format tsv)

# --- every command honours a format or refuses it (issue 14): the command table's formats ---
# For each command, the formats its help lists must run (exit 0 or 1) and every other format must
# be refused with exit 2 naming what the command takes; completion offers exactly the listed ones.
e2e_shell(formats-honoured-or-refused [=[
  declare -A args=([list]="" [describe]="cto" [compare]="architect cto" [diff]="cto cto@us"
    [search]="code" [ladder]="" [path]="programmer cto" [gap]="cto --from architect"
    [chart]="cto" [site]="SITE" [validate]="" [where]="" [new]="x-role -o X" [schema]="" [help]="list")
  all="text json yaml tsv markdown dot mermaid svg"
  for c in $($CTOLADDER __complete --commands | tail -n +2 | cut -f1); do
    [ -n "${args[$c]+set}" ] || { echo "no arguments for $c in this test"; exit 1; }
    line=$($CTOLADDER help $c | grep -E -- '--format FORMAT') || { echo "help $c: no --format"; exit 1; }
    offered=$($CTOLADDER __complete $c --format '' | tr '\n' ' ')
    for f in $all; do
      d=$(mktemp -d); a=${args[$c]//SITE/$d/site}; a=${a//X/$d/x-role.yaml}
      $CTOLADDER $c $a --format $f >$d/out 2>$d/err; status=$?
      if grep -qE "[ :]$f( |,|$)" <<<"${line#*Output format:}" && grep -qw -- "$f" <<<"$offered"; then
        [ $status -le 1 ] || { echo "$c --format $f: exit $status though help lists it"; cat $d/err; exit 1; }
      else
        ! grep -qw -- "$f" <<<"$offered" || { echo "$c: completion offers $f, help does not"; exit 1; }
        [ $status = 2 ] && [ ! -s $d/out ] && grep -q "^ctoladder: error: '$c' cannot .* --format $f$" $d/err &&
          grep -q "^ctoladder: hint: .*'$c' " $d/err ||
          { echo "$c --format $f: not refused (exit $status)"; cat $d/err; head -3 $d/out; exit 1; }
      fi
      rm -rf "$d"
    done
  done]=])
# The cases a shell user met: schema is JSON by default, refuses tsv; the have template is YAML.
e2e(format-schema-default-json --empty-err --check "${JQ1} '.definitions | has(\"role\")'" -- schema)
e2e(format-schema-refuses-tsv --exit 2 --empty-out --err "ctoladder: error: 'schema' cannot write --format tsv"
    --err "ctoladder: hint: 'schema' takes --format json, yaml" -- schema --format tsv)
e2e(format-schema-help --out "Output format: json or yaml (default: json)" -- schema --help)
e2e(format-help-text-only --out "Output format: text only" -- help help)
e2e(format-help-refuses-json --exit 2 --empty-out --err "ctoladder: error: 'help' cannot write --format json" -- help list --format json)
e2e(format-template-refuses-json --exit 2 --empty-out
    --err "ctoladder: error: gap --template cannot write --format json: a have file is YAML" -- gap --template --format json)
e2e(format-template-yaml --empty-err --out "holds:" -- gap --template --format yaml)
e2e(format-new-refuses-markdown --exit 2 --empty-out --err "ctoladder: error: 'new' cannot write --format markdown"
    -- new x-role -o /nonexistent/x-role.yaml --format markdown)
e2e(format-zh-refused --exit 2 --empty-out --err "ctoladder: error: 'schema' 不能输出 --format tsv"
    --err "ctoladder: hint: 'schema' 可用的 --format：json, yaml" -- --lang zh schema --format tsv)
