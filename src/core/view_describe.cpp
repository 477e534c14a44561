// `describe`: one resolved role, responsibilities grouped by domain.
#include <fmt/format.h>

#include "ctoladder/compare.hpp"
#include "ctoladder/views.hpp"
#include "ctoladder/vocabulary.hpp"
#include "json_shapes.hpp"
#include "view_common.hpp"

namespace ctoladder {
using view::tr;

Output describe_view(const Library& library, const Role& role, Lang lang, bool with_sources,
                     Parts parts) {
  Output out;
  const view::Lineage lineage = view::lineage_of(library, role);
  const auto& chain = lineage.chain;
  const auto& inherited = lineage.duties;
  const std::string& refines = lineage.refines;
  auto field_from = [&](std::string_view key) { return lineage.field_from(key); };
  if (parts.data) {
    out.data = json_shapes::role(role);
    out.data["extends"] = chain.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(chain.front());
    out.data["extends_chain"] = chain;
    out.data["refines"] = refines.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(refines);
    out.data["inherited_fields"] = nlohmann::ordered_json::object();
    for (const auto& [field, from] : lineage.fields) out.data["inherited_fields"][field] = from;
    for (auto& item : out.data["responsibilities"]) {
      auto found = inherited.find(item["id"].get<std::string>());
      item["inherited_from"] =
          found == inherited.end() ? nlohmann::ordered_json() : nlohmann::ordered_json(found->second);
    }
  }
  out.tsv_columns = {"domain", "id", "text", "how", "article", "section"};
  if (parts.tsv)
    for (const auto& [domain, items] : view::by_domain(library, role))
      for (const Responsibility* r : items)
        out.tsv.push_back({r->domain, r->id, r->text.in(lang), r->how ? r->how->in(lang) : "",
                           r->source.article, r->source.section});
  if (!parts.report) return out;

  // Chinese readers get the name first, as in path and gap: "首席技术官（cto）".
  out.report.heading(lang == Lang::zh ? view::role_title(role, lang)
                                      : fmt::format("{} — {}", role.reference(), role.name.shown(lang)));
  const std::string summary_from = field_from("summary");
  out.report.paragraph(summary_from.empty()
                           ? role.summary.shown(lang)
                           : view::aside(lang, role.summary.shown(lang),
                                         tr(lang, "inherited from ", "继承自 ") + summary_from));
  Table fields;
  fields.header = {tr(lang, "FIELD", "字段"), tr(lang, "VALUE", "值")};
  fields.header_in_text = false;
  fields.fits = {Fit::words, Fit::prose};
  if (!chain.empty()) {
    fields.rows.push_back(
        {{tr(lang, "extends", "继承自"), Style::strong},
         {lang == Lang::zh
              ? fmt::format("{}（{} 项职责中 {} 项继承而来）", fmt::join(chain, " → "),
                            role.responsibilities.size(), inherited.size())
              : fmt::format("{} ({} of {} duties inherited)", fmt::join(chain, " → "),
                            inherited.size(), role.responsibilities.size())}});
  }
  if (!refines.empty()) {
    std::size_t lower = 0;
    for (const auto& [duty, from] : inherited) lower += from == role.id;
    fields.rows.push_back(
        {{tr(lang, "refines", "细化"), Style::strong},
         {lang == Lang::zh ? fmt::format("{}（{} 项职责中 {} 项来自它）", refines,
                                         role.responsibilities.size(), lower)
                           : fmt::format("{} ({} of {} duties from it)", refines, lower,
                                         role.responsibilities.size())}});
  }
  for (const auto& [field, value] : field_values(role)) {
    if (field == "name" || field == "summary" || value.shown(lang).empty()) continue;
    std::string shown = view::field_shown(role, field, value, lang);
    if (auto from = field_from(field); !from.empty())
      shown = view::aside(lang, shown, tr(lang, "inherited from ", "继承自 ") + from);
    fields.rows.push_back({{field_label(field).shown(lang), Style::strong}, {shown}});
  }
  if (!role.aliases.empty())
    fields.rows.push_back({{tr(lang, "aliases", "别名"), Style::strong},
                           {fmt::format("{}", fmt::join(role.aliases, view::list_separator(lang)))}});
  // A company ladder rarely cites a source for its ranks and steps: a missing basis is left
  // unsaid rather than repeated on every role ("no source given" beside each step).
  if (auto basis = view::basis_text(role.rank_basis, lang); !basis.empty())
    fields.rows.push_back({{tr(lang, "rank basis", "级别依据"), Style::strong}, {basis, Style::dim}});
  // One label over all the steps, as over the duties of a domain.
  for (const auto& step : role.next_steps) {
    auto basis = view::basis_text(step.basis, lang);
    fields.rows.push_back({{&step == &role.next_steps.front() ? field_label("next").in(lang) : "",
                            Style::strong},
                           {basis.empty() ? step.id : view::aside(lang, step.id, basis)}});
  }
  if (!role.overlays.empty()) {
    std::vector<std::string> names;
    for (const auto& o : role.overlays)
      names.push_back(view::aside(lang, o.name, label(o.axis).shown(lang)));
    fields.rows.push_back({{field_label("overlays").shown(lang), Style::strong},
                           {fmt::format("{}", fmt::join(names, view::list_separator(lang)))}});
  }
  for (const auto& name : role.applied)
    for (const auto& o : role.overlays)
      if (o.name == name)
        fields.rows.push_back({{fmt::format("@{}", o.name), Style::strong}, {o.summary.shown(lang)}});
  for (const auto& c : role.combined)
    fields.rows.push_back({{fmt::format("@{} + @{}", c.overlays[0].id, c.overlays[1].id),
                            Style::strong},
                           {view::aside(lang, c.note.shown(lang), view::basis_text(c.basis, lang))}});
  if (with_sources)
    for (const auto& s : role.sources)
      fields.rows.push_back(
          {{tr(lang, "source", "出处"), Style::strong}, {view::cite(s), Style::dim}});
  out.report.table(std::move(fields));

  for (const auto& [domain, items] : view::by_domain(library, role)) {
    out.report.heading(
        view::aside(lang, view::domain_name(library, domain, lang), std::to_string(items.size())),
        2);
    Table table;
    table.header = {"", tr(lang, "ID", "标识"), tr(lang, "RESPONSIBILITY", "职责")};
    table.header_in_text = false;
    table.fits = {Fit::words, Fit::words, Fit::prose};
    for (const Responsibility* r : items) {
      table.rows.push_back({{"-"}, {r->id, Style::strong}, {r->text.shown(lang)}});
      if (auto from = lineage.duty_from(r->id); !from.empty())
        table.rows.push_back({{""}, {""}, {tr(lang, "inherited from ", "继承自 ") + from, Style::dim}});
      if (r->how)
        table.rows.push_back(
            {{""}, {""}, {tr(lang, "how: ", "方式：") + r->how->shown(lang), Style::dim}});
      if (with_sources) {
        std::string cites = view::cite(r->source);
        for (const auto& s : r->also) cites += std::string(view::cite_separator(lang)) + view::cite(s);
        table.rows.push_back({{""}, {""}, {tr(lang, "source: ", "出处：") + cites, Style::dim}});
      }
    }
    out.report.table(std::move(table));
  }
  if (!role.guidance.empty()) {
    out.report.heading(
        view::aside(lang, tr(lang, "Guidance", "建议"), std::to_string(role.guidance.size())), 2);
    Table table;
    view::guidance_rows(table, role.guidance, lang, with_sources);
    out.report.table(std::move(table));
  }
  for (const auto& step : role.next_steps) {
    if (step.guidance.empty()) continue;
    out.report.heading(
        lang == Lang::zh
            ? fmt::format("晋升建议：{} → {}（{}）", role.id, step.id, step.guidance.size())
            : fmt::format("Guidance for the step {} → {} ({})", role.id, step.id,
                          step.guidance.size()),
        2);
    Table table;
    std::vector<RoleGuidance> items;
    for (const auto& g : step.guidance) items.push_back({g, ""});
    view::guidance_rows(table, items, lang, with_sources);
    out.report.table(std::move(table));
  }

  return out;
}

}  // namespace ctoladder
