// Growth paths, gap analysis and pictures: routes along `next:` edges, have files, coverage,
// the ladder as a graph and the radar chart. Uses the built-in library and the e2e growth folder
// (tests/e2e/data/growth: an intern below programmer, a staff engineer with two equally short
// ways to the CTO, and a `security` domain whose name holds an '&').
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "ctoladder/embedded.hpp"
#include "ctoladder/gap.hpp"
#include "ctoladder/growth_path.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/views.hpp"

using namespace ctoladder;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using Ids = std::vector<std::string>;

namespace {

const std::string kGrowth = CTOLADDER_SOURCE_DIR "/tests/e2e/data/growth";

const Library& builtin() {
  static const Library library = [] {
    Library loaded;
    add_embedded_library(loaded);
    return loaded;
  }();
  return library;
}

const Library& grown() {
  static const Library library = [] {
    Library loaded;
    add_embedded_library(loaded);
    Diagnostics problems;
    add_path(loaded, kGrowth + "/roles", {}, problems);
    if (has_errors(problems)) throw std::runtime_error(problems.front().format());
    return loaded;
  }();
  return library;
}

Ids route(const Library& library, const std::string& from, const std::string& to,
          Track track = Track::individual_contributor, const Ids& via = {}) {
  return find_route(library, from, to, track, via);
}

GrowthPath path(const Library& library, const std::string& from, const std::string& to,
                const Ids& via = {}) {
  return growth_path(library, resolve(library, from), resolve(library, to), via);
}

std::string problems_text(const Diagnostics& diagnostics) {
  std::string all;
  for (const auto& d : diagnostics) all += d.format() + "\n";
  return all;
}

}  // namespace

TEST_CASE("routes follow article B's ladder before the project's inferred links", "[growth]") {
  const Ids article_b{"programmer",   "senior-engineer", "architect",
                      "tech-manager", "tech-director",   "cto"};
  CHECK(route(builtin(), "programmer", "cto") == article_b);
  // Shorter through chief-architect (two inferred links), but an article's route comes first,
  // on any track.
  CHECK(route(builtin(), "programmer", "cto", Track::management) == article_b);
  CHECK(route(builtin(), "senior-engineer", "tech-director") ==
        Ids{"senior-engineer", "architect", "tech-manager", "tech-director"});
  CHECK(route(builtin(), "architect", "cto") ==
        Ids{"architect", "tech-manager", "tech-director", "cto"});
  // Where only an inferred link leads, it is taken.
  CHECK(route(builtin(), "architect", "chief-architect") == Ids{"architect", "chief-architect"});
  CHECK(route(builtin(), "cto", "cto") == Ids{"cto"});
}

TEST_CASE("ties between equal routes go to the id that comes first", "[growth]") {
  CHECK(route(grown(), "staff-engineer", "cto") ==
        Ids{"staff-engineer", "distinguished-engineer", "cto"});
  CHECK(route(grown(), "staff-engineer", "cto", Track::individual_contributor,
              {"principal-engineer"}) == Ids{"staff-engineer", "principal-engineer", "cto"});
  CHECK(route(grown(), "intern", "cto").size() == 7);
}

TEST_CASE("via roles force the route through them, in order", "[growth]") {
  CHECK(route(builtin(), "architect", "cto", Track::individual_contributor, {"tech-manager"}) ==
        Ids{"architect", "tech-manager", "tech-director", "cto"});
  CHECK(route(builtin(), "programmer", "cto", Track::individual_contributor,
              {"tech-manager", "head-of-engineering"}) ==
        Ids{"programmer", "senior-engineer", "architect", "tech-manager", "tech-director",
            "head-of-engineering", "cto"});
  CHECK(
      route(builtin(), "architect", "cto", Track::individual_contributor, {"programmer"}).empty());
}

TEST_CASE("an unreachable pair is a usage error naming where the ladder goes", "[growth]") {
  CHECK(route(builtin(), "cto", "programmer").empty());
  CHECK(reachable_from(builtin(), "tech-director") == Ids{"cto", "head-of-engineering"});
  CHECK(reachable_from(builtin(), "cto").empty());
  try {
    path(builtin(), "tech-director", "architect");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::usage);
    CHECK_THAT(e.what(), Contains("from tech-director to architect"));
    CHECK_THAT(e.hint(), Contains("reach only cto, head-of-engineering"));
  }
  try {
    path(builtin(), "cto", "programmer");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK_THAT(e.hint(), Contains("cto has no 'next' step"));
  }
  CHECK_THROWS_AS(path(grown(), "programmer", "staff-engineer"), Error);
}

TEST_CASE("a path keeps FROM's and TO's overlays and compares each step", "[growth]") {
  GrowthPath p = path(builtin(), "architect", "cto@startup");
  REQUIRE(p.roles.size() == 4);
  CHECK(p.roles.back().reference() == "cto@startup");
  Output out = path_view(builtin(), p, Lang::en);
  CHECK(out.data["route"] ==
        nlohmann::ordered_json({"architect", "tech-manager", "tech-director", "cto@startup"}));
  CHECK(out.data["steps"].size() == 3);
  CHECK(out.data["total"]["steps"] == 3);
  const auto& first = out.data["steps"][0];
  CHECK(first["from"] == "architect");
  CHECK(first["gained"].size() + first["kept"].get<std::size_t>() == 14);  // tech-manager's 14
  CHECK(first["link"]["source"]["section"] == "技术经理");
  // The last step carries the startup overlay's guidance with the CTO's own.
  bool startup_guidance = false;
  for (const auto& g : out.data["steps"][2]["guidance"])
    startup_guidance = startup_guidance || g["overlay"] == "startup";
  CHECK(startup_guidance);
  for (const auto& row : out.tsv) CHECK(row.size() == out.tsv_columns.size());
  // The scope change is a field row of step 1, with the typed values (words, not labels).
  bool scope = false;
  for (const auto& row : out.tsv)
    scope = scope || (row[0] == "1" && row[1] == "field" && row[3] == "scope" &&
                      row[4] == "system" && row[5] == "product-line");
  CHECK(scope);
  // The JSON has them too, with compare's name for the flag.
  const auto& scope_field = out.data["steps"][0]["fields"][2];
  CHECK(scope_field["field"] == "scope");
  CHECK(scope_field["from"] == "system");
  CHECK(scope_field["differs"] == true);
}

TEST_CASE("path text and zh headings", "[growth]") {
  Output en = path_view(builtin(), path(builtin(), "programmer", "cto"), Lang::en);
  std::string text = render_text(en.report, 100, false);
  CHECK_THAT(
      text,
      StartsWith("programmer → senior-engineer → architect → tech-manager → tech-director → cto "
                 "(5 steps)"));
  CHECK_THAT(text, Contains("Step 1 of 5: programmer (Programmer) → senior-engineer"));
  CHECK_THAT(text, Contains("Link: 004_3fe3bb29514d875f.txt § 高级程序员"));
  CHECK_THAT(text, Contains("Total: programmer → cto"));
  Output zh = path_view(builtin(), path(builtin(), "programmer", "cto"), Lang::zh);
  std::string zh_text = render_text(zh.report, 100, false);
  CHECK_THAT(zh_text, StartsWith("共 5 步：programmer → senior-engineer → architect"));
  CHECK_THAT(zh_text, Contains("第 1/5 步：程序员（programmer） → 高级程序员/工程师（senior-engineer）"));
  CHECK_THAT(zh_text, Contains("合计：程序员（programmer） → 首席技术官（cto）"));
  CHECK_THAT(zh_text, Contains("设计与动手实现（+5 -1）"));
}

TEST_CASE("have files: ids with positions, every problem at FILE:LINE:COL", "[gap]") {
  Diagnostics problems;
  auto ids = read_have_file(kGrowth + "/have/senior.yaml", problems);
  CHECK(problems.empty());
  REQUIRE(ids.size() == 5);
  CHECK(ids[1].id == "module-design");
  CHECK(ids[1].where.line == 4);
  CHECK(ids[1].where.column == 5);

  problems.clear();
  ids = read_have_file(kGrowth + "/have/typo.yaml", problems);
  check_known(known_duties(builtin()), ids, problems);
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0].format(),
             Contains("typo.yaml:3:5: error: unknown responsibility 'modul-design' (did you mean "
                      "'module-design'?)"));

  problems.clear();
  read_have_file(kGrowth + "/have/bad-key.yaml", problems);
  CHECK_THAT(problems_text(problems), Contains("bad-key.yaml:1:1: error: unknown key 'hold'"));
  CHECK_THAT(problems_text(problems), Contains("did you mean 'holds'"));

  problems.clear();
  read_have_file(kGrowth + "/have/bad-yaml.yaml", problems);
  CHECK_THAT(problems_text(problems), Contains("bad-yaml.yaml:"));
  CHECK_THAT(problems_text(problems), Contains("invalid YAML"));

  problems.clear();
  read_have_file(kGrowth + "/have", problems);
  CHECK_THAT(problems_text(problems), Contains("is a directory"));

  problems.clear();
  parse_have({"dup.yaml", "holds: [a-b, a-b, Bad_Id]\n"}, problems);
  CHECK_THAT(problems_text(problems), Contains("dup.yaml:1:14: warning: 'a-b' is listed twice"));
  CHECK_THAT(problems_text(problems), Contains("dup.yaml:1:19: error: 'Bad_Id' is not a valid id"));

  problems.clear();
  parse_have({"bin.yaml", std::string("holds: [a]\n\0", 12)}, problems);
  CHECK_THAT(problems_text(problems), Contains("bin.yaml:2:1: error: file contains a NUL byte"));
}

TEST_CASE("a have file larger than the bound is refused unread", "[gap]") {
  std::string path = "growth_test_big_have.yaml";
  {
    std::ofstream out(path);
    out << "holds:\n";
    while (out.tellp() < static_cast<std::streamoff>(kMaxHaveFileBytes + 10)) out << "  - a-b\n";
  }
  Diagnostics problems;
  CHECK(read_have_file(path, problems).empty());
  CHECK_THAT(problems_text(problems), Contains("too large"));
  std::remove(path.c_str());
}

TEST_CASE("have ids given on the command line", "[gap]") {
  Diagnostics problems;
  auto ids = parse_have_list("module-design, bug-diagnosis", "--have", problems);
  CHECK(problems.empty());
  CHECK(ids.size() == 2);
  parse_have_list("module-design,,x", "--have", problems);
  CHECK_THAT(problems_text(problems), Contains("--have: error: '' is not a responsibility id"));
}

TEST_CASE("the template is a valid have file of known ids", "[gap]") {
  for (Lang lang : {Lang::en, Lang::zh}) {
    Diagnostics problems;
    auto ids = parse_have({"template.yaml", have_template(lang)}, problems);
    check_known(known_duties(builtin()), ids, problems);
    CHECK(problems.empty());
    CHECK(ids.size() == 4);
  }
}

TEST_CASE("coverage per domain, what is missing and where it is learned", "[gap]") {
  Role architect = resolve(builtin(), "architect");
  Gap g =
      gap(builtin(), architect, {"technical-solutions", "hands-on-coding", "technical-solutions"});
  CHECK(g.held == Ids{"technical-solutions", "hands-on-coding"});
  CHECK(g.held_count == 1);
  CHECK(g.total == 13);
  REQUIRE(g.extra.size() == 1);
  CHECK(g.extra[0].duty.id == "hands-on-coding");
  CHECK(g.extra[0].learned_at == "programmer");
  CHECK(g.where_learned("technical-leadership")->learned_at == "senior-engineer");
  CHECK(g.domains.front().domain == "architecture");  // library order, not file order
  g.min = 5;
  CHECK(g.meets_min());
  g.min = 10;
  CHECK_FALSE(g.meets_min());

  Output out = gap_view(builtin(), g, Lang::en);
  CHECK(out.data["coverage"]["held"] == 1);
  CHECK(out.data["coverage"]["percent"] == 7.7);
  CHECK(out.data["meets_min"] == false);
  CHECK(out.tsv.back()[0] == "extra");
  for (const auto& row : out.tsv) CHECK(row.size() == out.tsv_columns.size());
  std::string text = render_text(out.report, 100, false);
  CHECK_THAT(text, Contains("Gap to architect (Architect): 1 of 13 held (7%)"));
  CHECK_THAT(text, Contains("architect (rank 3)"));
  CHECK_THAT(text, Contains("--min 10%: not met"));
}

TEST_CASE("gap in a user folder: its own domain and ids", "[gap]") {
  Role staff = resolve(grown(), "staff-engineer");
  Gap g = gap(grown(), staff, {"security-review", "learn-codebase"});
  CHECK(g.held_count == 1);
  REQUIRE(g.extra.size() == 1);
  CHECK(g.extra[0].learned_at == "intern");
  std::string zh = render_text(gap_view(grown(), g, Lang::zh).report, 100, false);
  CHECK_THAT(zh, Contains("安全与信任"));
}

TEST_CASE("chart: weights per domain, bars, and an escaped SVG", "[chart]") {
  std::vector<Role> roles{resolve(grown(), "architect"), resolve(grown(), "staff-engineer")};
  Output out = chart_view(grown(), roles, Lang::en);
  CHECK(out.data["max"] == 7);  // architect: 7 architecture duties
  CHECK(out.data["domains"].back()["id"] == "security");
  CHECK(out.data["roles"][1]["weights"].back()["count"] == 1);
  REQUIRE(out.raw);
  const std::string& svg = *out.raw;
  CHECK_THAT(svg, StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
  CHECK_THAT(svg, Contains("Security &amp; trust"));
  CHECK_THAT(svg, Contains("Noto Sans CJK SC"));
  CHECK(svg.find("Security & trust") == std::string::npos);
  CHECK_THAT(svg, Contains("</svg>\n"));
  CHECK_THAT(render_text(out.report, 100, false), Contains("████████████████████  7"));
  std::string zh = *chart_view(grown(), roles, Lang::zh).raw;
  CHECK_THAT(zh, Contains("xml:lang=\"zh-Hans\""));
  CHECK_THAT(zh, Contains("安全与信任"));
}

TEST_CASE("the ladder as dot and mermaid", "[chart]") {
  std::string dot = *ladder_graph_view(builtin(), Lang::en, Format::dot).raw;
  CHECK_THAT(dot, StartsWith("digraph ladder {"));
  CHECK_THAT(dot, Contains("subgraph cluster_management {"));
  CHECK_THAT(dot, Contains("\"programmer\" -> \"senior-engineer\";"));
  CHECK_THAT(dot, Contains("\"head-of-engineering\" -> \"cto\" [style=dashed];"));
  CHECK_THAT(dot, Contains("label=\"Programmer\\nprogrammer · rank 1\""));
  std::string mermaid = *ladder_graph_view(grown(), Lang::zh, Format::mermaid).raw;
  CHECK_THAT(mermaid, Contains("flowchart BT"));
  CHECK_THAT(mermaid, Contains("级别 1"));
  CHECK_THAT(mermaid, Contains(" --> "));
}

TEST_CASE("a picture format without a picture is a usage error", "[chart]") {
  Output plain = list_view(builtin(), Lang::en, true);
  CHECK_THROWS_AS(render(plain, {Format::svg, 100, false}), Error);
  plain.raw = "<svg/>";
  CHECK(render(plain, {Format::svg, 100, false}) == "<svg/>");
  CHECK(render(plain, {Format::tsv, 100, false}) == render_tsv(plain.tsv_columns, plain.tsv));
  CHECK(render(plain, {Format::tsv, 100, false}).rfind("id\nprogrammer\n", 0) == 0);
}

TEST_CASE("compare ends with the weights of both roles as bars", "[chart]") {
  Output out =
      compare_view(builtin(), resolve(builtin(), "architect"), resolve(builtin(), "cto"), Lang::en);
  std::string text = render_text(out.report, 100, false);
  CHECK_THAT(text, Contains("Responsibilities per domain (bars scaled to the largest, 20)"));
}
