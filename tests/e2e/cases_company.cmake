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
company(one-empty-name [=[sed -i 's/^name: {en: Developer I}/name: {}/' $L/dev-1.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit; [ "$(errors)" = 1 ] || fail "errors: $(errors)"
  grep -q "dev-1.yaml:3:7: error: 'name' needs 'en', 'zh' or both" $t/err || fail where
  ! grep -q 'lacks' $t/err || fail echo
  [ "$(grep -c ': warning: ' $t/err)" = 1 ] || fail notes
  grep -q 'dev-1.yaml: warning: 6 roles that build on it were not checked' $t/err || fail note
  grep -qx '.*: 1 error, 1 warning\.' $t/out || fail count
  $CTOLADDER --roles "$L" validate --format json >$t/json 2>/dev/null
  jq -e '.summary.errors == 1 and .summary.warnings == 1' $t/json >/dev/null || fail json]=])
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
company(file-own-and-parents-problems [=[sed -i 's/^name: {en: Developer I}/name: {}/' $L/dev-1.yaml
  sed -i 's/domain: operations/domain: operation/' $L/dev-4.yaml
  $CTOLADDER validate "$L/dev-4.yaml" >$t/out 2>$t/err; [ $? = 2 ] || fail exit
  grep -q "dev-4.yaml:.*unknown domain 'operation' (did you mean 'operations'?)" $t/err || fail domain
  # dev-1, which dev-4 builds on, is dev-4's problem too (once); a sibling it does not extend is not.
  [ "$(grep -c 'dev-1.yaml:3:7: error:' $t/err)" = 1 ] || fail parent-error; grep -q 'dev-1.yaml: warning: .*dev-4' $t/err || fail note
  grep -q "dev-4.yaml: 2 errors, 1 warning." $t/out || fail count
  sed -i 's/domain: organization/domain: organisation/' $L/em-2.yaml
  $CTOLADDER validate "$L/dev-4.yaml" >$t/out 2>$t/err
  ! grep -q 'em-2.yaml' $t/err || fail sibling-error]=])

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

# --- item 1: languages. The ladder is English only; a text shown in a language it lacks falls
# back to the other one, marked "[en]" in text and null in JSON; validate --require-lang asks. ---
company(lang-fallback-text [=[$CTOLADDER --roles "$L" --lang zh describe dev-3 >$t/out 2>$t/err || fail exit
  grep -q '^\[en\] Senior Developer（dev-3）' $t/out || fail heading
  grep -q '\[en\] Design changes that span several services' $t/out || fail duty
  grep -q '^卓越工程（1）' $t/out || fail builtin-labels-in-zh
  $CTOLADDER --roles "$L" --lang en describe dev-3 >$t/out 2>$t/err || fail exit-en
  ! grep -q '\[en\]' $t/out || fail marked-in-en
  $CTOLADDER --roles "$L" --lang zh compare dev-3 senior-engineer >$t/out 2>$t/err || fail compare
  grep -q '\[en\] Take a full share of the on-call rotation' $t/out || fail compare-marker]=])
company(lang-fallback-json [=[$CTOLADDER --roles "$L" --lang zh describe dev-3 --format json >$t/out || fail exit
  jq -e '.name == {"en": "Senior Developer", "zh": null} and .languages == ["en"]' $t/out >/dev/null || fail name
  jq -e '[.responsibilities[].text.zh] | all(. == null)' $t/out >/dev/null || fail duties
  $CTOLADDER --roles "$L" describe senior-engineer --format json | jq -e '.languages == ["en"]' >/dev/null || fail hooked
  $CTOLADDER --roles "$L" describe cto --format json | jq -e '.languages == ["en","zh"]' >/dev/null || fail builtin]=])
company(lang-require-zh [=[v --require-lang zh; [ "$(cat $t/rc)" = 2 ] || fail exit
  texts=$(cat $L/*.yaml | grep -o '{en: ' | wc -l)
  [ "$(errors)" = "$texts" ] || fail "errors $(errors), texts $texts"
  grep -q "dev-1.yaml:3:7: error: 'name' has no 'zh' text (--require-lang zh)" $t/err || fail where
  grep -q "dev-1.yaml:17:11: error: responsibility 'hands-on-coding': 'text' has no 'zh' text (--require-lang zh)" $t/err || fail duty-where
  [ -z "$(sort $t/err | uniq -d)" ] || fail duplicates; ! grep -q '<built-in>' $t/err || fail builtin
  grep -qx ".*: $texts errors\." $t/out || fail count
  v --require-lang en; [ "$(cat $t/rc)" = 0 ] || fail en; [ ! -s $t/err ] || fail en-stderr]=])
company(lang-builtin-bilingual [=[for lang in en zh; do
  $CTOLADDER validate --require-lang $lang >$t/out 2>$t/err || fail "exit $lang"
  [ ! -s $t/err ] || fail "stderr $lang"; grep -q '<built-in>: .* no problems' $t/out || fail "summary $lang"; done]=])
company(lang-zh-only [=[sed -i 's/{en: /{zh: /g' $L/*.yaml
  v; [ "$(cat $t/rc)" = 0 ] || fail exit; [ ! -s $t/err ] || fail stderr
  $CTOLADDER --roles "$L" --lang en describe dev-1 >$t/out || fail describe
  grep -q '^dev-1 — \[zh\] Developer I' $t/out || fail marker
  $CTOLADDER --roles "$L" --lang zh describe dev-1 >$t/out || fail describe-zh
  ! grep -q '\[zh\]' $t/out || fail marked-in-zh
  v --require-lang en; [ "$(cat $t/rc)" = 2 ] || fail require-en]=])
company(lang-new-from-en-only [=[$CTOLADDER --roles "$L" new dev-6 --from dev-5 --output $L/dev-6.yaml >$t/out 2>$t/err || fail exit
  ! grep -q 'zh: ""' $L/dev-6.yaml || fail empty-zh
  v; [ "$(cat $t/rc)" = 0 ] || fail valid]=])
company(lang-site-one-language [=[$CTOLADDER --roles "$L" site $t/site >$t/out 2>$t/err || fail exit
  [ -f $t/site/index.en.html ] || fail en; [ ! -e $t/site/index.zh.html ] || fail zh-page
  ! grep -q 'lang-switch' $t/site/index.en.html $t/site/role-dev-1.en.html || fail switch
  grep -q 'Developer I' $t/site/role-dev-1.en.html || fail role]=])

# --- item 6: one duty id, one domain ---
company(shared-id-other-domain [=[sed -i '/id: mentoring/{n;s/domain: development/domain: organization/}' $L/em-1.yaml
  v; [ "$(cat $t/rc)" = 0 ] || fail exit
  grep -q "em-1.yaml:2[0-9]:5: warning: duty 'mentoring' is in domain 'organization' here but in 'development' in role '[a-z0-9-]*'; roles are compared by duty id, so use domain 'development' or another id" $t/err || fail message
  [ "$(grep -c ': warning: ' $t/err)" = 1 ] || fail once
  $CTOLADDER --roles "$L" compare em-1 tech-manager >$t/out 2>$t/err2 || fail compare
  grep -q "warning: duty 'mentoring'" $t/err2 || fail compare-warns]=])

# --- item 7: messages that send the user the right way ---
company(id-typo-not-file [=[sed -i 's/^id: em-3/id: em3/' $L/em-3.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit
  grep -q "em-3.yaml:2:5: error: role id 'em3' does not match its file em-3.yaml: did you mean 'id: em-3'?" $t/err || fail message
  ! grep -q "must be in a file named 'em3.yaml'" $t/err || fail old]=])
company(unquoted-colon [=[sed -i 's/^summary: {en: "Manages managers of several teams."}/summary: {en: Manages: several teams}/' $L/em-2.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit
  grep -q "em-2.yaml:.*invalid YAML: .*put it in quotes" $t/err || fail hint]=])
company(unknown-role-hint-has-roles [=[$CTOLADDER --roles "$L" describe dev-9 >$t/out 2>$t/err; [ $? = 2 ] || fail exit
  grep -q "^ctoladder: hint: run 'ctoladder --roles $L list' to see every role" $t/err || fail hint]=])
company(new-into-missing-folder [=[$CTOLADDER --roles "$L" new dev-6 --from dev-5 --output $t/scratch/deep/dev-6.yaml >$t/out 2>$t/err || fail exit
  [ -f $t/scratch/deep/dev-6.yaml ] || fail file; grep -q "Wrote $t/scratch/deep/dev-6.yaml" $t/out || fail said
  $CTOLADDER --roles "$L" --roles $t/scratch/deep validate >$t/out 2>$t/err || fail valid]=])
company(new-standalone [=[mkdir $t/fresh; $CTOLADDER new eng-1 --output $t/fresh/eng-1.yaml >$t/out 2>$t/err || fail exit
  grep -q 'a role of its own' $t/out || fail said; ! grep -q '^extends:' $t/fresh/eng-1.yaml || fail extends
  ! sed 's/#.*//' $t/fresh/eng-1.yaml | grep -q 'zh:' || fail zh
  $CTOLADDER --roles $t/fresh validate >$t/out 2>$t/err || fail valid; [ ! -s $t/err ] || fail stderr
  $CTOLADDER --roles $t/fresh new eng-2 --from eng-1 --output $t/fresh/eng-2.yaml >$t/out 2>$t/err || fail next-rung
  $CTOLADDER --roles $t/fresh describe eng-2 --format json | jq -e '.extends == "eng-1"' >/dev/null || fail chain]=])

# --- item 8: reading a ladder whose levels include the one below ---
company(search-each-duty-once [=[unset COLUMNS; $CTOLADDER --roles "$L" search 'pairing' >$t/out 2>$t/err || fail exit
  [ "$(grep -c 'Coach Developer I and II' $t/out)" = 1 ] || fail once
  for r in dev-3 dev-4 dev-5 tl-1 tl-2; do grep 'Coach Developer' $t/out | grep -q "$r" || fail "role $r"; done
  grep -q '5 matches for .pairing. (1 distinct' $t/err || fail summary
  ! grep -q 'matches for' $t/out || fail summary-on-stdout
  $CTOLADDER --roles "$L" search pairing --format json | jq -e '.count == 5 and .distinct == 1 and .duties[0].roles[0] == "dev-3"' >/dev/null || fail json
  [ "$($CTOLADDER --roles "$L" search pairing --format tsv | tail -n +2 | wc -l)" = 5 ] || fail tsv]=])
company(describe-extends [=[$CTOLADDER --roles "$L" describe dev-4 >$t/out 2>$t/err || fail exit
  grep -q 'extends *dev-3 → dev-2 → dev-1 (.* of .* duties inherited)' $t/out || fail extends
  grep -q 'inherited from dev-3' $t/out || fail inherited
  $CTOLADDER --roles "$L" describe dev-4 --format json >$t/json || fail json
  jq -e '.extends == "dev-3" and .extends_chain == ["dev-3","dev-2","dev-1"]' $t/json >/dev/null || fail chain
  jq -e '[.responsibilities[] | select(.id == "mentoring")][0].inherited_from == "dev-3"' $t/json >/dev/null || fail from
  jq -e '[.responsibilities[] | select(.id == "technical-standards")][0].inherited_from == null' $t/json >/dev/null || fail own
  $CTOLADDER --roles "$L" describe dev-1 --format json | jq -e '.extends == null' >/dev/null || fail root]=])

# --- trial 13: a company shows and publishes only its own ladder (--no-builtin, site --title) ---
company(no-builtin-list [=[$CTOLADDER --roles "$L" --no-builtin list --ids >$t/out 2>$t/err || fail exit
  for r in dev-1 em-3 tl-2 principal-engineer senior-engineer; do grep -qx "$r" $t/out || fail "has $r"; done
  for r in programmer architect tech-manager cto chief-architect; do ! grep -qx "$r" $t/out || fail "shows $r"; done
  [ "$(wc -l <$t/out)" = "$(ls $L/*.yaml | grep -vc domains.yaml)" ] || fail count
  CTOLADDER_BUILTIN=off $CTOLADDER --roles "$L" list --ids >$t/env || fail env-exit
  cmp -s $t/out $t/env || fail env
  $CTOLADDER --roles "$L" list --ids | grep -qx cto || fail default-shows-builtin]=])
company(no-builtin-parents-resolve [=[$CTOLADDER --roles "$L" --no-builtin describe principal-engineer --format json >$t/out 2>$t/err || fail exit
  jq -e '.extends == "architect" and .extends_chain == ["architect"]' $t/out >/dev/null || fail extends
  jq -e '[.responsibilities[].inherited_from] | index("architect")' $t/out >/dev/null || fail inherited
  jq -e '.next == []' $t/out >/dev/null || fail next-into-builtin
  $CTOLADDER --roles "$L" --no-builtin describe senior-engineer --format json | jq -e '.next == ["tl-1"]' >/dev/null || fail hook
  $CTOLADDER --roles "$L" --no-builtin describe cto >$t/out 2>$t/err; [ $? = 2 ] || fail builtin-exit
  grep -q "error: role 'cto' is a built-in role, and --no-builtin leaves the built-in roles out" $t/err || fail builtin-message
  $CTOLADDER --roles "$L" --no-builtin compare dev-3 vp-engineering >$t/out 2>$t/err; [ $? = 2 ] || fail alias-exit
  grep -q "is a built-in role" $t/err || fail alias-message]=])
company(no-builtin-every-command [=[n() { $CTOLADDER --roles "$L" --no-builtin "$@"; }
  n ladder --format dot >$t/dot || fail ladder; grep -q '"dev-1"' $t/dot || fail ladder-own
  ! grep -Eq '"(programmer|architect|cto|tech-director)"' $t/dot || fail ladder-builtin
  n search review --format json >$t/search || fail search
  jq -e '.count > 0 and ([.hits[].role | split("@")[0]] | all(IN("programmer","senior-engineer","architect","tech-manager","tech-director","cto","chief-architect","head-of-engineering") | not) or (. == "senior-engineer"))' $t/search >/dev/null || fail search-builtin
  n where >$t/where || fail where; ! grep -q '<built-in>/cto.yaml' $t/where || fail where-builtin
  grep -q 'dev-1' $t/where || fail where-own
  n chart dev-1 dev-5 >/dev/null || fail chart
  n path dev-1 tl-2 >/dev/null || fail path
  n path programmer dev-3 >$t/out 2>$t/err; [ $? = 2 ] || fail path-builtin
  n __complete describe '' >$t/complete || fail complete
  grep -qx dev-1 $t/complete || fail complete-own; ! grep -qx cto $t/complete || fail complete-builtin
  n validate >$t/out 2>$t/err || fail validate; ! grep -q '<built-in>' $t/out || fail validate-builtin
  grep -q "$(ls $L/*.yaml | grep -vc domains.yaml) roles" $t/out || fail validate-count]=])
company(no-builtin-site-title [=[$CTOLADDER --roles "$L" --no-builtin site $t/site --title 'Example Co. engineering ladder' >$t/out 2>$t/err || fail exit
  [ -f $t/site/role-dev-1.en.html ] || fail own-page
  ! ls $t/site | grep -Eq '^role-(cto|programmer|architect)[.@-]' || fail builtin-pages
  grep -q '<h1>Example Co. engineering ladder</h1>' $t/site/index.html || fail heading
  grep -q '<title>Example Co. engineering ladder</title>' $t/site/index.html || fail index-title
  grep -q '<title>Developer I (dev-1) · Example Co. engineering ladder</title>' $t/site/role-dev-1.en.html || fail page-title
  grep -q 'class="brand"[^>]*>Example Co. engineering ladder</a>' $t/site/role-dev-1.en.html || fail header
  grep -q '<title>Example Co. engineering ladder</title>' $t/site/ladder.en.svg || fail svg-title
  ! grep -q 'software-engineering career ladder' $t/site/index.html $t/site/ladder.en.svg || fail default-title
  grep -q 'Built by ctoladder [^ ]* from <code>ladder</code> (' $t/site/index.html || fail footer
  ! grep -q '>cto<\|role-cto' $t/site/ladder.en.svg $t/site/index.html || fail builtin-in-ladder
  $CTOLADDER --roles "$L" site $t/site2 >/dev/null 2>&1 || fail default-site
  [ -f $t/site2/role-cto.en.html ] || fail default-has-builtin
  grep -q 'The software-engineering career ladder' $t/site2/index.html || fail default-heading]=])

# --- trial 13, trip 3: guidance is inherited through extends; guidance: [] clears it ---
company(guidance-cleared [=[printf 'id: lead-manager\nextends: tech-manager\nname: {en: Lead Manager}\n' >$L/lead-manager.yaml
  $CTOLADDER --roles "$L" describe lead-manager --format json | jq -e '.guidance | length > 0' >/dev/null || fail inherited
  $CTOLADDER --roles "$L" describe lead-manager --format json | jq -e '[.guidance[].inherited_from] | unique == ["tech-manager"]' >/dev/null || fail inherited-from
  $CTOLADDER --roles "$L" --width 200 describe lead-manager | grep -q '(inherited from tech-manager)$' || fail inherited-text
  $CTOLADDER --roles "$L" site $t/site >/dev/null 2>&1 || fail site
  grep -q 'class="inherited">(inherited from <a href="role-tech-manager.en.html">' $t/site/role-lead-manager.en.html || fail inherited-site
  $CTOLADDER --roles "$L" describe senior-engineer --format json | jq -e '[.guidance[].inherited_from] | unique == [null]' >/dev/null || fail refinement-own
  $CTOLADDER --roles "$L" new lead-2 --from lead-manager -o $t/n/ >/dev/null 2>&1 || fail new
  grep -q "^# lead-manager's guidance (.*) is inherited" $t/n/lead-2.yaml || fail starter
  printf 'guidance: []\n' >>$L/lead-manager.yaml
  v; [ "$(cat $t/rc)" = 0 ] || fail valid
  $CTOLADDER --roles "$L" describe lead-manager --format json | jq -e '.guidance == []' >/dev/null || fail cleared
  $CTOLADDER --roles "$L" --no-cache describe lead-manager --format json | jq -e '.guidance == []' >/dev/null || fail no-cache
  $CTOLADDER --roles "$L" describe senior-engineer --format json | jq -e '.guidance | length > 0' >/dev/null || fail refine-inherited
  printf 'guidance: []\n' >>$L/senior-engineer.yaml
  $CTOLADDER --roles "$L" describe senior-engineer --format json | jq -e '.guidance == []' >/dev/null || fail refine-cleared]=])

# --- trip 4: validate FILE that could not be checked fails, naming the parent's file ---
company(file-unchecked-fails [=[sed -i 's/^rank: 3/\trank: 3/' $L/dev-3.yaml
  $CTOLADDER validate "$L/dev-4.yaml" >$t/out 2>$t/err; [ $? = 2 ] || fail exit
  grep -q "dev-3.yaml:5:1: error: a tab is used for indentation" $t/err || fail cause
  grep -q "dev-3.yaml: warning: 4 roles that build on it were not checked because this file has errors: dev-4, " $t/err || fail skipped
  [ "$(grep -c ': error:' $t/err)" = 1 ] || fail "one error: $(cat $t/err)"
  grep -q "dev-4.yaml: 1 error, 1 warning." $t/out || fail count
  ! grep -q 'no problems' $t/out || fail summary
  $CTOLADDER validate "$L/em-2.yaml" >$t/out 2>$t/err || fail unrelated
  cp -r "$E2E_DATA/company/ladder/." $L/
  sed -i 's/domain: implementation/domain: implementaton/' $L/dev-1.yaml
  $CTOLADDER validate "$L/dev-4.yaml" >$t/out 2>$t/err; [ $? = 2 ] || fail parent-content-exit
  grep -q "dev-1.yaml:[0-9]*:[0-9]*: error: unknown domain 'implementaton'" $t/err || fail parent-content]=])

# --- trip 5: a `next` to an unknown role fails describe as it fails validate ---
company(next-unknown-describe [=[sed -i 's/^next: \[em-3\]/next: [em-9]/' $L/em-2.yaml
  $CTOLADDER --roles "$L" describe em-2 >$t/out 2>$t/err; [ $? = 2 ] || fail exit
  grep -q "em-2.yaml:[0-9]*:[0-9]*: error: 'next' names unknown role 'em-9'" $t/err || fail message
  $CTOLADDER --roles "$L" describe dev-1 >/dev/null 2>&1 || fail neighbour-fine]=])

# --- trip 6: new is not refused over the role it creates, nor over a folder it will make ---
company(new-next-names-it [=[printf 'next: [dev-6]\n' >>$L/dev-5.yaml
  $CTOLADDER --roles "$L" new dev-6 --from dev-5 --output $L/dev-6.yaml >$t/out 2>$t/err || fail exit
  v; [ "$(cat $t/rc)" = 0 ] || fail valid]=])
company(new-missing-roles-folder [=[CTOLADDER_ROLES=$t/company $CTOLADDER new dev-1 --output $t/company/dev-1.yaml >$t/out 2>$t/err || fail env
  [ -f $t/company/dev-1.yaml ] || fail file
  $CTOLADDER --roles $t/newdir new e8 --output $t/newdir/e8.yaml >$t/out 2>$t/err || fail roles
  $CTOLADDER --roles $t/nowhere list >$t/out 2>$t/err; [ $? = 2 ] || fail list-exit
  grep -q 'hint: a role folder that does not exist: create it (mkdir -p FOLDER)' $t/err || fail hint]=])
company(new-see-it-with [=[$CTOLADDER --width 0 --roles "$L" new dev-6 --from dev-5 --output $t/other/dev-6.yaml >$t/out 2>$t/err || fail exit
  cmd=$(grep -o "see it with 'ctoladder [^']*'" $t/out | sed "s/^see it with '//; s/'\$//")
  [ "$cmd" = "ctoladder --roles $L --roles $t/other describe dev-6" ] || fail "said: $cmd"
  $CTOLADDER ${cmd#ctoladder } >/dev/null 2>&1 || fail runs]=])

# --- trip 7: a built-in id without extends: one error, the hint; extends typos of it ---
company(builtin-id-without-extends [=[sed -i '/^extends: senior-engineer/d' $L/senior-engineer.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit; [ "$(errors)" = 1 ] || fail "errors: $(errors)"
  grep -q "senior-engineer.yaml:[0-9]*:[0-9]*: error: role 'senior-engineer' replaces the role of that id in <built-in>/senior-engineer.yaml but lacks 'name', 'rank'.*add 'extends: senior-engineer'" $t/err || fail message]=])
company(builtin-extends-typo [=[sed -i 's/^extends: senior-engineer/extends: senior-enginer/' $L/senior-engineer.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit
  grep -q "extends unknown role 'senior-enginer' (did you mean 'senior-engineer'?)" $t/err || fail message]=])

# --- trial 13 nits ---
company(unknown-domain-lists-domains [=[rm $L/domains.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit
  grep -q "error: unknown domain 'operations' (the domains are strategy, architecture, .*; a new one is defined in the folder's domains.yaml)" $t/err || fail message]=])
company(alias-clash-at-alias [=[sed -i 's/^aliases: \[junior-developer\]/aliases: [junior-developer, engineering-manager]/' $L/dev-1.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit
  grep -q "dev-1.yaml:4:29: error: alias 'engineering-manager' of 'dev-1' is already used by role 'tech-manager'" $t/err || fail where]=])
company(new-writes-only-what-is-true [=[$CTOLADDER --roles "$L" new dev-6 --from dev-5 --output $t/n/dev-6.yaml >$t/out 2>$t/err || fail exit
  grep -q '^name: {en: "Dev 6"}  # add zh' $t/n/dev-6.yaml || fail name
  ! grep '^name:' $t/n/dev-6.yaml | sed 's/#.*//' | grep -q 'zh' || fail fake-zh
  grep '^# team_size:' $t/n/dev-6.yaml | grep -q 'dev-5 has none; an example' || fail team-size
  ! grep -q 'zh: "这个' $t/n/dev-6.yaml || fail duty-zh
  $CTOLADDER new e1 --output $t/n/e1.yaml >/dev/null 2>&1 || fail e1
  grep -q '^# next: \[e2\] ' $t/n/e1.yaml || fail next-rung]=])
company(hints-summary-remove-have [=[sed -i 's/^summary: {en: "Sets technical direction for a product area."}/summary: Sets direction/' $L/dev-4.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit
  grep -q "dev-4.yaml:7:10: error: 'summary' must be a map, not text: write summary: {en: \"...\"}" $t/err || fail summary
  cp -r "$E2E_DATA/company/ladder/." $L/; printf 'remove: [mentorng]\n' >>$L/dev-4.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail remove-exit
  grep -q "removes 'mentorng', which it does not inherit (did you mean 'mentoring'?)" $t/err || fail remove
  cp -r "$E2E_DATA/company/ladder/." $L/; printf 'holds:\n  - Mentoring\n' >$t/have.yaml
  $CTOLADDER --roles "$L" gap dev-4 --have $t/have.yaml >$t/out 2>$t/err; [ $? = 2 ] || fail have-exit
  grep -q "have.yaml:2:5: error: 'Mentoring' is not a valid id for holds: ids are lower case (did you mean 'mentoring'?)" $t/err || fail have-case]=])
company(have-unknown-real-duty-warns [=[printf 'holds:\n  - pairing\n  - mentoring\n' >$t/have.yaml
  $CTOLADDER --roles "$L" gap dev-4 --have $t/have.yaml >$t/out 2>$t/err || fail exit
  grep -q "have.yaml:2:5: warning: unknown responsibility 'pairing' (no role holds it; the nearest id is 'hiring'; not counted" $t/err || fail warning
  printf 'holds:\n  - mentorign\n' >$t/have.yaml
  $CTOLADDER --roles "$L" gap dev-4 --have $t/have.yaml >$t/out 2>$t/err; [ $? = 2 ] || fail typo-exit
  grep -q "error: unknown responsibility 'mentorign' (did you mean 'mentoring'?)" $t/err || fail typo]=])
company(where-refines [=[$CTOLADDER --roles "$L" where senior-engineer principal-engineer >$t/out 2>$t/err || fail exit
  grep -q 'refines <built-in>/senior-engineer.yaml' $t/out || fail refines
  $CTOLADDER --roles "$L" where senior-engineer --width 200 | head -1 | grep -qE '^ROLE +FILE +REPLACES OR REFINES$' || fail header
  $CTOLADDER --roles "$L" --lang zh where senior-engineer --width 200 >$t/zh || fail zh
  head -1 $t/zh | grep -qE '^角色 +文件 +取代或细化$' && grep -q '细化 <built-in>/senior-engineer.yaml' $t/zh || fail zh-header
  $CTOLADDER --roles "$L" where senior-engineer --format tsv >$t/tsv || fail tsv
  awk -F'\t' '$1 == "senior-engineer" && $4 == "<built-in>/senior-engineer.yaml" { found = 1 } END { exit !found }' $t/tsv || fail tsv-refines
  ! grep -q 'replaces <built-in>/senior-engineer' $t/out || fail replaces
  $CTOLADDER --roles "$L" where senior-engineer --format json >$t/json || fail json
  jq -e '.roles[0].refines == "<built-in>/senior-engineer.yaml" and .roles[0].replaces == null' $t/json >/dev/null || fail json-keys
  sed -i '/^extends: senior-engineer/d' $L/senior-engineer.yaml
  printf 'name: {en: Senior}\nrank: 2\ntrack: individual-contributor\nscope: module\nsummary: {en: s}\npurpose: {en: p}\nsources: [{article: a, section: b}]\n' >>$L/senior-engineer.yaml
  $CTOLADDER --roles "$L" where senior-engineer --format tsv >$t/out 2>$t/err || fail replace-exit
  awk -F'\t' '$1 == "senior-engineer" && $3 == "<built-in>/senior-engineer.yaml" && $4 == "" { found = 1 } END { exit !found }' $t/out || fail replace]=])
company(shared-id-warned-once [=[for f in dev-3 em-1; do sed -i '/id: mentoring/{n;s/domain: development/domain: organization/}' $L/$f.yaml; done
  v; [ "$(cat $t/rc)" = 0 ] || fail exit
  [ "$(grep -c "warning: duty 'mentoring'" $t/err)" = 1 ] || fail "warned $(grep -c "warning: duty 'mentoring'" $t/err) times"
  grep -q ': no errors, 1 warning\.$' $t/out || fail summary]=])
company(site-failed-leaves-no-folder [=[sed -i 's/^rank: 3/\trank: 3/' $L/dev-3.yaml
  $CTOLADDER --roles "$L" site $t/site >$t/out 2>$t/err; [ $? = 2 ] || fail exit
  [ ! -e $t/site ] || fail "left $t/site"]=])
company(site-legend-no-source [=[$CTOLADDER --roles "$L" --no-builtin site $t/site >$t/out 2>$t/err || fail exit
  grep -q '>no source: the role file gives no basis</text>' $t/site/ladder.en.svg || fail legend
  ! grep -q '>inferred: no article' $t/site/ladder.en.svg || fail inferred
  $CTOLADDER --roles "$L" site $t/site2 >/dev/null 2>&1 || fail mixed
  grep -q '>inferred or unsourced: no article gives this step</text>' $t/site2/ladder.en.svg || fail mixed-legend]=])
company(complete-new-flags [=[$CTOLADDER __complete --no-b >$t/out || fail exit; grep -qx -- '--no-builtin' $t/out || fail no-builtin
  $CTOLADDER __complete site out --ti >$t/out || fail site; grep -qx -- '--title' $t/out || fail title]=])

# --- the second company trial's findings ---
# A command about one role also reads the roles its `next` steps lead to: a broken dev-2.yaml
# stops `describe dev-1` (which would show "next steps dev-2"), not `describe em-1`.
company(next-file-broken-fails-describe [=[sed -i 's/^rank: 2/\trank: 2/' $L/dev-2.yaml
  $CTOLADDER --roles "$L" describe dev-1 >$t/out 2>$t/err; [ $? = 2 ] || fail exit
  grep -q 'dev-2.yaml:5:1: error: a tab is used for indentation' $t/err || fail where; [ ! -s $t/out ] || fail stdout
  $CTOLADDER --roles "$L" describe em-1 >$t/out 2>$t/err || fail unrelated]=])
company(lazy-problem-says-what-was-read [=[sed -i '0,/domain: implementation/s//domain: implementaton/' $L/dev-1.yaml
  $CTOLADDER --roles "$L" describe dev-2 >$t/out 2>$t/err; [ $? = 2 ] || fail exit
  grep -q "error: unknown domain 'implementaton' (did you mean 'implementation'?)" $t/err || fail message
  grep -q "^ctoladder: error: the role files this command reads have 1 problem$" $t/err || fail summary
  grep -q "^ctoladder: hint: fix them; 'ctoladder validate FOLDER' checks every file$" $t/err || fail hint]=])
# A cycle is reported at the `extends` that points up the ladder, where the mistake is.
company(cycle-at-upward-extends [=[sed -i 's/^id: dev-1$/id: dev-1\nextends: dev-2/' $L/dev-1.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit; [ "$(errors)" = 1 ] || fail "errors: $(errors)"
  grep -q "dev-1.yaml:3:10: error: 'extends' forms a cycle: dev-2 -> dev-1 -> dev-2" $t/err || fail where]=])
# A tie is not settled by the alphabet: every candidate as near is named.
company(did-you-mean-names-a-tie [=[sed -i 's/^extends: dev-3$/extends: dev-9/' $L/dev-4.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit
  grep -q "role 'dev-4' extends unknown role 'dev-9' (did you mean 'dev-1', 'dev-2' or 'dev-3'?)" $t/err || fail message
  $CTOLADDER --roles "$L" --lang zh validate >/dev/null 2>$t/err
  grep -q "（是否想用 'dev-1'、'dev-2' 或 'dev-3'？）" $t/err || fail zh]=])
company(remove-typo-in-refinement [=[printf 'remove: [hands-on-codng]\n' >>$L/senior-engineer.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit
  grep -q "removes 'hands-on-codng', which it does not inherit (did you mean 'hands-on-coding'?)" $t/err || fail suggestion]=])
# ladder: a rung of several roles says whose years each are; one value shared by all, once.
company(ladder-years-say-whose [=[$CTOLADDER --roles "$L" --width 250 ladder >$t/out 2>$t/err || fail exit
  grep -E '^4 ' $t/out | grep -q 'em-1: 5+ years' || fail whose
  grep -E '^1 ' $t/out | grep -q 'dev-1: 0-2 years; programmer: 0-3 years' || fail both]=])
company(describe-next-and-refinement [=[$CTOLADDER --roles "$L" --width 250 describe dev-3 >$t/out 2>$t/err || fail exit
  [ "$(grep -c '^next steps' $t/out)" = 1 ] || fail "labels: $(grep -c '^next steps' $t/out)"
  grep -A1 '^next steps' $t/out | tail -1 | grep -q '^  *tl-1$' || fail second-step
  $CTOLADDER --roles "$L" --width 250 describe senior-engineer >$t/out 2>$t/err || fail refined
  grep -q 'inherited from <built-in>/senior-engineer.yaml$' $t/out || fail file
  ! grep -q 'inherited from senior-engineer$' $t/out || fail own-id]=])
company(new-starter-names-and-next [=[$CTOLADDER --roles "$L" new tl-3 --from tl-2 -o $t/n/tl-3.yaml >$t/out 2>$t/err || fail exit
  grep -q '^name: {en: "TL 3"}' $t/n/tl-3.yaml || fail name
  grep -q '^# next: \[tl-4\] .*# not inherited from tl-2' $t/n/tl-3.yaml || fail next
  $CTOLADDER new senior-engineer --from senior-engineer -o $t/n/senior-engineer.yaml >$t/out 2>$t/err || fail refine
  grep -q "^# next: \[your-next-role\] .*# added to senior-engineer's: architect" $t/n/senior-engineer.yaml || fail refine-next
  $CTOLADDER validate $t/n/senior-engineer.yaml $t/n/tl-3.yaml --roles "$L" >$t/out 2>$t/err || fail valid]=])
# `new -o DIR/FILE` reads DIR only when the base's file is there; else the usual unknown role,
# with the hint a forgotten --roles needs.
company(new-other-folder-not-read [=[mkdir -p $t/junk; printf 'holds: [a]\n' >$t/junk/notes.yaml
  $CTOLADDER new x --from dev-1 -o $t/junk/x.yaml >$t/out 2>$t/err; [ $? = 2 ] || fail exit
  grep -q "^ctoladder: error: unknown role 'dev-1'" $t/err || fail unknown; ! grep -q notes.yaml $t/err || fail junk
  grep -q "a role of your own needs its folder: --roles FOLDER" $t/err || fail hint]=])
company(pictures-have-no-fallback-marks [=[$CTOLADDER --roles "$L" --lang zh chart dev-2 dev-4 --format svg >$t/out 2>$t/err || fail exit
  ! grep -q '\[en\]' $t/out || fail marker; grep -q 'Operations' $t/out || fail domain]=])
company(markdown-chart-heading-no-bars [=[$CTOLADDER --roles "$L" compare dev-2 dev-4 --format markdown >$t/out 2>$t/err || fail exit
  grep -q '^## Responsibilities per domain$' $t/out || fail heading; ! grep -q 'bars' $t/out || fail bars
  $CTOLADDER --roles "$L" compare dev-2 dev-4 >$t/out 2>$t/err || fail text
  grep -q '^Responsibilities per domain (bars scaled to the largest, ' $t/out || fail text-bars]=])

# --- company trial 3 ---
# The role asked about has its own problem (an unknown parent) beside a broken neighbour: both
# are shown, in file order, not just the neighbour's.
company(broken-neighbour-and-own-extends [=[sed -i 's/^  - id: org-design/ - id: org-design/' $L/em-2.yaml
  sed -i 's/^extends: dev-3/extends: dev3/' $L/dev-4.yaml
  $CTOLADDER --roles "$L" describe dev-4 >$t/out 2>$t/err; [ $? = 2 ] || fail exit
  grep -q "dev-4.yaml:2:10: error: role 'dev-4' extends unknown role 'dev3' (did you mean 'dev-3'?)" $t/err || fail own
  grep -q 'em-2.yaml:[0-9]*:[0-9]*: error: ' $t/err || fail neighbour
  [ "$(grep -n 'dev-4.yaml' $t/err | head -1 | cut -d: -f1)" -lt "$(grep -n 'em-2.yaml' $t/err | head -1 | cut -d: -f1)" ] || fail order
  [ ! -s $t/out ] || fail stdout]=])
# A company role named like a built-in alias ('engineer' is one of senior-engineer's) is the
# company's: ids win over aliases, and the built-in file is not the user's to change.
company(builtin-alias-as-own-id [=[printf 'id: engineer\nextends: dev-3\nname: {en: Engineer}\n' >$L/engineer.yaml
  v; [ "$(cat $t/rc)" = 0 ] || fail exit; ! grep -q 'already used' $t/err || fail clash
  $CTOLADDER --roles "$L" describe engineer --format json >$t/out 2>$t/err || fail describe
  jq -e '.id == "engineer"' $t/out >/dev/null || fail own]=])
# dev-6.ymal is not read: the folder says so (once), and validating the file is an error.
company(misnamed-role-file [=[printf 'id: dev-6\nextends: dev-5\nname: {en: Dev 6}\n' >$L/dev-6.ymal
  v; [ "$(cat $t/rc)" = 0 ] || fail exit
  grep -q 'dev-6.ymal: warning: dev-6.ymal is not read: role files end in .yaml or .yml (rename it dev-6.yaml)' $t/err || fail warning
  v "$L/dev-6.ymal"; [ "$(cat $t/rc)" = 2 ] || fail file-exit
  grep -q 'dev-6.ymal: error: dev-6.ymal is not read' $t/err || fail file-error
  cp $L/dev-5.yaml $L/dev-5.yml.txt; cp $L/dev-5.yaml $L/dev-5.ymal; rm $L/dev-6.ymal
  v; [ ! -s $t/err ] || fail beside-proper]=])
# new -o FOLDER (existing, or ending in /) writes FOLDER/ID.yaml, as cp does.
company(new-into-folder [=[$CTOLADDER --roles "$L" new dev-6 --from dev-5 -o "$L" >$t/out 2>$t/err || fail exit
  [ -f $L/dev-6.yaml ] || fail file; grep -q "Wrote $L/dev-6.yaml" $t/out || fail said
  $CTOLADDER --roles "$L" new dev-7 --from dev-6 -o $t/new/ >$t/out 2>$t/err || fail slash
  [ -f $t/new/dev-7.yaml ] || fail slash-file
  $CTOLADDER new dev-8 -o $t/new/dev8.yaml >$t/out 2>$t/err; [ $? = 2 ] || fail misnamed]=])
# A copy not yet edited (cp dev-5.yaml dev-6.yaml; or to a name sorting first) is one problem, at
# the copy: never also a duplicate, and the original is never the one blamed.
company(copied-file-one-message [=[cp $L/dev-5.yaml $L/dev-6.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit; [ "$(errors)" = 1 ] || fail "errors: $(errors)"
  grep -q "dev-6.yaml:.*error: role id 'dev-5' does not match its file dev-6.yaml" $t/err || fail message
  rm $L/dev-6.yaml; cp $L/dev-5.yaml $L/a-copy.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit2; [ "$(errors)" = 1 ] || fail "errors2: $(errors)"
  grep -q "a-copy.yaml:.*error: role 'dev-5' must be in a file named 'dev-5.yaml', not 'a-copy.yaml'" $t/err || fail message2
  ! grep -q 'dev-5.yaml:.*error' $t/err || fail original]=])
# A duty listed twice says where the first one is.
company(duplicate-duty-says-first [=[sed -n '/^responsibilities:/,$p' $L/dev-1.yaml | sed -n '2,5p' >$t/duty
  cat $t/duty >>$L/dev-1.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit; grep -q "lists responsibility '.*' twice (first at line [0-9]*)" $t/err || fail message]=])
# A company's own ladder without the built-in roles: no executive column, a title of its own
# (or a plain default, not the built-in ladder's name) in the table and the pictures.
company(ladder-own-title-and-tracks [=[$CTOLADDER --roles "$L" --no-builtin --width 200 ladder >$t/out 2>$t/err || fail exit
  ! grep -q 'executive' $t/out || fail column; grep -q 'individual contributor' $t/out || fail ic
  $CTOLADDER --roles "$L" --no-builtin ladder --format dot >$t/out 2>$t/err || fail dot
  grep -q 'label="The career ladder"' $t/out || fail default-title
  $CTOLADDER --roles "$L" --no-builtin ladder --format dot --title 'Example Co. <ladder> & "steps"' >$t/out 2>$t/err || fail title
  dot -Tsvg $t/out >$t/svg 2>$t/dot-err || fail rendered; grep -q 'Example Co. &lt;ladder&gt; &amp;' $t/svg || fail svg
  $CTOLADDER --roles "$L" --no-builtin ladder --format mermaid --title 'Example Co.' | grep -q '^title: Example Co\.' || fail mermaid
  $CTOLADDER --roles "$L" --no-builtin --width 200 ladder --title 'Example Co.' | head -1 | grep -q '^Example Co\.$' || fail heading
  $CTOLADDER ladder --format dot | grep -q 'The software-engineering career ladder' || fail builtin]=])
# Overlay mistakes get a hint: a domain named where duties go, an unclosed '[' on its own line.
company(overlay-remove-domain-hint [=[printf 'id: cto\nextends: cto\noverlays:\n  lean:\n    axis: variant\n    summary: {en: "Lean"}\n    source: {article: x.md, section: y}\n    remove: [strategy]\n' >$L/cto.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit
  grep -q "cto.yaml:8:14: error: overlay 'lean' of 'cto' removes 'strategy', which the role does not have ('strategy' is a domain; overlays name duties one by one, and the role's in it are .* and [0-9]* more)" $t/err || fail hint]=])
company(unclosed-bracket-hint [=[sed -i 's/^next: \[dev-2\]/next: [dev-2/' $L/dev-1.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit
  grep -q "dev-1.yaml:13:.*end of sequence flow not found (the '\[' on line 12 is not closed: end it with '\]' on that line)" $t/err || fail hint
  ! grep -q "put it in quotes" $t/err || fail quotes]=])
# The site's ladder picture: no arrow runs through a box it does not start or end at (it would
# read as a step from that role), for the built-in ladder, the company's, and the company's with
# a row of three over a row of two (senior-engineer -> tl-1 passing staff-engineer).
company(site-ladder-arrows-miss-boxes [=[check() { python3 "$E2E_DATA/tools/check_ladder_arrows.py" "$1" >$t/check || { cat $t/check; fail "$1"; }; }
  $CTOLADDER site $t/builtin >/dev/null 2>$t/err || fail builtin; check $t/builtin/ladder.en.svg; check $t/builtin/ladder.zh.svg
  $CTOLADDER --roles "$L" site $t/company >/dev/null 2>$t/err || fail company; check $t/company/ladder.en.svg
  printf 'id: staff-engineer\nextends: senior-engineer\nname: {en: Staff Engineer}\nrank: 3\nsummary: {en: "Leads work across teams."}\n' >$L/staff-engineer.yaml
  sed -i 's/^next: \[tl-1\]/next: [tl-1, staff-engineer]/' $L/senior-engineer.yaml
  $CTOLADDER --roles "$L" site $t/staff >/dev/null 2>$t/err || fail staff; check $t/staff/ladder.en.svg
  grep -q 'data-from="senior-engineer" data-to="staff-engineer"' $t/staff/ladder.en.svg || fail step]=])
# A field a level leaves out is its base's, and says whose: dev-3 (Senior Developer) must not
# pass off dev-1's "Learn the codebase" purpose as its own.
company(describe-marks-inherited-fields [=[$CTOLADDER --roles "$L" --width 250 describe dev-3 >$t/out 2>$t/err || fail exit
  grep -q '^purpose .*(inherited from dev-1)$' $t/out || fail purpose
  grep -q '^scope  *system$' $t/out || fail own-scope
  $CTOLADDER --roles "$L" describe dev-3 --format json >$t/json || fail json
  jq -e '.inherited_fields.purpose == "dev-1" and (.inherited_fields | has("scope") | not)' $t/json >/dev/null || fail json-fields
  $CTOLADDER --roles "$L" describe dev-1 --format json | jq -e '.inherited_fields == {}' >/dev/null || fail root]=])
# A company's steps cite nothing: no "no source given" beside each, and the ladder lists the
# steps without an empty basis column.
company(unsourced-steps-say-nothing [=[$CTOLADDER --roles "$L" --width 250 describe dev-1 >$t/out 2>$t/err || fail exit
  ! grep -q 'no source given' $t/out || fail describe
  ! grep -q '^rank basis' $t/out || fail rank-basis
  $CTOLADDER --no-builtin --roles "$L" --width 250 ladder >$t/out 2>$t/err || fail ladder-exit
  grep -q '^Steps$' $t/out || fail heading
  grep -q '^dev-1 → dev-2$' $t/out || fail step
  ! grep -q 'no source given' $t/out || fail ladder]=])
# A word where a number goes is one message, where it is written, not also "'years' needs 'min',
# 'max' or both" (issue 16 trial, item 15).
company(range-word-one-error [=[sed -i 's/^years: .*/years: {min: six, max: 4}/' $L/dev-2.yaml
  v; [ "$(cat $t/rc)" = 2 ] || fail exit
  [ "$(errors)" = 1 ] || fail "errors: $(errors)"
  grep -q "dev-2.yaml:7:14: error: 'min' must be a whole number from 0 to 1000000, not 'six'" $t/err || fail message]=])
