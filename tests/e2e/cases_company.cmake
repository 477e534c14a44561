# Issue 13: a company writes its own ladder (tests/e2e/data/company/ladder: developer, tech lead
# and manager tracks, levels extending levels, duty ids shared with the built-in roles, and
# senior-engineer.yaml hooked onto the built-in senior engineer) and every point is checked on it.
# Each broken case copies the ladder to a scratch folder and makes one mistake in it.

function(company name script)
  e2e_shell(company-${name} "${COMPANY_PRELUDE} ${script}")
  set_tests_properties("e2e: company-${name}" PROPERTIES TIMEOUT 300)
endfunction()
set(COMPANY_PRELUDE [=[unset CTOLADDER_ROLES; t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
  export XDG_DATA_HOME=$t/xdg XDG_CACHE_HOME=$t/cache; L=$t/ladder; cp -r "$E2E_DATA/company/ladder" "$L"
  v() { $CTOLADDER --roles "$L" validate "$@" >"$t/out" 2>"$t/err"; echo $? >"$t/rc"; }
  errors() { grep -c ': error: ' "$t/err"; }
  fail() { echo "FAIL: $*"; echo "--- stderr"; cat "$t/err"; echo "--- stdout"; cat "$t/out"; exit 1; }
]=])

# The ladder as written is valid, and hooked onto the built-in one.
company(valid [=[v; [ "$(cat $t/rc)" = 0 ] || fail exit; grep -q 'no problems' $t/out || fail summary
  [ ! -s $t/err ] || fail stderr]=])

# --- item 2: one mistake, one message ---
company(one-missing-zh [=[sed -i 's/^name: {en: Developer I, zh: 一级开发}/name: {en: Developer I}/' $L/dev-1.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit; [ "$(errors)" = 1 ] || fail "errors: $(errors)"
  grep -q "dev-1.yaml:3:" $t/err || fail where; ! grep -q 'lacks' $t/err || fail echo
  [ "$(grep -c ': warning: ' $t/err)" = 1 ] || fail notes
  grep -q 'dev-1.yaml: warning: 6 roles that build on it were not checked' $t/err || fail note
  grep -qx '.*: 1 error\.' $t/out || fail count
  $CTOLADDER --roles "$L" validate --format json >$t/json 2>/dev/null
  jq -e '.errors == 1 and .warnings == 1' $t/json >/dev/null || fail json]=])
company(one-tab [=[sed -i 's/^rank: 3/\trank: 3/' $L/dev-3.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit; [ "$(errors)" = 1 ] || fail "errors: $(errors)"
  grep -q 'dev-3.yaml:5:' $t/err || fail where; ! grep -q "unknown role" $t/err || fail unknown
  grep -q "dev-3.yaml: warning: 4 roles that build on it were not checked because this file has errors: dev-4, dev-5, tl-1, tl-2" $t/err || fail note]=])
company(one-extends-typo [=[sed -i 's/^extends: dev-3/extends: dev3/' $L/dev-4.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit; [ "$(errors)" = 1 ] || fail "errors: $(errors)"
  grep -q "dev-4.yaml:2:10: error: role 'dev-4' extends unknown role 'dev3' (did you mean 'dev-3'?)" $t/err || fail message
  grep -q "dev-4.yaml: warning: 1 role that builds on it was not checked because this file has errors: dev-5" $t/err || fail note]=])
company(one-broken-parent-not-unknown [=[sed -i 's/^  - id: org-design/ - id: org-design/' $L/em-2.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit; ! grep -q "unknown role" $t/err || fail unknown
  ! grep -q "did you mean 'em-3'" $t/err || fail own-id; grep -q 'em-2.yaml: warning: .*: em-3' $t/err || fail note]=])
company(no-own-id-suggested [=[sed -i 's/^extends: em-2/extends: em-9/' $L/em-3.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit; grep -q "role 'em-3' extends unknown role 'em-9'" $t/err || fail message
  ! grep -q "did you mean 'em-3'" $t/err || fail own-id]=])

# --- item 5: the ladder graph ---
company(next-not-inherited [=[$CTOLADDER --roles "$L" describe dev-5 --format json | jq -e '.next == []' >/dev/null || fail json
  $CTOLADDER --roles "$L" describe dev-4 --format json | jq -e '.next == ["dev-5"]' >/dev/null || fail dev-4
  $CTOLADDER --roles "$L" ladder --format dot >$t/dot; ! grep -q '"dev-5" -> "dev-5"' $t/dot || fail self-loop]=])
company(next-self [=[printf 'next: [dev-5]\n' >>$L/dev-5.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit
  grep -q "dev-5.yaml:14:8: error: role 'dev-5' lists itself as its next step" $t/err || fail message]=])
company(next-down [=[sed -i 's/^next: \[principal-engineer\]/next: [dev-3]/' $L/tl-2.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit
  grep -q "tl-2.yaml:8:8: error: 'next' of 'tl-2' (rank 5) steps down to 'dev-3' (rank 3)" $t/err || fail message]=])
company(next-cycle [=[sed -i 's/^next: \[em-2\]/next: [em-2, tl-1]/' $L/em-1.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit; [ "$(errors)" = 1 ] || fail "errors: $(errors)"
  grep -q "error: 'next' forms a cycle: em-1 -> tl-1 -> em-1" $t/err || fail message]=])
company(next-typo [=[sed -i 's/^next: \[dev-2\]/next: [dev2]/' $L/dev-1.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit
  grep -q "dev-1.yaml:12:8: error: 'next' names unknown role 'dev2' (did you mean 'dev-2'?)" $t/err || fail message]=])

# --- item 3: one file where it lives ---
company(file-in-folder [=[$CTOLADDER validate "$L/dev-4.yaml" >$t/out 2>$t/err || fail exit
  [ ! -s $t/err ] || fail stderr; grep -q 'no problems' $t/out || fail summary
  (cd "$L" && $CTOLADDER validate dev-4.yaml) >$t/out 2>$t/err || fail relative]=])
company(file-own-problems-only [=[sed -i 's/^name: {en: Developer I, zh: 一级开发}/name: {en: Developer I}/' $L/dev-1.yaml
  sed -i 's/domain: operations/domain: operation/' $L/dev-4.yaml
  $CTOLADDER validate "$L/dev-4.yaml" >$t/out 2>$t/err; [ $? = 2 ] || fail exit
  grep -q "dev-4.yaml:.*unknown domain 'operation' (did you mean 'operations'?)" $t/err || fail domain
  ! grep -q 'dev-1.yaml:3' $t/err || fail sibling-error; grep -q 'dev-1.yaml: warning: .*dev-4' $t/err || fail note]=])

# --- item 4: hook onto the built-in ladder ---
company(hook-describe [=[$CTOLADDER --roles "$L" describe senior-engineer --format json >$t/out || fail exit
  jq -e '.next == ["architect","tl-1"]' $t/out >/dev/null || fail next
  jq -e '[.responsibilities[].id] | index("on-call") and index("hands-on-coding")' $t/out >/dev/null || fail duties
  $CTOLADDER --roles "$L" describe senior-engineer --format json | jq -e '.aliases | length > 0' >/dev/null || fail aliases]=])
company(hook-path [=[$CTOLADDER --roles "$L" path programmer tl-2 >$t/out 2>$t/err || fail exit
  grep -q 'senior-engineer' $t/out || fail via; grep -q 'tl-1' $t/out || fail tl-1]=])
company(hook-lazy-describe [=[$CTOLADDER --roles "$L" describe senior-engineer >$t/out 2>$t/err || fail exit
  grep -q 'tl-1' $t/out || fail next]=])
company(hook-needs-lower [=[sed 's/senior-engineer/dev-0/g' $L/senior-engineer.yaml >$L/dev-0.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit
  grep -q "role 'dev-0' extends 'dev-0', but no lower layer" $t/err || fail message]=])
