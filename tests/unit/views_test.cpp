// Command views: what list, describe, compare, diff, search, validate, where, new and site show,
// checked through their data (json/yaml), tsv rows and report. Uses the unit-test ladder
// (tests/data/unit/ladder).
#include "ctoladder/views.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

#include "ctoladder/loader.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/site.hpp"

#include "fixtures.hpp"

using namespace ctoladder;
using Catch::Matchers::Contains;
using Ids = std::vector<std::string>;

namespace {

const Library& ladder() {
  return fixtures::ladder();
}

// One column of the tsv rows.
Ids tsv_column(const Output& out, std::size_t column) {
  Ids values;
  for (const auto& row : out.tsv) values.push_back(row.at(column));
  return values;
}

// The text of every heading of `level`, in order.
Ids headings(const Output& out, int level) {
  Ids texts;
  for (const auto& block : out.report.blocks)
    if (block.kind == Block::Kind::heading && block.level == level)
      texts.push_back(block.text.text);
  return texts;
}

// "role id" for every hit of a search.
Ids hits(const Output& out) {
  Ids found;
  for (const auto& hit : out.data["hits"])
    found.push_back(hit["role"].get<std::string>() + " " + hit["id"].get<std::string>());
  return found;
}

Output search(std::string text, std::optional<std::string> domain = std::nullopt,
              std::optional<std::string> role = std::nullopt) {
  SearchQuery query;
  query.text = std::move(text);
  query.domain = std::move(domain);
  query.role = std::move(role);
  return search_view(ladder(), query, Lang::en);
}

}  // namespace

TEST_CASE("list shows the roles in ladder order: rank, then id", "[views]") {
  const Ids order{"coder", "designer", "lead", "boss"};
  Output out = list_view(ladder(), Lang::en, false);
  Ids ids;
  for (const auto& role : out.data["roles"]) ids.push_back(role["id"].get<std::string>());
  CHECK(ids == order);
  CHECK(tsv_column(out, 0) == order);
  CHECK(tsv_column(out, 3) == Ids{"1", "3", "3", "5"});
  CHECK(tsv_column(out, 2) ==
        Ids{"individual-contributor", "individual-contributor", "management", "executive"});

  std::string text = render_text(out.report, 120, false);
  std::size_t previous = 0;
  for (const auto& id : order) {
    std::size_t at = text.find("\n" + id + " ");
    CAPTURE(id, text);
    REQUIRE(at != std::string::npos);
    CHECK(at > previous);
    previous = at;
  }
  CHECK_THAT(render_text(list_view(ladder(), Lang::zh, false).report, 120, false),
             Contains("技术老板"));
}

TEST_CASE("list --ids gives bare ids in ladder order", "[views]") {
  Output out = list_view(ladder(), Lang::en, true);
  CHECK(out.data == nlohmann::ordered_json{{"ids", {"coder", "designer", "lead", "boss"}}});
  CHECK(out.tsv == std::vector<Ids>{{"coder"}, {"designer"}, {"lead"}, {"boss"}});
  CHECK(render_text(out.report, 80, false) == "coder\ndesigner\nlead\nboss\n");
}

TEST_CASE("describe groups responsibilities by domain in domains.yaml order", "[views]") {
  Role lead = resolve(ladder(), "lead");
  Output en = describe_view(ladder(), lead, Lang::en, false);
  CHECK(headings(en, 1) == Ids{"lead — Team Lead"});
  CHECK(headings(en, 2) == Ids{"Strategy (1)", "People (1)", "Architecture (1)", "Coding (2)"});
  CHECK(tsv_column(en, 0) == Ids{"strategy", "people", "architecture", "coding", "coding"});
  CHECK(tsv_column(en, 1) ==
        Ids{"plan-work", "hire-engineers", "design-modules", "write-code", "review-code"});
  CHECK(en.data["id"] == "lead");
  CHECK(en.data["responsibilities"].size() == 5);

  Output zh = describe_view(ladder(), lead, Lang::zh, false);
  CHECK(headings(zh, 1) == Ids{"技术组长（lead）"});
  CHECK(headings(zh, 2) == Ids{"战略（1）", "人才（1）", "架构（1）", "编码（2）"});
  CHECK(tsv_column(zh, 2).back() == "评审团队代码并制定规范。");
}

TEST_CASE("describe shows sources on request and the overlays applied", "[views]") {
  Output plain = describe_view(ladder(), resolve(ladder(), "boss@small"), Lang::en, false);
  std::string text = render_text(plain.report, 120, false);
  CHECK_THAT(text, Contains("boss@small — Technology Boss"));
  CHECK_THAT(text, Contains("@small"));
  CHECK_THAT(text, Contains("A small company."));
  CHECK_THAT(text, Contains("hands-on"));
  CHECK(text.find("grow-people") == std::string::npos);
  CHECK(text.find("fixture.txt") == std::string::npos);
  CHECK(plain.data["applied"] == nlohmann::ordered_json{"small"});

  Output sourced = describe_view(ladder(), resolve(ladder(), "boss@small"), Lang::en, true);
  CHECK_THAT(render_text(sourced.report, 120, false), Contains("fixture.txt § Small"));
}

TEST_CASE("diff of a role with itself is identical", "[views]") {
  Role boss = resolve(ladder(), "boss");
  Output same = diff_view(ladder(), boss, boss, Lang::en);
  const auto& summary = same.data["summary"];
  CHECK(summary["identical"] == true);
  CHECK(summary["shared"] == 4);
  CHECK(summary["reworded"] == 0);
  CHECK(summary["only_a"] == 0);
  CHECK(summary["only_b"] == 0);
  CHECK(summary["fields_differ"] == 0);
  for (const auto& row : same.tsv) {
    CHECK(row.at(0) != "-");
    CHECK(row.at(0) != "+");
  }
  // Like diff(1): nothing to read, not even the --- and +++ lines.
  CHECK(same.report.blocks.empty());
}

TEST_CASE("diff of two roles shows what changed as - and + lines", "[views]") {
  Output out = diff_view(ladder(), resolve(ladder(), "coder"), resolve(ladder(), "lead"), Lang::en);
  CHECK(out.data["summary"]["identical"] == false);
  CHECK(out.data["summary"]["shared"] == 3);
  CHECK(out.data["summary"]["reworded"] == 1);
  CHECK(out.data["a"] == "coder");
  CHECK(out.data["b"] == "lead");
  std::string text = render_text(out.report, 200, false);
  CHECK_THAT(text, Contains("--- coder (Coder)\n+++ lead (Team Lead)\n"));
  CHECK_THAT(text, Contains("\n-fix-bugs: Fix the bugs users report.\n"));
  CHECK_THAT(text, Contains("\n+hire-engineers: Hire engineers for the team.\n"));
  CHECK_THAT(text, Contains("\n-review-code: Review the code of teammates.\n+review-code: Review "
                            "the code of the team and set its standards.\n"));
  // An unchanged duty is never shown as removed or added.
  CHECK(text.find("-write-code") == std::string::npos);
  CHECK(text.find("+write-code") == std::string::npos);
}

TEST_CASE("search finds Chinese text", "[views]") {
  Output out = search("架构");
  CHECK(hits(out) == Ids{"coder design-modules", "designer system-design", "lead design-modules",
                         "boss architecture-oversight"});
  CHECK(out.data["count"] == 4);
  CHECK(out.data["hits"][0]["domain"] == "architecture");
  // The count is a summary for stderr, never a line of the table stdout carries.
  CHECK(out.summary == "4 matches for '架构' (3 distinct, each shown once with its roles).");
  CHECK(render_text(out.report, 120, false).find("matches for") == std::string::npos);
}

TEST_CASE("search ignores case and covers what overlays add", "[views]") {
  for (std::string query : {"investors", "INVESTORS", "InVeStOrS"}) {
    CAPTURE(query);
    CHECK(hits(search(query)) == Ids{"boss@west investor-relations"});
  }
  CHECK(hits(search("TECHNOLOGY BOSS")) == Ids{"boss name"});
  CHECK(hits(search("码农")).empty());  // aliases are found by lookup, not by search
}

TEST_CASE("search covers what overlays reword", "[views]") {
  CHECK(hits(search("whole department")) == Ids{"boss@east review-code"});
  CHECK(hits(search("alone and fast")) == Ids{"boss@small set-strategy"});
}

TEST_CASE("search filters by domain, role and track", "[views]") {
  // boss@east rewords review-code in words that mention code too, so it is a hit of its own.
  CHECK(hits(search("code", "coding", "chief")) ==
        Ids{"boss review-code", "boss@small hands-on", "boss@east review-code"});
  Ids coding = hits(search("code", "coding"));
  CHECK(coding.size() == 8);
  for (const auto& hit : coding) CHECK(hit.find(" name") == std::string::npos);

  SearchQuery managers;
  managers.text = "code";
  managers.track = Track::management;
  CHECK(hits(search_view(ladder(), managers, Lang::en)) ==
        Ids{"lead write-code", "lead review-code"});
}

TEST_CASE("search rejects an unknown domain or role and empty text", "[views]") {
  try {
    search("code", "peeple");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::usage);
    CHECK(std::string(e.what()) == "unknown domain 'peeple' (did you mean 'people'?)");
    CHECK(e.hint() == "domains: strategy, people, architecture, coding");
  }
  CHECK_THROWS_MATCHES(search("code", std::nullopt, "chef"), Error,
                       Catch::Matchers::Message("unknown role 'chef' (did you mean 'chief'?)"));
  CHECK_THROWS_AS(search(""), Error);
}

TEST_CASE("validate view counts errors and lists each problem", "[views]") {
  ValidationResult result;
  result.paths = {"roles"};
  result.files = 2;
  result.diagnostics = {{{"roles/a.yaml", 3, 5}, "unknown domain 'x'"}};
  Output out = validate_view(result, Lang::en);
  CHECK(out.data["ok"] == false);
  CHECK(out.data["summary"]["errors"] == 1);
  CHECK(out.data["problems"][0]["line"] == 3);
  CHECK(out.data["problems"][0]["column"] == 5);
  CHECK(out.tsv == std::vector<Ids>{{"roles/a.yaml", "3", "5", "error", "unknown domain 'x'"}});
  CHECK(render_text(out.report, 80, false) == "roles: 1 error.\n");

  result.diagnostics.clear();
  CHECK(validate_view(result, Lang::en).data["ok"] == true);
}

// A view builds only the parts a format names, one builder per part: each part must come out the
// same whether it is built alone (as the CLI asks) or with every other part.
TEST_CASE("each part of a view is the same built alone or with the others", "[views]") {
  Role coder = resolve(ladder(), "coder");
  Role lead = resolve(ladder(), "lead");
  SearchQuery query;
  query.text = "code";
  for (Lang lang : {Lang::en, Lang::zh}) {
    using View = std::function<Output(Parts)>;
    std::vector<std::pair<std::string, View>> views{
        {"list", [&](Parts p) { return list_view(ladder(), lang, false, p); }},
        {"list --ids", [&](Parts p) { return list_view(ladder(), lang, true, p); }},
        {"describe", [&](Parts p) { return describe_view(ladder(), lead, lang, true, p); }},
        {"compare", [&](Parts p) { return compare_view(ladder(), coder, lead, lang, p); }},
        {"diff", [&](Parts p) { return diff_view(ladder(), coder, lead, lang, p); }},
        {"search", [&](Parts p) { return search_view(ladder(), query, lang, p); }},
    };
    for (const auto& [name, view] : views) {
      Output whole = view(Parts{});
      for (const auto& row : formats()) {
        if (row.picture) continue;
        INFO(name << " --format " << row.name << (lang == Lang::zh ? " --lang zh" : ""));
        RenderOptions options{row.format, 100, false};
        std::string alone = render(view(row.parts), options);
        CHECK(alone == render(whole, options));
        CHECK_FALSE(alone.empty());
      }
    }
  }
}

TEST_CASE("where, new and site say what they found and wrote, in every part", "[views]") {
  Output where = where_view(ladder(), {"coder"}, Lang::en);
  CHECK(where.tsv.size() == 1);
  CHECK(where.tsv.at(0).at(0) == "coder");
  CHECK(where.tsv_columns == Ids{"id", "file", "replaces", "refines", "extends"});
  CHECK(where.data["roles"][0]["replaces"].is_null());
  CHECK(where_view(ladder(), {}, Lang::en).tsv.size() == ladder().roles().size());

  StarterWritten own{.id = "staff",
                     .extends = "",
                     .file = "roles/staff.yaml",
                     .replaces = "",
                     .refines = "",
                     .roles_flags = "--roles roles "};
  Output wrote = new_view(own, Lang::en);
  CHECK(render_text(wrote.report, 0, false) ==
        "Wrote roles/staff.yaml: role staff, a role of its own.\nEdit it, check it with "
        "'ctoladder validate roles/staff.yaml', see it with 'ctoladder --roles roles describe "
        "staff'.\n");
  CHECK(wrote.data["extends"].is_null());
  CHECK(wrote.tsv == std::vector<Ids>{{"staff", "", "roles/staff.yaml", ""}});
  StarterWritten replacing{.id = "lead",
                           .extends = "coder",
                           .file = "/home/me/roles/lead.yaml",
                           .replaces = "<built-in>/lead.yaml",
                           .refines = "",
                           .roles_flags = ""};
  std::string zh = render_text(new_view(replacing, Lang::zh).report, 0, false);
  CHECK_THAT(zh, Contains("已写入 /home/me/roles/lead.yaml：角色 lead，继承自 coder。"));
  CHECK_THAT(zh, Contains("它将取代 <built-in>/lead.yaml。"));
  CHECK_THAT(zh, Contains("用 ctoladder describe lead 查看"));
  CHECK(new_view(replacing, Lang::en).data["replaces"] == "<built-in>/lead.yaml");

  std::vector<SiteFile> files{{"index.html", std::string(2048, 'x')},
                              {"cto.html", std::string(1024, 'x')},
                              {"data.js", std::string(1024 * 1024, 'x')}};
  Output site = site_view("out", files, 0.25, Lang::en);
  CHECK(render_text(site.report, 0, false) ==
        "Wrote out: 3 files (2 pages), 1.0 MiB, in 0.25 s.\nOpen out/index.html in a browser.\n");
  CHECK(site.data["summary"]["bytes"] == 1024 * 1024 + 3072);
  CHECK(site.data["summary"]["pages"] == 2);
  CHECK(site.data["files"].size() == 3);
  CHECK(site.tsv_columns == Ids{"path", "bytes"});
  CHECK(site.tsv.at(2) == Ids{"data.js", "1048576"});
  files.pop_back();
  CHECK_THAT(render_text(site_view("out", files, 1, Lang::zh).report, 0, false),
             Contains("已写入 out：2 个文件（2 个页面），共 3 KiB，用时 1.00 秒。"));
}
