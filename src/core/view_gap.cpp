// `gap`: how much of a target role a person already holds, and where the rest is learned.
#include <fmt/format.h>

#include <cmath>

#include "ctoladder/gap.hpp"
#include "ctoladder/views.hpp"
#include "json_shapes.hpp"
#include "view_chart.hpp"
#include "view_common.hpp"

namespace ctoladder {
using view::tr;
using Json = nlohmann::ordered_json;

namespace {

double percent(std::size_t held, std::size_t total) {
  return total == 0 ? 100.0 : 100.0 * double(held) / double(total);
}

// One decimal in data; whole percent, rounded down, for people (66.7% is not "67% held").
double one_decimal(double value) {
  return std::round(value * 10.0) / 10.0;
}
std::string shown(double value) {
  return fmt::format("{}%", static_cast<int>(std::floor(value)));
}

std::string learned_text(const KnownDuty* k, Lang lang) {
  if (!k) return "";
  return lang == Lang::zh ? fmt::format("{}（级别 {}）", k->learned_at, k->rank)
                          : fmt::format("{} (rank {})", k->learned_at, k->rank);
}

Json learned_json(const KnownDuty* k) {
  if (!k) return Json();
  return Json{{"role", k->learned_at}, {"rank", k->rank}};
}

void coverage_table(Output& out, const Library& library, const Gap& g, Lang lang) {
  Table table;
  table.header = {tr(lang, "DOMAIN", "领域"), tr(lang, "HELD", "已具备"), "%", ""};
  table.fits = {Fit::words, Fit::words, Fit::words, Fit::bar};
  for (const auto& d : g.domains) {
    double p = percent(d.held, d.total);
    table.rows.push_back({{view::domain_name(library, d.domain, lang)},
                          {fmt::format("{}/{}", d.held, d.total)},
                          {shown(p)},
                          view::bar_cell(d.held, d.total, Style::added)});
    out.tsv.push_back({"coverage", d.domain, "", std::to_string(d.held), std::to_string(d.total),
                       fmt::format("{}", one_decimal(p)), "", "", ""});
  }
  table.rows.push_back({{tr(lang, "Total", "合计"), Style::strong},
                        {fmt::format("{}/{}", g.held_count, g.total), Style::strong},
                        {shown(g.percent()), Style::strong},
                        view::bar_cell(g.held_count, g.total, Style::added)});
  out.tsv.push_back({"total", "", "", std::to_string(g.held_count), std::to_string(g.total),
                     fmt::format("{}", one_decimal(g.percent())), "", "", ""});
  out.report.table(std::move(table));
}

}  // namespace

Output gap_view(const Library& library, const Gap& g, Lang lang) {
  Output out;
  // One meaning per column; a row fills the columns of its kind and leaves the others empty.
  out.tsv_columns = {"kind", "domain", "id", "held", "total", "percent", "learned_at", "overlay", "text"};
  const Role& target = g.target;
  out.report.heading(
      lang == Lang::zh
          ? fmt::format("距离{}：已具备 {}/{} 项（{}）", view::role_title(target, lang),
                        g.held_count, g.total, shown(g.percent()))
          : fmt::format("Gap to {}: {} of {} held ({})", view::role_title(target, lang),
                        g.held_count, g.total, shown(g.percent())));
  if (g.from)
    out.report.paragraph(
        fmt::format("{}{}",
                    tr(lang, "Counting every responsibility of ", "已计入以下角色的全部职责："),
                    *g.from),
        Style::dim);
  coverage_table(out, library, g, lang);
  if (g.min)
    out.report.paragraph(
        lang == Lang::zh ? fmt::format("--min {}%：{}", *g.min, g.meets_min() ? "已达到" : "未达到")
                         : fmt::format("--min {}%: {}", *g.min, g.meets_min() ? "met" : "not met"),
        g.meets_min() ? Style::added : Style::removed);

  std::size_t missing = g.total - g.held_count;
  Json domains = Json::array();
  if (missing > 0)
    out.report.heading(view::aside(lang, tr(lang, "Missing", "尚缺"), std::to_string(missing)), 2);
  for (const auto& d : g.domains) {
    Json items = Json::array();
    if (!d.missing.empty()) {
      out.report.heading(
          view::aside(lang, view::domain_name(library, d.domain, lang),
                      std::to_string(d.missing.size())),
          3);
      Table table;
      table.header = {tr(lang, "ID", "标识"), tr(lang, "RESPONSIBILITY", "职责"),
                      tr(lang, "USUALLY LEARNED AS", "通常习得于")};
      table.fits = {Fit::words, Fit::prose, Fit::words};
      for (const auto& r : d.missing) {
        const KnownDuty* k = g.where_learned(r.id);
        table.rows.push_back(
            {{r.id, Style::strong}, {r.text.shown(lang)}, {learned_text(k, lang), Style::dim}});
        out.tsv.push_back(
            {"missing", d.domain, r.id, "", "", "", k ? k->learned_at : "", "", r.text.in(lang)});
        items.push_back(
            {{"id", r.id}, {"text", json_shapes::text(r.text)}, {"learned_at", learned_json(k)}});
      }
      out.report.table(std::move(table));
    }
    const Domain* domain = library.domain(d.domain);
    domains.push_back({{"id", d.domain},
                       {"name", domain ? json_shapes::text(domain->name) : Json()},
                       {"held", d.held},
                       {"total", d.total},
                       {"percent", one_decimal(percent(d.held, d.total))},
                       {"missing", items}});
  }

  Json extra = Json::array();
  if (!g.extra.empty()) {
    out.report.heading(
        lang == Lang::zh
            ? fmt::format("已具备、但 {} 不需要（{}）", target.reference(), g.extra.size())
            : fmt::format("Held, but {} does not need ({})", target.reference(), g.extra.size()),
        2);
    Table table;
    table.header = {tr(lang, "ID", "标识"), tr(lang, "RESPONSIBILITY", "职责"),
                    tr(lang, "DOMAIN", "领域")};
    table.fits = {Fit::words, Fit::prose, Fit::words};
    for (const auto& k : g.extra) {
      table.rows.push_back({{k.duty.id, Style::strong},
                            {k.duty.text.shown(lang)},
                            {view::domain_name(library, k.duty.domain, lang), Style::dim}});
      out.tsv.push_back(
          {"extra", k.duty.domain, k.duty.id, "", "", "", k.learned_at, "", k.duty.text.in(lang)});
      extra.push_back({{"id", k.duty.id},
                       {"domain", k.duty.domain},
                       {"text", json_shapes::text(k.duty.text)},
                       {"learned_at", learned_json(&k)}});
    }
    out.report.table(std::move(table));
  }

  // Advice for the step itself (from --from's `next` link), then for the role it leads to.
  if (!g.step_guidance.empty()) {
    out.report.heading(
        view::aside(lang,
                    lang == Lang::zh ? fmt::format("从 {} 到 {} 这一步的建议", *g.from,
                                                   target.reference())
                                     : fmt::format("Guidance for the step from {} to {}",
                                                   *g.from, target.reference()),
                    std::to_string(g.step_guidance.size())),
        2);
    std::vector<RoleGuidance> advice;
    for (const auto& item : g.step_guidance) advice.push_back({item, ""});
    Table table;
    view::guidance_rows(table, advice, lang, false);
    out.report.table(std::move(table));
    for (const auto& item : g.step_guidance)
      out.tsv.push_back({"step-guidance", "", "", "", "", "", "", "", item.text.in(lang)});
  }
  if (!target.guidance.empty()) {
    out.report.heading(
        view::aside(lang,
                    lang == Lang::zh ? fmt::format("对 {} 的建议", target.reference())
                                     : fmt::format("Guidance for {}", target.reference()),
                    std::to_string(target.guidance.size())),
        2);
    Table table;
    view::guidance_rows(table, target.guidance, lang, false);
    out.report.table(std::move(table));
    for (const auto& g : target.guidance)
      out.tsv.push_back({"guidance", "", "", "", "", "", "", g.overlay, g.item.text.in(lang)});
  }
  Json step_guidance = Json::array();
  for (const auto& item : g.step_guidance) step_guidance.push_back(json_shapes::guidance(item));

  out.data =
      Json{{"target", target.reference()},
           {"from", g.from ? Json(*g.from) : Json()},
           {"held", g.held},
           {"coverage",
            {{"held", g.held_count}, {"total", g.total}, {"percent", one_decimal(g.percent())}}},
           {"domains", domains},
           {"extra", extra},
           {"min", g.min ? Json(*g.min) : Json()},
           {"meets_min", g.min ? Json(g.meets_min()) : Json()},
           {"guidance", json_shapes::role_guidance(target.guidance)},
           {"step_guidance", step_guidance}};
  return out;
}

}  // namespace ctoladder
