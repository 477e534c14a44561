// `path`: the steps up the ladder between two roles, each a compare() of two neighbours.
#include <fmt/format.h>

#include "ctoladder/compare.hpp"
#include "ctoladder/growth_path.hpp"
#include "ctoladder/text.hpp"
#include "ctoladder/views.hpp"
#include "ctoladder/vocabulary.hpp"
#include "json_shapes.hpp"
#include "view_common.hpp"

namespace ctoladder {
using view::tr;
using Json = nlohmann::ordered_json;

namespace {

// The fields that say where a role sits: how they change is the point of a step.
// That is rank and every field but the prose (Text) ones.
bool is_ladder_field(const std::string& field) {
  bool ladder = field == "rank";
  for_each_field([&](const auto& f) {
    if (!std::remove_cvref_t<decltype(f)>::prose && field == f.info.key) ladder = true;
  });
  return ladder;
}

Json fields_json(const Comparison& c) {
  Json fields = Json::array();
  for (const auto& f : c.fields)
    if (is_ladder_field(f.field))
      fields.push_back(
          {{"field", f.field}, {"from", f.value_a}, {"to", f.value_b}, {"differs", f.differs}});
  return fields;
}

Json change_json(const Comparison& c) {
  Json gained = Json::array(), left = Json::array();
  for (const auto& d : c.domains) {
    for (const auto* r : d.only_b) gained.push_back(json_shapes::responsibility(*r));
    for (const auto* r : d.only_a) left.push_back(json_shapes::responsibility(*r));
  }
  return Json{{"fields", fields_json(c)}, {"gained", gained}, {"left", left}, {"kept", c.shared}};
}

// How the ladder fields change, FROM and TO side by side; unchanged ones dim.
void fields_table(Output& out, const Comparison& c, const Role& a, const Role& b,
                  const std::string& step, Lang lang) {
  Table table;
  table.header = {tr(lang, "FIELD", "字段"), a.reference(), b.reference()};
  table.fits = {Fit::words, Fit::prose, Fit::prose};
  for (const auto& f : c.fields) {
    if (!is_ladder_field(f.field) || (f.a.shown(lang).empty() && f.b.shown(lang).empty())) continue;
    Style style = f.differs ? Style::changed : Style::dim;
    table.rows.push_back({{field_label(f.field).shown(lang), Style::strong},
                          {view::field_shown(a, f.field, f.a, lang), style},
                          {view::field_shown(b, f.field, f.b, lang), style}});
    if (f.differs)
      out.tsv.push_back({step, "field", "", f.field, json_shapes::tsv_cell(f.value_a, lang),
                         json_shapes::tsv_cell(f.value_b, lang)});
  }
  out.report.table(std::move(table));
}

// What is gained (+) and what the lower role lists but the higher one does not (-), grouped by
// domain. Not "left behind": the articles list a role's duties, they never say a step drops one.
void duties_tables(Output& out, const Library& library, const Comparison& c,
                   const std::string& step, Lang lang) {
  for (const auto& d : c.domains) {
    if (d.only_a.empty() && d.only_b.empty()) continue;
    out.report.heading(view::aside(lang, view::domain_name(library, d.domain, lang),
                                   fmt::format("+{} -{}", d.only_b.size(), d.only_a.size())),
                       3);
    Table table;
    table.header = {tr(lang, "CHANGE", "变化"), tr(lang, "ID", "标识"),
                    tr(lang, "RESPONSIBILITY", "职责")};
    table.header_in_text = false;
    table.fits = {Fit::words, Fit::words, Fit::prose};
    for (const auto* r : d.only_b) {
      table.rows.push_back({{"+", Style::added}, {r->id, Style::strong}, {r->text.shown(lang)}});
      out.tsv.push_back({step, "gained", d.domain, r->id, "", r->text.in(lang)});
    }
    for (const auto* r : d.only_a) {
      table.rows.push_back({{"-", Style::removed}, {r->id, Style::strong}, {r->text.shown(lang)}});
      out.tsv.push_back({step, "left", d.domain, r->id, r->text.in(lang), ""});
    }
    out.report.table(std::move(table));
  }
}

std::string counts_line(const Comparison& c, const Role& to, Lang lang) {
  if (lang == Lang::zh)
    return fmt::format("新增 {} 项职责，保留 {} 项；另有 {} 项未列入{}的职责。", c.only_b, c.shared,
                       c.only_a, view::role_title(to, lang));
  return fmt::format("Gains {} responsibilit{}, keeps {}; {} not listed for {}.", c.only_b,
                     c.only_b == 1 ? "y" : "ies", c.shared, c.only_a, to.reference());
}

// The total: gained and not listed for TO, per domain, FROM to TO.
void totals_table(Output& out, const Library& library, const Comparison& c, Lang lang) {
  Table table;
  table.header = {tr(lang, "DOMAIN", "领域"), tr(lang, "GAINED", "新增"),
                  tr(lang, "NOT LISTED", "未列入"), tr(lang, "KEPT", "保留")};
  for (const auto& d : c.domains)
    table.rows.push_back({{view::domain_name(library, d.domain, lang)},
                          {fmt::format("+{}", d.only_b.size()), Style::added},
                          {fmt::format("-{}", d.only_a.size()), Style::removed},
                          {std::to_string(d.both.size())}});
  out.report.table(std::move(table));
}

// The `next` link from `a` to `b`, or null when the step is between overlays of one role.
const NextStep* link_of(const Role& a, const Role& b) {
  for (const auto& step : a.next_steps)
    if (step.id == b.id) return &step;
  return nullptr;
}

// Why the step is on the ladder, and the advice for taking it and for the role it leads to.
Json step_advice(Output& out, const Role& a, const Role& b, const std::string& step, Lang lang) {
  const NextStep* link = link_of(a, b);
  std::vector<RoleGuidance> advice;
  if (link) {
    if (auto basis = view::basis_text(link->basis, lang); !basis.empty())
      out.report.paragraph(tr(lang, "Link: ", "这一步的依据：") + basis, Style::dim);
    for (const auto& g : link->guidance) advice.push_back({g, ""});
  }
  for (const auto& g : b.guidance) advice.push_back(g);
  if (!advice.empty()) {
    out.report.heading(tr(lang, "Guidance", "建议"), 3);
    Table table;
    view::guidance_rows(table, advice, lang, false);
    out.report.table(std::move(table));
    for (const auto& g : advice)
      out.tsv.push_back({step, "guidance", "", "", "", g.item.text.in(lang)});
  }
  Json guidance = Json::array();
  if (link)
    for (const auto& g : link->guidance) {
      Json item = json_shapes::guidance(g);
      item["overlay"] = nullptr;  // same keys as the role's items, so jq filters need no guard
      item["inherited_from"] = nullptr;
      item["about"] = "step";
      guidance.push_back(std::move(item));
    }
  for (auto item : json_shapes::role_guidance(b.guidance)) {
    item["about"] = "role";
    guidance.push_back(std::move(item));
  }
  return Json{{"link", link ? json_shapes::basis(link->basis) : Json()}, {"guidance", guidance}};
}

}  // namespace

Output path_view(const Library& library, const GrowthPath& path, Lang lang) {
  Output out;
  // Laid out as compare's: a duty left behind has its text under FROM, one gained under TO.
  out.tsv_columns = {"step", "kind", "domain", "id", "from", "to"};
  const std::vector<Role>& roles = path.roles;
  const Role& first = roles.front();
  const Role& last = roles.back();
  std::size_t steps = roles.size() - 1;
  std::vector<std::string> route;
  for (const auto& role : roles) route.push_back(role.reference());

  std::string line = fmt::format("{}", fmt::join(route, " → "));
  // In Chinese the count leads: "（5 步）" at the end of a long route would wrap inside itself.
  out.report.heading(lang == Lang::zh
                         ? fmt::format("共 {} 步：{}", steps, line)
                         : fmt::format("{} ({})", line, text::count_noun(steps, "step")));
  if (!path.via.empty())
    out.report.paragraph(
        tr(lang, "Forced through: ", "指定途经：") + fmt::format("{}", fmt::join(path.via, view::list_separator(lang))),
        Style::dim);
  if (steps == 0)
    out.report.paragraph(tr(lang, "Already there: FROM and TO are the same role.",
                            "已经到达：起点与终点是同一角色。"));

  Json json_steps = Json::array();
  for (std::size_t i = 0; i < steps; ++i) {
    const Role& a = roles[i];
    const Role& b = roles[i + 1];
    Comparison c = compare(library, a, b);
    std::string step = std::to_string(i + 1);
    // A step between roles of one rank is a move across, not up.
    std::string across =
        a.rank == b.rank && a.id != b.id ? tr(lang, " (across, same rank)", "（同级平移）") : "";
    out.report.heading(lang == Lang::zh
                           ? fmt::format("第 {}/{} 步：{} → {}{}", i + 1, steps,
                                         view::role_title(a, lang), view::role_title(b, lang),
                                         across)
                           : fmt::format("Step {} of {}: {} → {}{}", i + 1, steps,
                                         view::role_title(a, lang), view::role_title(b, lang),
                                         across),
                       2);
    fields_table(out, c, a, b, step, lang);
    out.report.paragraph(counts_line(c, b, lang));
    duties_tables(out, library, c, step, lang);
    Json advice = step_advice(out, a, b, step, lang);
    Json item{{"from", a.reference()}, {"to", b.reference()}};
    item.update(change_json(c));
    item.update(advice);
    json_steps.push_back(std::move(item));
  }

  Comparison total = compare(library, first, last);
  if (steps > 1) {
    out.report.heading(lang == Lang::zh
                           ? fmt::format("合计：{} → {}", view::role_title(first, lang),
                                         view::role_title(last, lang))
                           : fmt::format("Total: {} → {}", first.reference(), last.reference()),
                       2);
    fields_table(out, total, first, last, "total", lang);
    totals_table(out, library, total, lang);
    out.report.paragraph(counts_line(total, last, lang));
    for (const auto& d : total.domains) {
      for (const auto* r : d.only_b)
        out.tsv.push_back({"total", "gained", d.domain, r->id, "", r->text.in(lang)});
      for (const auto* r : d.only_a)
        out.tsv.push_back({"total", "left", d.domain, r->id, r->text.in(lang), ""});
    }
  }
  Json json_total{{"steps", steps}};
  json_total.update(change_json(total));
  out.data = Json{{"from", first.reference()}, {"to", last.reference()},
                  {"via", path.via},           {"route", route},
                  {"steps", json_steps},       {"total", json_total}};
  return out;
}

}  // namespace ctoladder
