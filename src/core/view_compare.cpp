// `compare` (side by side) and `diff` (+/- lines): two presentations of one Comparison.
#include <fmt/format.h>

#include <algorithm>

#include "ctoladder/compare.hpp"
#include "ctoladder/views.hpp"
#include "ctoladder/vocabulary.hpp"
#include "json_shapes.hpp"
#include "view_chart.hpp"
#include "view_common.hpp"

namespace ctoladder {
using view::tr;
using Json = nlohmann::ordered_json;

namespace {

Json comparison_json(const Library& library, const Role& a, const Role& b, const Comparison& c) {
  Json fields = Json::array();
  for (const auto& f : c.fields)
    fields.push_back(
        {{"field", f.field}, {"a", f.value_a}, {"b", f.value_b}, {"differs", f.differs}});
  Json domains = Json::array();
  for (const auto& d : c.domains) {
    Json both = Json::array(), only_a = Json::array(), only_b = Json::array();
    for (const auto& s : d.both)
      both.push_back({{"id", s.a->id},
                      {"worded_alike", s.worded_alike},
                      {"a", json_shapes::responsibility(*s.a)},
                      {"b", json_shapes::responsibility(*s.b)}});
    for (const auto* r : d.only_a) only_a.push_back(json_shapes::responsibility(*r));
    for (const auto* r : d.only_b) only_b.push_back(json_shapes::responsibility(*r));
    const Domain* domain = library.domain(d.domain);
    domains.push_back({{"id", d.domain},
                       {"name", domain ? json_shapes::text(domain->name) : Json()},
                       {"both", both},
                       {"only_a", only_a},
                       {"only_b", only_b}});
  }
  return Json{{"a", a.reference()},
              {"b", b.reference()},
              {"fields", fields},
              {"domains", domains},
              {"summary",
               {{"shared", c.shared},
                {"reworded", c.reworded},
                {"only_a", c.only_a},
                {"only_b", c.only_b},
                {"fields_differ", c.fields_differ},
                {"identical", c.identical()}}}};
}

std::string summary_line(const Role& a, const Role& b, const Comparison& c, Lang lang) {
  if (lang == Lang::zh)
    return fmt::format(
        "{} 对比 {}：共有 {} 项（其中 {} 项表述不同），仅 {} 有 {} 项，仅 {} 有 {} 项；"
        "{} 个字段不同。",
        a.reference(), b.reference(), c.shared, c.reworded, a.reference(), c.only_a, b.reference(),
        c.only_b, c.fields_differ);
  return fmt::format(
      "{} vs {}: {} shared ({} worded differently), {} only in {}, {} only in {}; "
      "{} of {} fields differ.",
      a.reference(), b.reference(), c.shared, c.reworded, c.only_a, a.reference(), c.only_b,
      b.reference(), c.fields_differ, c.fields.size());
}

// The text report of `compare`: the fields side by side, a table per domain (shared duties,
// and what only one role holds), the summary, and the responsibilities per domain as bars.
Report compare_report(const Library& library, const Role& a, const Role& b, const Comparison& c,
                      Lang lang) {
  Report report;
  report.heading(fmt::format("{} ⟷ {}", view::role_title(a, lang), view::role_title(b, lang)));
  Table fields;
  fields.header = {tr(lang, "FIELD", "字段"), a.reference(), b.reference()};
  fields.fits = {Fit::words, Fit::prose, Fit::prose};
  for (const auto& f : c.fields) {
    if (f.a.shown(lang).empty() && f.b.shown(lang).empty()) continue;  // neither role states it
    Style style = f.differs ? Style::changed : Style::plain;
    fields.rows.push_back({{field_label(f.field).shown(lang), Style::strong},
                           {view::field_shown(a, f.field, f.a, lang), style},
                           {view::field_shown(b, f.field, f.b, lang), style}});
  }
  report.table(std::move(fields));

  std::string both_label = tr(lang, "both", "共有");
  std::string only_a = tr(lang, "only ", "仅 ") + a.reference();
  std::string only_b = tr(lang, "only ", "仅 ") + b.reference();
  auto how = [&](const Responsibility& r) {
    return r.how ? r.how->shown(lang) : r.text.shown(lang);
  };
  for (const auto& d : c.domains) {
    report.heading(view::domain_name(library, d.domain, lang), 2);
    Table table;
    table.header = {tr(lang, "HELD BY", "持有方"), tr(lang, "ID", "标识"),
                    tr(lang, "RESPONSIBILITY", "职责")};
    table.header_in_text = false;
    table.fits = {Fit::words, Fit::words, Fit::prose};
    for (const auto& s : d.both) {
      table.rows.push_back({{both_label}, {s.a->id, Style::strong}, {s.a->text.shown(lang)}});
      if (s.worded_alike) continue;
      table.rows.push_back({{""}, {a.reference(), Style::dim}, {how(*s.a), Style::dim}});
      table.rows.push_back({{""}, {b.reference(), Style::dim}, {how(*s.b), Style::dim}});
    }
    for (const auto* r : d.only_a)
      table.rows.push_back({{only_a, Style::removed}, {r->id, Style::strong}, {r->text.shown(lang)}});
    for (const auto* r : d.only_b)
      table.rows.push_back({{only_b, Style::added}, {r->id, Style::strong}, {r->text.shown(lang)}});
    report.table(std::move(table));
  }
  report.heading(tr(lang, "Summary", "小结"), 2);
  report.paragraph(summary_line(a, b, c, lang));
  // Responsibilities per domain of both roles as aligned bars, as `chart A B` shows them.
  std::vector<const Role*> both{&a, &b};
  view::weight_bars(report, library, both, view::domain_weights(library, both), lang);
  return report;
}

// The tsv rows of `compare`: KIND DOMAIN ID A-TEXT B-TEXT; the fields either role states, then
// each domain's shared duties and the ones only one role holds.
std::vector<std::vector<std::string>> compare_rows(const Comparison& c, Lang lang) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& f : c.fields)
    if (!f.a.shown(lang).empty() || !f.b.shown(lang).empty())
      rows.push_back({"field", "", f.field, json_shapes::tsv_cell(f.value_a, lang),
                      json_shapes::tsv_cell(f.value_b, lang)});
  for (const auto& d : c.domains) {
    for (const auto& s : d.both)
      rows.push_back({"both", d.domain, s.a->id, s.a->text.in(lang), s.b->text.in(lang)});
    for (const auto* r : d.only_a) rows.push_back({"only-a", d.domain, r->id, r->text.in(lang), ""});
    for (const auto* r : d.only_b) rows.push_back({"only-b", d.domain, r->id, "", r->text.in(lang)});
  }
  return rows;
}

// A shared duty worded differently, as diff shows either side: the text, then `how` in brackets.
std::string worded(const Responsibility& r, Lang lang) {
  return r.how ? view::aside(lang, r.text.shown(lang), r.how->shown(lang)) : r.text.shown(lang);
}

// The text report of `diff`: --- A, +++ B, a @@ hunk per part that changes (the fields, then each
// domain), and the summary.
Report diff_report(const Library& library, const Role& a, const Role& b, const Comparison& c,
                   Lang lang) {
  std::vector<Cell> lines{{"--- " + view::role_title(a, lang), Style::removed},
                          {"+++ " + view::role_title(b, lang), Style::added}};
  if (c.fields_differ > 0) {
    lines.push_back({"@@ " + tr(lang, "fields", "字段") + " @@", Style::heading});
    for (const auto& f : c.fields) {
      if (!f.differs) continue;
      std::string name = field_label(f.field).shown(lang);
      if (!f.a.shown(lang).empty())
        lines.push_back({fmt::format("-{}: {}", name, view::field_shown(a, f.field, f.a, lang)),
                         Style::removed});
      if (!f.b.shown(lang).empty())
        lines.push_back({fmt::format("+{}: {}", name, view::field_shown(b, f.field, f.b, lang)),
                         Style::added});
    }
  }
  for (const auto& d : c.domains) {
    // Like diff(1), show what changes; shared duties worded alike are counted in the summary.
    bool changed = !d.only_a.empty() || !d.only_b.empty() ||
                   std::any_of(d.both.begin(), d.both.end(),
                               [](const SharedDuty& s) { return !s.worded_alike; });
    if (!changed) continue;
    lines.push_back({"@@ " + view::domain_name(library, d.domain, lang) + " @@", Style::heading});
    for (const auto& s : d.both) {
      if (s.worded_alike) continue;
      lines.push_back({fmt::format("-{}: {}", s.a->id, worded(*s.a, lang)), Style::removed});
      lines.push_back({fmt::format("+{}: {}", s.b->id, worded(*s.b, lang)), Style::added});
    }
    for (const auto* r : d.only_a)
      lines.push_back({fmt::format("-{}: {}", r->id, r->text.shown(lang)), Style::removed});
    for (const auto* r : d.only_b)
      lines.push_back({fmt::format("+{}: {}", r->id, r->text.shown(lang)), Style::added});
  }
  Report report;
  report.lines(std::move(lines));
  report.paragraph(summary_line(a, b, c, lang), Style::dim);
  return report;
}

// The tsv rows of `diff`: SIGN DOMAIN ID TEXT, the report's - and + lines without the hunk lines
// ("fields" in the domain column for a field; every differing field has both rows).
std::vector<std::vector<std::string>> diff_rows(const Comparison& c, Lang lang) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& f : c.fields)
    if (f.differs) {
      rows.push_back({"-", "fields", f.field, json_shapes::tsv_cell(f.value_a, lang)});
      rows.push_back({"+", "fields", f.field, json_shapes::tsv_cell(f.value_b, lang)});
    }
  for (const auto& d : c.domains) {
    for (const auto& s : d.both)
      if (!s.worded_alike) {
        rows.push_back({"-", d.domain, s.a->id, worded(*s.a, lang)});
        rows.push_back({"+", d.domain, s.b->id, worded(*s.b, lang)});
      }
    for (const auto* r : d.only_a) rows.push_back({"-", d.domain, r->id, r->text.in(lang)});
    for (const auto* r : d.only_b) rows.push_back({"+", d.domain, r->id, r->text.in(lang)});
  }
  return rows;
}

}  // namespace

// One builder per part; a format's row in the format table names the parts it renders, and only
// those are built (the JSON of a comparison costs more than starting the process).
Output compare_view(const Library& library, const Role& a, const Role& b, Lang lang, Parts parts) {
  Comparison c = compare(library, a, b);
  Output out;
  if (parts.data) out.data = comparison_json(library, a, b, c);
  if (parts.report) out.report = compare_report(library, a, b, c, lang);
  out.tsv_columns = {"kind", "domain", "id", "a", "b"};
  if (parts.tsv) out.tsv = compare_rows(c, lang);
  return out;
}

Output diff_view(const Library& library, const Role& a, const Role& b, Lang lang, Parts parts) {
  return diff_view(library, a, b, compare(library, a, b), lang, parts);
}

Output diff_view(const Library& library, const Role& a, const Role& b, const Comparison& c,
                 Lang lang, Parts parts) {
  Output out;
  if (parts.data) out.data = comparison_json(library, a, b, c);
  // Like diff(1) and git diff: the same two roles print nothing (the exit status says so).
  if (parts.report && !c.identical()) out.report = diff_report(library, a, b, c, lang);
  out.tsv_columns = {"sign", "domain", "id", "text"};
  if (parts.tsv) out.tsv = diff_rows(c, lang);
  return out;
}

}  // namespace ctoladder
