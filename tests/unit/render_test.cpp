// Renderers: what text, markdown, json, yaml and tsv output looks like to a reader or a script.
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "ctoladder/report.hpp"
#include "ctoladder/text.hpp"

using namespace ctoladder;
using Catch::Matchers::Contains;
using Json = nlohmann::ordered_json;
using Lines = std::vector<std::string>;

namespace {

Lines split(const std::string& text, char separator = '\n') {
  Lines out{""};
  for (char c : text) {
    if (c == separator)
      out.emplace_back();
    else
      out.back() += c;
  }
  if (separator == '\n' && out.back().empty()) out.pop_back();
  return out;
}

// The output with every SGR sequence ("\x1b[...m") taken out.
std::string without_color(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\x1b[") == 0) {
      i = text.find('m', i);
      continue;
    }
    out += text[i];
  }
  return out;
}

// The display column at which each cell of `cells` starts in `line`, searching left to right.
std::vector<std::size_t> starts(const std::string& line, const Lines& cells) {
  std::vector<std::size_t> columns;
  std::size_t from = 0;
  for (const auto& cell : cells) {
    std::size_t at = line.find(cell, from);
    if (at == std::string::npos) return columns;
    columns.push_back(text::display_width(line.substr(0, at)));
    from = at + cell.size();
  }
  return columns;
}

Table table_of(const std::vector<Lines>& rows, Lines header = {}) {
  Table table;
  table.header = std::move(header);
  for (const auto& row : rows) {
    std::vector<Cell> cells;
    for (const auto& text : row) cells.push_back({text, Style::strong});
    table.rows.push_back(std::move(cells));
  }
  return table;
}

// A report that uses every kind of block and every style, with `hostile` in each.
Report every_block(const std::string& hostile) {
  Report report;
  report.heading("Heading " + hostile);
  report.paragraph("Paragraph " + hostile, Style::dim);
  report.table(table_of({{"row", hostile}}, {"H1", "H2 " + hostile}));
  report.lines({{"-removed " + hostile, Style::removed},
                {"+added " + hostile, Style::added},
                {"@@ changed @@", Style::changed}});
  return report;
}

// Why a loaded YAML node differs from the JSON value it was emitted from; "" when it does not.
std::string yaml_mismatch(const YAML::Node& node, const Json& value, const std::string& at) {
  auto scalar_is = [&](const std::string& expected, const char* tag) {
    return node.IsScalar() && node.Scalar() == expected && node.Tag() == tag;
  };
  switch (value.type()) {
    case Json::value_t::object: {
      if (!node.IsMap() || node.size() != value.size()) return at + ": not the same map";
      auto item = node.begin();
      for (const auto& [key, child] : value.items()) {
        if (item->first.Scalar() != key) return at + ": key " + key;
        if (auto m = yaml_mismatch(item->second, child, at + "." + key); !m.empty()) return m;
        ++item;
      }
      return "";
    }
    case Json::value_t::array: {
      if (!node.IsSequence() || node.size() != value.size()) return at + ": not the same list";
      for (std::size_t i = 0; i < value.size(); ++i)
        if (auto m = yaml_mismatch(node[i], value[i], at + "[" + std::to_string(i) + "]");
            !m.empty())
          return m;
      return "";
    }
    case Json::value_t::string:  // quoted ("!" tag), so no YAML loader reads it as anything else
      return scalar_is(value.get<std::string>(), "!") ? "" : at + ": not the string";
    case Json::value_t::boolean:
      return scalar_is(value.get<bool>() ? "true" : "false", "?") ? "" : at + ": not the bool";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
      return scalar_is(value.dump(), "?") ? "" : at + ": not the number";
    case Json::value_t::number_float:
      return node.IsScalar() && node.as<double>() == value.get<double>() ? ""
                                                                         : at + ": not the float";
    default:
      return node.IsNull() ? "" : at + ": not null";
  }
}

// Strings a careless YAML or JSON writer would turn into something else.
const Lines kTrickyStrings = {"yes",
                              "no",
                              "on",
                              "null",
                              "~",
                              "Null",
                              "1.0",
                              "1e3",
                              "0x1F",
                              "017",
                              "true",
                              "False",
                              "",
                              " leading",
                              "trailing ",
                              "a: b",
                              "- item",
                              "# comment",
                              "[list]",
                              "{map}",
                              "&anchor",
                              "*alias",
                              "!tag",
                              "|",
                              ">",
                              "? key",
                              "---",
                              "...",
                              "'single'",
                              "\"double\"",
                              "back\\slash",
                              "line\nbreak",
                              "tab\there",
                              "cr\rhere",
                              "\x1b[2J",
                              "bell\x07",
                              "del\x7f",
                              "首席技术官",
                              "emoji \U0001F600",
                              "bidi \u202e",
                              "nbsp\u00a0",
                              "ls\u2028",
                              "bom\ufeff",
                              "%percent",
                              "@at",
                              "`tick"};

Json sample_data() {
  Json strings = Json::array();
  for (const auto& s : kTrickyStrings) strings.push_back(s);
  return Json{
      {"roles", {{{"id", "cto"}, {"rank", 7}, {"name", {{"en", "CTO"}, {"zh", "首席技术官"}}}}}},
      {"strings", strings},
      {"numbers", {0, -3, 42u, 1.5, 1e-3}},
      {"flags", {true, false}},
      {"nothing", nullptr},
      {"empty_list", Json::array()},
      {"empty_map", Json::object()}};
}

}  // namespace

TEST_CASE("text tables align by display width, Chinese included", "[render]") {
  const std::vector<Lines> rows = {{"cto", "首席技术官", "executive"},
                                   {"architect", "架构师 Architect", "ic"},
                                   {"程序员", "Programmer", "individual-contributor"}};
  Report report;
  report.table(table_of(rows, {"ID", "NAME", "TRACK"}));
  for (bool color : {false, true}) {
    CAPTURE(color);
    std::string out = render_text(report, 200, color);
    Lines lines = split(without_color(out));
    REQUIRE(lines.size() == 4);
    CHECK(starts(lines[0], {"ID", "NAME", "TRACK"}) == std::vector<std::size_t>{0, 11, 29});
    for (std::size_t i = 0; i < rows.size(); ++i) {
      CAPTURE(lines[i + 1]);
      CHECK(starts(lines[i + 1], rows[i]) == std::vector<std::size_t>{0, 11, 29});
      CHECK(lines[i + 1].back() != ' ');
    }
  }
}

TEST_CASE("text wraps paragraphs and tables to the width", "[render]") {
  const std::string english =
      "Make technology the engine of the business across strategy, engineering, organization, "
      "people and delivery, and explain it to investors.";
  const std::string chinese =
      "让技术成为业务的引擎，贯穿战略、工程、组织、人才和交付各个方面，并向投资人讲清楚。";
  Report report;
  report.heading("A heading that is long enough to need wrapping at the narrower widths");
  report.paragraph(english);
  report.paragraph(chinese);
  report.table(table_of({{"-", "tech-strategy", english},
                         {"-", "business-alignment", chinese},
                         {"", "", "how: " + english}}));
  for (std::size_t width : {30u, 40u, 57u, 80u, 120u}) {
    CAPTURE(width);
    std::string out = render_text(report, width, false);
    Lines lines = split(out);
    CHECK(lines.size() > 6);
    for (const auto& line : lines) {
      CAPTURE(line);
      CHECK(text::display_width(line) <= width);
    }
    // Wrapping only moves words: every word of the text is still there.
    for (const auto& word : split(english, ' ')) CHECK_THAT(out, Contains(word.substr(0, 8)));
    CHECK_THAT(out, Contains("投资人"));
  }
}

TEST_CASE("table columns keep ids and words whole while the table can fit", "[render]") {
  const std::string text = "把技术能力转化为战略层面的业务决策，并随市场变化识别路线图的风险。";
  Report report;
  report.table(table_of({{"strategic-decision-support", text, "head-of-engineering（级别 6）"},
                         {"cto", "首席技术官", "工程主管（head-of-engineering）"}},
                        {"ID", "RESPONSIBILITY", "USUALLY LEARNED AS"}));
  for (std::size_t width : {70u, 80u}) {
    CAPTURE(width);
    std::string out = render_text(report, width, false);
    CAPTURE(out);
    for (const auto& line : split(out)) CHECK(text::display_width(line) <= width);
    // Before, the widest columns shrank alike and ids were cut: "strategic-decision-suppor" / "t".
    CHECK_THAT(out, Contains("strategic-decision-support"));
    CHECK_THAT(out, Contains("head-of-engineering"));
  }
  // Too narrow for whole words: the table still fits the width, words are cut.
  std::string narrow = render_text(report, 40, false);
  for (const auto& line : split(narrow)) CHECK(text::display_width(line) <= 40);
}

TEST_CASE("text has escape sequences only when colour is on", "[render]") {
  Report report = every_block("plain");
  std::string plain = render_text(report, 80, false);
  CHECK(plain.find('\x1b') == std::string::npos);
  std::string colored = render_text(report, 80, true);
  CHECK_THAT(colored, Contains("\x1b["));
  CHECK(without_color(colored) == plain);
}

TEST_CASE("control characters in role text are shown escaped, never raw", "[render]") {
  const std::string hostile = "evil\x1b[2J\x1b]0;title\x07\r\xc2\x9b\u202e";
  Report report = every_block(hostile);
  for (const std::string& out :
       {render_text(report, 80, false), render_text(report, 80, true), render_markdown(report)}) {
    CAPTURE(out);
    CHECK(out.find("\x1b[2J") == std::string::npos);
    CHECK(out.find("\x1b]") == std::string::npos);
    CHECK(out.find('\x07') == std::string::npos);
    CHECK(out.find('\r') == std::string::npos);
    CHECK(out.find("\xc2\x9b") == std::string::npos);
    CHECK(out.find("\u202e") == std::string::npos);
    CHECK_THAT(out, Contains("evil\\x1b[2J"));
    CHECK_THAT(out, Contains("\\u{202e}"));
  }
  CHECK(render_markdown(report).find('\x1b') == std::string::npos);
  CHECK(render_text(report, 80, false).find('\x1b') == std::string::npos);
}

TEST_CASE("markdown tables escape pipes and keep each row on one line", "[render]") {
  Report report;
  report.heading("Roles");
  report.table(table_of({{"a|b", "line\nbreak"}, {"中文", "x | y | z"}}, {"ID|X", "TEXT"}));
  std::string out = render_markdown(report);
  CHECK(out ==
        "# Roles\n"
        "\n"
        "| ID\\|X | TEXT |\n"
        "| --- | --- |\n"
        "| **a\\|b** | **line\\\\nbreak** |\n"  // the backslash of the visible \\n is escaped too
        "| **中文** | **x \\| y \\| z** |\n");  // strong cells stay strong
}

TEST_CASE("markdown fences diff lines longer than any backtick run inside", "[render]") {
  Report report;
  report.lines({{"-a", Style::removed}, {"```", Style::plain}, {"+b", Style::added}});
  report.paragraph("bold", Style::strong);
  CHECK(render_markdown(report) == "````diff\n-a\n```\n+b\n````\n\n**bold**\n");
}

TEST_CASE("markdown shows text that looks like markup as written", "[render]") {
  Report report;
  report.heading("A <b>title</b> #");
  report.paragraph("1. *not* a list");
  report.paragraph("- nor [this](x)");
  CHECK(render_markdown(report) ==
        "# A \\<b\\>title\\</b\\> \\#\n\n1\\. \\*not\\* a list\n\n\\- nor \\[this\\](x)\n");
}

TEST_CASE("markdown tables: a header always, bullets and bars left out, continuation rows joined",
          "[render]") {
  Report report;
  Table t;
  t.header = {"", "ID", "TEXT", ""};
  t.header_in_text = false;
  t.fits = {Fit::words, Fit::words, Fit::prose, Fit::bar};
  t.rows = {{{"-"}, {"a", Style::strong}, {"first"}, {"###"}},
            {{""}, {""}, {"how: by hand"}},
            {{"-"}, {"b", Style::strong}, {"second"}, {"#"}}};
  report.table(t);
  CHECK(render_markdown(report) ==
        "| ID | TEXT |\n| --- | --- |\n| **a** | first<br>how: by hand |\n| **b** | second |\n");
  CHECK(render_text(report, 80, false).find("TEXT") == std::string::npos);

  // A row that leaves only its group empty (chart: a domain's second role) is a row of its own.
  Report grouped;
  Table g;
  g.header = {"DOMAIN", "ROLE", "", "COUNT"};
  g.fits = {Fit::words, Fit::words, Fit::bar, Fit::words};
  g.rows = {{{"Delivery"}, {"architect", Style::strong}, {"##"}, {"2"}},
            {{""}, {"cto", Style::strong}, {"#"}, {"1"}}};
  grouped.table(g);
  CHECK(render_markdown(grouped) ==
        "| DOMAIN | ROLE | COUNT |\n| --- | --- | --- |\n| Delivery | **architect** | 2 |\n"
        "|  | **cto** | 1 |\n");
}

TEST_CASE("json output is valid and round-trips", "[render]") {
  Json data = sample_data();
  std::string out = render_json(data);
  CHECK(out.back() == '\n');
  CHECK(out.find('\x1b') == std::string::npos);
  Json loaded = Json::parse(out);
  // The contract's version comes first, then the data as it was.
  REQUIRE(loaded.is_object());
  CHECK(loaded.begin().key() == "schema_version");
  CHECK(loaded["schema_version"] == kSchemaVersion);
  loaded.erase("schema_version");
  CHECK(loaded == data);
  CHECK(Json::parse(render_json(Json::array({1, 2}))) == Json::array({1, 2}));
  CHECK(loaded["strings"][0].is_string());
  CHECK(nlohmann::json::parse(out)["roles"][0]["name"]["zh"] == "首席技术官");
}

TEST_CASE("yaml output loads back as the same data, strings staying strings", "[render]") {
  Json data = sample_data();
  std::string out = render_yaml(data);
  CAPTURE(out);
  YAML::Node loaded = YAML::Load(out);
  Json expected = Json{{"schema_version", kSchemaVersion}};
  for (const auto& [key, value] : data.items()) expected[key] = value;
  CHECK(yaml_mismatch(loaded, expected, "$") == "");
  for (std::size_t i = 0; i < kTrickyStrings.size(); ++i) {
    CAPTURE(kTrickyStrings[i]);
    CHECK(loaded["strings"][i].as<std::string>() == kTrickyStrings[i]);
  }
  CHECK(out.find('\x1b') == std::string::npos);
}

TEST_CASE("tsv escapes tabs, newlines and backslashes", "[render]") {
  std::vector<Lines> rows = {{"a\tb", "line\nbreak", "back\\slash", "cr\rx"},
                             {"中文", "", "esc\x1b"}};
  std::string out = render_tsv(rows);
  CHECK(out == "a\\tb\tline\\nbreak\tback\\\\slash\tcr\\rx\n中文\t\tesc\\x1b\n");
  Lines lines = split(out);
  REQUIRE(lines.size() == 2);
  CHECK(split(lines[0], '\t').size() == 4);
  CHECK(split(lines[1], '\t').size() == 3);
  CHECK(render_tsv({}).empty());
  // With columns: the header row first, escaped like any row.
  CHECK(render_tsv({"id", "a\tb"}, {{"x", "y"}}) == "id\ta\\tb\nx\ty\n");
  CHECK(render_tsv({"id"}, {}) == "id\n");
}

TEST_CASE("render picks the renderer for the format", "[render]") {
  Output output;
  output.data = sample_data();
  output.report = every_block("x");
  output.tsv = {{"a", "b"}};
  CHECK(render(output, {Format::json, 80, false}) == render_json(output.data));
  CHECK(render(output, {Format::yaml, 80, false}) == render_yaml(output.data));
  CHECK(render(output, {Format::tsv, 80, false}) == "a\tb\n");
  CHECK(render(output, {Format::markdown, 80, true}) == render_markdown(output.report));
  CHECK(render(output, {Format::text, 40, true}) == render_text(output.report, 40, true));
}

TEST_CASE("every format has one row, named once, and renders from the parts it names", "[render]") {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < formats().size(); ++i) {
    const FormatInfo& row = formats()[i];
    INFO(row.name);
    CHECK(static_cast<std::size_t>(row.format) == i);
    CHECK(find_format(row.name) == &row);
    CHECK(std::find(names.begin(), names.end(), row.name) == names.end());
    names.emplace_back(row.name);
    // A view builds only the row's parts: the bytes must come from those alone.
    Output full;
    full.data = sample_data();
    full.report = every_block("x");
    full.tsv = {{"a", "b"}};
    full.raw = "<picture/>";
    Output built;
    if (row.parts.data) built.data = full.data;
    if (row.parts.report) built.report = full.report;
    if (row.parts.tsv) built.tsv = full.tsv;
    if (row.picture) built.raw = full.raw;
    RenderOptions options{row.format, 80, false};
    CHECK_FALSE(render(built, options).empty());
    CHECK(render(built, options) == render(full, options));
  }
  CHECK(names.size() == static_cast<std::size_t>(Format::count_));
  CHECK(find_format("csv") == nullptr);
  CHECK(find_format("") == nullptr);
}
