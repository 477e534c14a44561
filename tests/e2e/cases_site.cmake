# `site OUT_DIR` and the chart fixes that came with it. The browser test (tests/browser/) drives
# the built site in headless Chromium; these cases check the command itself.
set(SITE_HOSTILE ${PROJECT_SOURCE_DIR}/tests/browser/hostile-roles)

e2e_shell(site-builds [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  out=$($CTOLADDER site "$dir/s") || exit 1
  grep -Eq "^Wrote $dir/s: [0-9]+ files \([0-9]+ pages\), ([0-9]+ KiB|[0-9]+\.[0-9] MiB), in [0-9]+\.[0-9]+ s\.$" <<<"$out" || { echo "report: $out"; exit 1; }
  for f in index.html index.en.html index.zh.html role-cto.en.html role-cto.startup.zh.html \
           compare.en.html search.zh.html domains.en.html data.js app.js site.js style.css ladder.en.svg; do
    [ -s "$dir/s/$f" ] || { echo "missing $f"; exit 1; }
  done
  xmllint --noout "$dir/s/ladder.en.svg" "$dir/s/ladder.zh.svg" || exit 1
  cmp -s "$dir/s/index.html" "$dir/s/index.en.html" || { echo "index.html is not the English index"; exit 1; }]=])
e2e_shell(site-is-reproducible [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  $CTOLADDER site "$dir/a" >/dev/null && $CTOLADDER site "$dir/b" >/dev/null && diff -r "$dir/a" "$dir/b" &&
    $CTOLADDER site "$dir/a" >/dev/null && diff -r "$dir/a" "$dir/b"]=])
e2e_shell(site-lang-zh [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  $CTOLADDER --lang zh site "$dir" >/dev/null && cmp -s "$dir/index.html" "$dir/index.zh.html" &&
    grep -q '<html lang="zh-Hans">' "$dir/index.html"]=])
e2e_shell(site-refuses-foreign-folder [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  echo mine >"$dir/notes.txt"
  err=$($CTOLADDER site "$dir" 2>&1 >/dev/null); code=$?
  [ $code -eq 2 ] && grep -q "is not empty and holds no site ctoladder wrote" <<<"$err" &&
    [ "$(cat "$dir/notes.txt")" = mine ] && [ "$(ls "$dir")" = notes.txt ]]=])
e2e_shell(site-removes-stale-pages [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  $CTOLADDER --roles "$E2E_DATA/growth/roles" site "$dir" >/dev/null && [ -f "$dir/role-intern.en.html" ] &&
    $CTOLADDER site "$dir" >/dev/null && [ ! -e "$dir/role-intern.en.html" ] && [ -f "$dir/role-cto.en.html" ]]=])
e2e_shell(site-json-report [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  $CTOLADDER site "$dir" --format json | jq -e '.summary.files > 30 and .summary.pages > 20 and .summary.bytes > 100000 and .summary.bytes < 2000000 and (.files | map(.path) | index("data.js") != null)' >/dev/null]=])
e2e_shell(site-hostile-escaped [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  $CTOLADDER --roles "$SITE_HOSTILE" site "$dir" >/dev/null || exit 1
  ! grep -l "<script>window.pwned\|<img src=x\|onmouseover=\"\|href=\"javascript:" "$dir"/*.html &&
    grep -q '&lt;script&gt;window.pwned=&#39;name&#39;&lt;/script&gt;Hostile' "$dir/role-hostile.en.html" &&
    ! grep -q '</script><script>' "$dir/data.js" && grep -q 'u003c/script' "$dir/data.js"]=])
set_property(TEST "e2e: site-hostile-escaped" APPEND PROPERTY ENVIRONMENT "SITE_HOSTILE=${SITE_HOSTILE}")

# chart: whole-number ticks drawn over the polygons, and the two other scales.
e2e_shell(chart-svg-ticks [=[unset CTOLADDER_ROLES
  svg=$($CTOLADDER chart architect tech-director cto --format svg) || exit 1
  ticks=$(sed -n '/class="scale"/,/<\/g>/p' <<<"$svg" | grep -o '>[0-9.%]*</text>' | tr -d '<>/text' | tr '\n' ' ')
  [ "$ticks" = "5 10 15 20 " ] || { echo "ticks: $ticks"; exit 1; }
  # the scale comes after every role's polygon, so no line is drawn over its numbers
  [ "$(grep -n 'class="scale"' <<<"$svg" | cut -d: -f1)" -gt "$(grep -n 'class="role"' <<<"$svg" | tail -1 | cut -d: -f1)" ]]=])
e2e(chart-svg-share --out "Share of each role" --out ">20%</text>" --check "xmllint --noout -"
    -- chart architect tech-director cto --format svg --scale share)
e2e(chart-svg-domain --out "(max 20)" --check "xmllint --noout -"
    -- chart architect tech-director cto --format svg --scale domain)
e2e(chart-text-share --out "%" --out "as a share of each role's own" -- chart architect cto --scale share)
e2e(chart-bad-scale --exit 2 --err "scale" -- chart architect --scale huge)
# chart's JSON carries the scale the picture uses (issue 16): from the JSON alone a script puts
# every role's point where the SVG draws it, under each scale (distance from the centre =
# fraction of the radius; the centre and radius are where the axes start and end).
e2e_shell(chart-json-redraws-svg [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  for scale in count share domain; do
    $CTOLADDER chart architect tech-director cto --scale $scale --format json >"$dir/c.json" &&
      $CTOLADDER chart architect tech-director cto --scale $scale --format svg >"$dir/c.svg" || exit 1
    python3 - "$dir/c.json" "$dir/c.svg" $scale <<'PY' || exit 1
import json, math, re, sys
data, svg, scale = json.load(open(sys.argv[1])), open(sys.argv[2]).read(), sys.argv[3]
assert data["scale"] == scale, data["scale"]
axes = re.findall(r'<line x1="([0-9.]+)" y1="([0-9.]+)" x2="([0-9.]+)" y2="([0-9.]+)"/>', svg)
cx, cy = float(axes[0][0]), float(axes[0][1])
radius = math.dist((cx, cy), (float(axes[0][2]), float(axes[0][3])))
polygons = re.findall(r'<g class="role" data-role="([^"]*)">\s*<polygon points="([^"]*)"', svg)
assert [p[0] for p in polygons] == [r["reference"] for r in data["roles"]], polygons
for (ref, points), role in zip(polygons, data["roles"]):
    corners = [tuple(map(float, p.split(","))) for p in points.split()]
    assert len(corners) == len(role["weights"]) == len(data["domains"])
    for (x, y), w, d in zip(corners, role["weights"], data["domains"]):
        drawn = math.dist((cx, cy), (x, y)) / radius
        assert abs(drawn - w["fraction"]) < 0.002, (scale, ref, w, drawn)
        share = 100 * w["count"] / role["total"]
        assert abs(w["role_share"] - share) < 0.051, (w, share)
        assert w["value"] == (w["role_share"] if scale == "share" else w["count"]), (scale, w)
        assert abs(w["fraction"] - min(w["value"], d["rim"]) / d["rim"]) < 0.002, (w, d)  # value has 1 decimal
ticks = re.findall(r'>([0-9.]+)%?</text>', re.search(r'class="scale".*?</g>', svg, re.S).group(0)) if 'class="scale"' in svg else []
assert [float(t) for t in ticks] == data["ticks"], (ticks, data["ticks"])
if scale != "domain":
    assert len({d["rim"] for d in data["domains"]}) == 1 and data["ticks"][-1] == data["domains"][0]["rim"]
print(scale, "ok")
PY
  done]=])
e2e_shell(chart-svg-eight-roles [=[unset CTOLADDER_ROLES
  svg=$($CTOLADDER chart programmer senior-engineer architect tech-manager tech-director chief-architect head-of-engineering cto --format svg) || exit 1
  xmllint --noout - <<<"$svg" && ! grep -qi "#F0E442\|#E69F00" <<<"$svg" &&
    [ "$(grep -c 'stroke-dasharray' <<<"$svg")" -ge 14 ]]=])

# The have-file's command: a site built with --roles names the folder (its base name only, so
# no builder's path is published) and the command works where that folder is.
e2e_shell(site-have-command-roles [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  mkdir -p "$dir/work/company" && cp -r "$E2E_DATA/growth/roles" "$dir/work/company/ladder" || exit 1
  $CTOLADDER --roles "$dir/work/company/ladder/" site "$dir/s" >/dev/null || exit 1
  page="$dir/s/role-intern.en.html"
  grep -q '<code id="assess-command">ctoladder gap intern --roles ladder --have ctoladder-have.yaml</code>' "$page" || { echo "no command"; exit 1; }
  grep -q 'ladder: the folder of role files this site was built from' "$page" || { echo "no note"; exit 1; }
  grep -q '<code id="assess-command">ctoladder gap intern --roles ladder' "$dir/s/role-intern.zh.html" || { echo "no zh command"; exit 1; }
  ! grep -l "$dir" "$dir/s"/* || { echo "the builder's path is published"; exit 1; }
  printf 'holds:\n  - learn-codebase\n' >"$dir/work/company/ctoladder-have.yaml"
  (cd "$dir/work/company" && $CTOLADDER gap intern --roles ladder --have ctoladder-have.yaml) | grep -q "1 of" || { echo "the command fails"; exit 1; }
  $CTOLADDER site "$dir/b" >/dev/null &&
    grep -q '<code id="assess-command">ctoladder gap cto --have ctoladder-have.yaml</code>' "$dir/b/role-cto.en.html" &&
    ! grep -q 'assess-note' "$dir/b/role-cto.en.html"]=])

# A fresh GitHub Pages clone: only hidden entries. Accepted, and they are left as they were.
e2e_shell(site-accepts-hidden-entries [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  mkdir -p "$dir/pages/.git/objects" && echo "ref: refs/heads/main" >"$dir/pages/.git/HEAD" &&
    : >"$dir/pages/.nojekyll" || exit 1
  $CTOLADDER site "$dir/pages" >/dev/null || { echo "refused a folder of hidden entries"; exit 1; }
  [ -f "$dir/pages/index.html" ] && [ "$(cat "$dir/pages/.git/HEAD")" = "ref: refs/heads/main" ] &&
    [ -f "$dir/pages/.nojekyll" ] && [ -d "$dir/pages/.git/objects" ] || exit 1
  echo ladder.example.com >"$dir/pages/CNAME"
  $CTOLADDER site "$dir/pages" >/dev/null && [ "$(cat "$dir/pages/CNAME")" = ladder.example.com ] &&
    [ -f "$dir/pages/.nojekyll" ] || exit 1
  # a visible file beside hidden ones still makes a foreign folder
  mkdir "$dir/other" && : >"$dir/other/.gitkeep" && echo mine >"$dir/other/notes.txt"
  $CTOLADDER site "$dir/other" >/dev/null 2>&1; [ $? -eq 2 ] && [ "$(ls -A "$dir/other" | tr '\n' ' ')" = ".gitkeep notes.txt " ]]=])

# The index's ladder picture draws every `next:` link `ladder --format dot` draws, the same ones
# dashed (the project's inference), including steps between roles of one rank (chief architect
# and head of engineering beside the CTO), and its legend says what dashed means.
e2e_shell(site-ladder-svg-every-step [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  $CTOLADDER site "$dir" >/dev/null || exit 1
  dot=$($CTOLADDER ladder --format dot | sed -n 's/^  "\([^"]*\)" -> "\([^"]*\)"\( \[style=dashed\]\)\{0,1\};$/\1 \2\3/p' |
        sed 's/ \[style=dashed\]$/ inferred/; / inferred$/!s/$/ sourced/' | sort)
  [ "$(wc -l <<<"$dot")" -ge 9 ] || { echo "dot edges: $dot"; exit 1; }
  for lang in en zh; do
    svg="$dir/ladder.$lang.svg"
    drawn=$(sed -n 's/.*<path class="step \([a-z]*\)" data-from="\([^"]*\)" data-to="\([^"]*\)".*/\2 \3 \1/p' "$svg" | sort)
    [ "$drawn" = "$dot" ] || { echo "$lang: drawn steps differ from dot's:"; diff <(echo "$dot") <(echo "$drawn"); exit 1; }
    # dashed exactly when inferred
    [ "$(grep -c 'class="step inferred".*stroke-dasharray' "$svg")" = "$(grep -c 'class="step inferred"' "$svg")" ] &&
      ! grep -q 'class="step sourced".*stroke-dasharray' "$svg" || { echo "$lang: dashes"; exit 1; }
    grep -q 'data-from="chief-architect" data-to="cto"' "$svg" && grep -q 'data-from="head-of-engineering" data-to="cto"' "$svg" || exit 1
  done
  grep -q ">inferred: no article gives this step</text>" "$dir/ladder.en.svg" &&
    grep -q ">sourced: an article gives this step</text>" "$dir/ladder.en.svg" &&
    grep -q ">推断：没有文章给出这一步</text>" "$dir/ladder.zh.svg" || { echo "legend"; exit 1; }
  # the legend sits inside the picture
  h=$(sed -n 's/^<svg [^>]* height="\([0-9]*\)".*/\1/p' "$dir/ladder.en.svg")
  ly=$(sed -n '/class="legend"/,/<\/g>/s/.*<text x="[0-9.]*" y="\([0-9]*\).*/\1/p' "$dir/ladder.en.svg" | head -1)
  [ -n "$h" ] && [ -n "$ly" ] && [ "$ly" -lt "$h" ] || { echo "legend at $ly of $h"; exit 1; }]=])

# A role page shows each next step's basis (an article's section, or the project's inference in
# words) and the role's guidance with sources, in both languages.
e2e_shell(site-role-guidance-and-basis [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  $CTOLADDER site "$dir" >/dev/null || exit 1
  en="$dir/role-chief-architect.en.html" zh="$dir/role-chief-architect.zh.html"
  grep -q '<li class="step inferred" data-to="cto">.*<span class="basis-kind">the project.s inference</span>' "$en" &&
    grep -q '<p class="basis">Within the technology leadership of a larger company. Article A gives this role part of the CTO' "$en" &&
    grep -q '<span class="basis-kind">本项目的推断</span>' "$zh" || { echo "chief-architect basis"; exit 1; }
  grep -q '<li class="step sourced" data-to="senior-engineer">.*<span class="basis-kind">sourced</span><p class="basis">Source: <cite class="article"><a href="sources.en.html#src-004_5f3fe3bb29514d875f_2etxt">Article B, .CTO, tech director and tech manager: how they differ.</a></cite> § ' "$dir/role-programmer.en.html" ||
    { echo "programmer basis"; exit 1; }
  n=$($CTOLADDER describe cto --format json | jq '.guidance | length')
  [ "$n" -gt 0 ] && grep -q "<h2 id=\"guidance-h\">Guidance ($n)</h2>" "$dir/role-cto.en.html" &&
    grep -q "<h2 id=\"guidance-h\">建议（$n）</h2>" "$dir/role-cto.zh.html" || { echo "cto guidance ($n)"; exit 1; }
  first_en=$($CTOLADDER describe cto --format json | jq -r '.guidance[0].text.en // .guidance[0].text')
  grep -qF "<span class=\"text\">${first_en//\'/&#39;}</span>" "$dir/role-cto.en.html" || { echo "guidance text: $first_en"; exit 1; }
  [ "$(grep -o '<li class="advice">' "$dir/role-cto.en.html" | wc -l)" -ge "$n" ] &&
    [ "$(grep -o '<li class="advice"><span class="text">[^<]*</span><p class="source">出处：<cite class="article"><a href="sources.zh.html#src-[^"]*">文章 [AB]《[^<]*》</a></cite> § ' "$dir/role-cto.zh.html" | wc -l)" -ge "$n" ]]=])

# Issue 12: the built-in tracks are the project's grouping; the site says so where `describe` and
# `ladder` do. A company's own role states its own track, unmarked.
e2e_shell(site-tracks-marked-as-inference [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  $CTOLADDER site "$dir" >/dev/null || exit 1
  grep -q "<dd>individual contributor (the project&#39;s inference)</dd>" "$dir/role-architect.en.html" ||
    grep -q "<dd>individual contributor (the project's inference)</dd>" "$dir/role-architect.en.html" ||
    { echo "en track row"; exit 1; }
  grep -q '<dd>专业序列（本项目的推断）</dd>' "$dir/role-architect.zh.html" || { echo "zh track row"; exit 1; }
  # Scopes are the project's scale too, and a rank no article gives is marked like them.
  grep -q '<dd>系统（本项目的推断）</dd>' "$dir/role-architect.zh.html" || { echo "zh scope row"; exit 1; }
  grep -q '<dd>5（本项目的推断）</dd>' "$dir/role-chief-architect.zh.html" || { echo "zh inferred rank"; exit 1; }
  grep -q '<dd>6</dd>' "$dir/role-cto.zh.html" || { echo "zh sourced rank"; exit 1; }
  grep -q '<dd>超过20人</dd>' "$dir/role-tech-director.zh.html" || { echo "zh team size"; exit 1; }
  # The index's table names the two inferred ranks (chief architect, head of engineering) and no other.
  [ "$(grep -o '· 级别：本项目的推断' "$dir/index.zh.html" | wc -l)" = 2 ] || { echo "zh index inferred ranks"; exit 1; }
  grep -q '<code>head-of-engineering</code> · 级别：本项目的推断' "$dir/index.zh.html" || { echo "zh index hoe rank"; exit 1; }
  grep -q '<dd>chief-technology-officer、首席技术官</dd>' "$dir/role-cto.zh.html" || { echo "zh aliases"; exit 1; }
  grep -q '路线是本项目的推断' "$dir/index.zh.html" || { echo "zh index note"; exit 1; }
  grep -q 'Tracks are the project' "$dir/index.en.html" || { echo "en index note"; exit 1; }]=])

# A site in one language says so once on stderr (issue 16's trial): in the language asked for,
# naming index.html's language when it is not the one asked; a two-language site says nothing.
e2e_shell(site-warns-one-language [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  err=$($CTOLADDER --roles "$E2E_DATA/company/ladder" --lang zh site "$dir/zh" 2>&1 >/dev/null) || exit 1
  [ "$err" = "ctoladder: 警告：网站只有英文页面：并非每个角色都有中文名称；index.html 是英文首页，而不是所要求的中文" ] || { echo "zh: $err"; exit 1; }
  err=$($CTOLADDER --roles "$E2E_DATA/company/ladder" --lang en site "$dir/en" 2>&1 >/dev/null) || exit 1
  [ "$err" = "ctoladder: warning: the site is in English only: not every role is named in Chinese" ] || { echo "en: $err"; exit 1; }
  err=$($CTOLADDER --lang zh site "$dir/both" 2>&1 >/dev/null) || exit 1
  [ -z "$err" ] || { echo "two languages: $err"; exit 1; }]=])
# chart --format tsv names its columns as the JSON names its weights, so `role_share` is the
# share `--scale share` draws, and `value` and `fraction` are what the picture draws.
e2e_shell(chart-tsv-names-as-json [=[unset CTOLADDER_ROLES
  for scale in count share domain; do
    tsv=$($CTOLADDER chart architect tech-director cto --scale $scale --format tsv) || exit 1
    [ "$(head -1 <<<"$tsv")" = "$(printf 'role\tdomain\tcount\trole_share\tvalue\tfraction')" ] || { echo "header: $(head -1 <<<"$tsv")"; exit 1; }
    json=$($CTOLADDER chart architect tech-director cto --scale $scale --format json | jq -r '.roles[] as $r | $r.weights[] | [$r.reference, .domain, .count, .role_share, .value, .fraction] | @tsv') || exit 1
    [ "$(tail -n +2 <<<"$tsv")" = "$json" ] || { echo "$scale: the TSV rows differ from the JSON's weights"; diff <(tail -n +2 <<<"$tsv") <(echo "$json") | head; exit 1; }
  done]=])

# The 2026-12-03 trial of `site` (issue 16). SITE_ACME: the trial's company ladder (five role
# files, some extending built-in roles, citing acme-ladder-2026.md).
set(SITE_ACME ${PROJECT_SOURCE_DIR}/tests/e2e/data/site-acme)
# No role to show (--no-builtin without --roles) is bad input: exit 2, nothing written.
e2e_shell(site-no-role-is-an-error [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  err=$($CTOLADDER --no-builtin site "$dir/s" 2>&1 >/dev/null); code=$?
  [ $code -eq 2 ] || { echo "exit $code"; exit 1; }
  grep -q "error: no role to put on the site" <<<"$err" && grep -q "hint: give the folder of your role files with --roles DIR" <<<"$err" || { echo "$err"; exit 1; }
  [ ! -e "$dir/s" ] || { echo "a site folder was written"; exit 1; }]=])
# A rebuild from other role folders or under another title warns, naming what changed; the
# same build again says nothing.
e2e_shell(site-rebuild-warns-what-changed [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  $CTOLADDER --roles "$SITE_ACME" site "$dir/s" --title "Acme ladder" >/dev/null 2>"$dir/e0" || exit 1
  ! grep -v "the site is in English only" "$dir/e0" || exit 1
  $CTOLADDER --roles "$SITE_ACME" site "$dir/s" --title "Acme ladder" >/dev/null 2>"$dir/e1" || exit 1
  ! grep -v "the site is in English only" "$dir/e1" || { echo "same build warned"; exit 1; }
  $CTOLADDER site "$dir/s" >/dev/null 2>"$dir/e2" || exit 1
  [ "$(grep -c warning "$dir/e2")" = 2 ] || { cat "$dir/e2"; exit 1; }
  grep -qF "warning: $dir/s was built from the built-in library with site-acme; its pages are replaced by a site of the built-in library" "$dir/e2" &&
    grep -qF "warning: $dir/s had the title 'Acme ladder'; it now has the default title" "$dir/e2" || { cat "$dir/e2"; exit 1; }
  $CTOLADDER --no-builtin --roles "$SITE_ACME" site "$dir/s" >/dev/null 2>"$dir/e3" || exit 1
  grep -qF "was built from the built-in library; its pages are replaced by a site of site-acme" "$dir/e3" &&
    ! grep -q title "$dir/e3" || { cat "$dir/e3"; exit 1; }]=])
set_property(TEST "e2e: site-rebuild-warns-what-changed" APPEND PROPERTY ENVIRONMENT "SITE_ACME=${SITE_ACME}")
# Citations: English pages name sections in the project's English, the article links to the
# sources page, which lists every article cited with its file; a company-only site too; an
# http(s) article is a link.
e2e_shell(site-citations-and-sources [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  $CTOLADDER site "$dir/s" >/dev/null || exit 1
  grep -qF '<cite class="article"><a href="sources.en.html#src-004_5f3fe3bb29514d875f_2etxt">Article B, “CTO, tech director and tech manager: how they differ”</a></cite> § Architect' "$dir/s/role-architect.en.html" || { echo "architect en citation"; exit 1; }
  grep -qF '</cite> § 架构师' "$dir/s/role-architect.zh.html" || { echo "architect zh citation"; exit 1; }
  ! grep -l '伯乐在线' "$dir"/s/*.html || { echo "the article's page title shows"; exit 1; }
  ! grep -h -o '</cite> § [^<]*' "$dir"/s/*.en.html | python3 -c 'import re, sys; sys.exit(0 if re.search("[\u4e00-\u9fff]", sys.stdin.read()) else 1)' || { echo "a Chinese section on an English page"; exit 1; }
  grep -qF '<h2 id="src-004_5f3fe3bb29514d875f_2etxt-h">Article B</h2>' "$dir/s/sources.en.html" &&
    grep -qF '<code>004_3fe3bb29514d875f.txt</code>' "$dir/s/sources.en.html" &&
    grep -qF '<code>000_dd70d542bb17934c.txt</code>' "$dir/s/sources.en.html" &&
    grep -qF '<h2 id="src-004_5f3fe3bb29514d875f_2etxt-h">文章 B</h2>' "$dir/s/sources.zh.html" || { echo "sources page"; exit 1; }
  mkdir "$dir/r" && cp "$SITE_ACME"/*.yaml "$dir/r/" &&
    sed -i 's|article: acme-ladder-2026.md, section: Engineer II|article: "https://acme.example/l?v=2\&x=<1>", section: Engineer II|' "$dir/r/eng-2.yaml"
  $CTOLADDER --no-builtin --roles "$dir/r" site "$dir/c" >/dev/null 2>&1 || exit 1
  grep -qF '<a href="https://acme.example/l?v=2&amp;x=&lt;1&gt;" rel="noopener noreferrer">https://acme.example/l?v=2&amp;x=&lt;1&gt;</a></cite> § Engineer II' "$dir/c/role-eng-2.en.html" || { echo "no web link"; exit 1; }
  grep -qF 'Article B' "$dir/c/sources.en.html" && grep -qF '<code>acme-ladder-2026.md</code>' "$dir/c/sources.en.html" || { echo "company sources page"; exit 1; }]=])
set_property(TEST "e2e: site-citations-and-sources" APPEND PROPERTY ENVIRONMENT "SITE_ACME=${SITE_ACME}")
# Dashed arrows are long enough to show their dashes beside the arrowhead (two boxes side by
# side joined by a step were 16 px apart: the arrow read as solid).
e2e_shell(site-dashed-arrows-show-dashes [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  $CTOLADDER --roles "$SITE_ACME" site "$dir/s" >/dev/null 2>&1 || exit 1
  python3 - "$dir/s/ladder.en.svg" <<'PY'
import math, re, sys
svg = open(sys.argv[1], encoding="utf-8").read()
steps = re.findall(r'<path class="step (\w+)" data-from="([^"]*)" data-to="([^"]*)" d="([^"]*)"([^/]*)/>', svg)
dashed = [s for s in steps if "stroke-dasharray" in s[4]]
assert len(dashed) >= 5, steps
short = []
for kind, a, b, d, rest in dashed:
    pts = [tuple(map(float, p.split(","))) for p in re.findall(r"-?[0-9.]+,-?[0-9.]+", d)]
    chord = sum(math.dist(p, q) for p, q in zip(pts, pts[1:]))
    if chord < 40: short.append((a, b, round(chord, 1)))
assert not short, f"dashed arrows too short to show dashes: {short}"
PY
]=])
set_property(TEST "e2e: site-dashed-arrows-show-dashes" APPEND PROPERTY ENVIRONMENT "SITE_ACME=${SITE_ACME}")
# A title of only spaces or none at all is a mistake on the command line (it gave a blank
# heading, or silently the default): exit 2, nothing written. A title is used trimmed.
e2e_shell(site-title-checked [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  for t in "   " ""; do
    err=$($CTOLADDER site "$dir/s" --title "$t" 2>&1 >/dev/null); code=$?
    [ $code -eq 2 ] && grep -q "error: --title is empty" <<<"$err" && [ ! -e "$dir/s" ] || { echo "title '$t': $code $err"; exit 1; }
  done
  $CTOLADDER site "$dir/s" --title "  Acme ladder " >/dev/null || exit 1
  grep -q '<title>Acme ladder</title>' "$dir/s/index.en.html" && grep -q '<h1>Acme ladder</h1>' "$dir/s/index.en.html"]=])
# A role page lists its next steps once (the section with each basis, not also a facts row) and
# marks a step within a rank, as `ladder` and `path` do.
e2e_shell(site-next-steps-once-and-across [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  $CTOLADDER site "$dir/s" >/dev/null || exit 1
  [ "$(grep -c 'Next steps' "$dir/s/role-architect.en.html")" = 1 ] || { echo "Next steps twice"; exit 1; }
  grep -q 'data-to="head-of-engineering"><a href="role-head-of-engineering.en.html">Head of engineering</a><span class="across"> (across, same rank)</span>' "$dir/s/role-tech-director.en.html" &&
    grep -q '<span class="across">（同级平移）</span>' "$dir/s/role-tech-director.zh.html" &&
    ! grep -q 'across, same rank' "$dir/s/role-chief-architect.en.html" || { echo "across mark"; exit 1; }]=])
# Role text a partly translated ladder gives only in English shows on the Chinese pages marked
# '[en]' and tagged lang="en", as the CLI marks it (issue 16 trial, item 9).
e2e_shell(site-fallback-text-marked [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  mkdir "$dir/r" && cp "$SITE_ACME"/*.yaml "$dir/r/" || exit 1
  sed -i 's|^name: {en: "\([^"]*\)"}|name: {en: "\1", zh: "\1（中文）"}|' "$dir"/r/*.yaml
  $CTOLADDER --roles "$dir/r" site "$dir/s" >/dev/null 2>&1 || exit 1
  [ -f "$dir/s/role-eng-1.zh.html" ] || { echo "no Chinese pages"; exit 1; }
  grep -qF '<span class="text"><span class="fallback" lang="en"><span class="fallback-mark">[en]</span> Write, test and ship code for tasks the team has broken down.</span></span>' "$dir/s/role-eng-1.zh.html" || { echo "unmarked"; exit 1; }
  ! grep -q 'fallback' "$dir/s/role-eng-1.en.html" "$dir/s/role-cto.zh.html" || { echo "marked where it is not a fallback"; exit 1; }]=])
set_property(TEST "e2e: site-fallback-text-marked" APPEND PROPERTY ENVIRONMENT "SITE_ACME=${SITE_ACME}")
# An English-only company publishing its ladder with the bilingual built-in roles asks for one
# language: English pages only, no switch, no note on the pages, no warning (issue 16 trial,
# item 10). The Chinese pages can have a name of their own (item 15).
e2e_shell(site-one-language-and-title-zh [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  err=$($CTOLADDER --roles "$E2E_DATA/company/ladder" --lang en site "$dir/en" --one-language 2>&1 >/dev/null) || exit 1
  [ -z "$err" ] || { echo "warned: $err"; exit 1; }
  ! ls "$dir/en" | grep -q '\.zh\.' || { echo "Chinese pages"; exit 1; }
  ! grep -l 'lang-note\|lang-switch' "$dir"/en/*.html || { echo "note or switch"; exit 1; }
  grep -q '<h1>Architect</h1>' "$dir/en/role-architect.en.html" || { echo "built-in role page"; exit 1; }
  $CTOLADDER --lang zh site "$dir/zh" --one-language --title "Acme ladder" --title-zh "Acme 职业阶梯" >/dev/null 2>&1 || exit 1
  ! ls "$dir/zh" | grep -q '\.en\.' || { echo "English pages"; exit 1; }
  grep -q '<h1>Acme 职业阶梯</h1>' "$dir/zh/index.zh.html" || { echo "zh title"; exit 1; }
  $CTOLADDER site "$dir/both" --title "Acme ladder" --title-zh "Acme 职业阶梯" >/dev/null 2>&1 || exit 1
  grep -q '<h1>Acme ladder</h1>' "$dir/both/index.en.html" && grep -q '<h1>Acme 职业阶梯</h1>' "$dir/both/index.zh.html" || { echo "two titles"; exit 1; }
  err=$($CTOLADDER site "$dir/both" --title "Acme ladder" 2>&1 >/dev/null) || exit 1
  grep -qF "had the Chinese title 'Acme 职业阶梯'; it now has the default title" <<<"$err" || { echo "rebuild: $err"; exit 1; }
  err=$($CTOLADDER site "$dir/x" --title-zh "  " 2>&1 >/dev/null); code=$?
  [ $code -eq 2 ] && grep -q "error: --title-zh is empty" <<<"$err" && [ ! -e "$dir/x" ] || { echo "empty: $code $err"; exit 1; }]=])
# Role pages say which duties and fields a level takes from the role it extends, as describe does.
e2e_shell(site-marks-inherited [=[unset CTOLADDER_ROLES
  dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT
  $CTOLADDER --roles "$E2E_DATA/company/ladder" site "$dir/s" >/dev/null 2>&1 || exit 1
  p="$dir/s/role-dev-3.en.html"
  grep -q '<code class="id">hands-on-coding</code> <span class="inherited">(inherited from <a href="role-dev-1.en.html">' "$p" || { echo duty; exit 1; }
  grep -q 'class="purpose">.*<span class="inherited">(inherited from <a href="role-dev-1.en.html">' "$p" || { echo purpose; exit 1; }
  ! grep -q '<code class="id">architecture-design</code> <span class="inherited">' "$p" || { echo "own duty marked"; exit 1; }]=])
