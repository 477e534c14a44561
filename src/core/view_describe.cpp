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
  if (parts.data) out.data = json_shapes::role(role);
  if (parts.tsv)
    for (const auto& [domain, items] : view::by_domain(library, role))
      for (const Responsibility* r : items)
        out.tsv.push_back({r->domain, r->id, r->text.in(lang), r->how ? r->how->in(lang) : "",
                           r->source.article, r->source.section});
  if (!parts.report) return out;

  out.report.heading(fmt::format("{} — {}", role.reference(), role.name.in(lang)));
  out.report.paragraph(role.summary.in(lang));
  Table fields;
  for (const auto& [field, value] : field_values(role)) {
    if (field == "name" || field == "summary" || value.in(lang).empty()) continue;
    fields.rows.push_back({{field_label(field).in(lang), Style::strong}, {value.in(lang)}});
  }
  if (!role.aliases.empty())
    fields.rows.push_back({{tr(lang, "aliases", "别名"), Style::strong},
                           {fmt::format("{}", fmt::join(role.aliases, ", "))}});
  fields.rows.push_back({{tr(lang, "rank basis", "级别依据"), Style::strong},
                         {view::basis_text(role.rank_basis, lang), Style::dim}});
  for (const auto& step : role.next_steps)
    fields.rows.push_back({{field_label("next").in(lang), Style::strong},
                           {fmt::format(fmt::runtime(lang == Lang::zh ? "{}（{}）" : "{} ({})"), step.id,
                                        view::basis_text(step.basis, lang))}});
  if (!role.overlays.empty()) {
    std::vector<std::string> names;
    for (const auto& o : role.overlays)
      names.push_back(fmt::format("{} ({})", o.name, label(o.axis).in(lang)));
    fields.rows.push_back({{field_label("overlays").in(lang), Style::strong},
                           {fmt::format("{}", fmt::join(names, ", "))}});
  }
  for (const auto& name : role.applied)
    for (const auto& o : role.overlays)
      if (o.name == name)
        fields.rows.push_back({{fmt::format("@{}", o.name), Style::strong}, {o.summary.in(lang)}});
  for (const auto& c : role.combined)
    fields.rows.push_back({{fmt::format("@{} + @{}", c.overlays[0].id, c.overlays[1].id),
                            Style::strong},
                           {fmt::format(fmt::runtime(lang == Lang::zh ? "{}（{}）" : "{} ({})"), c.note.in(lang),
                                        view::basis_text(c.basis, lang))}});
  if (with_sources)
    for (const auto& s : role.sources)
      fields.rows.push_back(
          {{tr(lang, "source", "出处"), Style::strong}, {view::cite(s), Style::dim}});
  out.report.table(std::move(fields));

  for (const auto& [domain, items] : view::by_domain(library, role)) {
    out.report.heading(
        fmt::format("{} ({})", view::domain_name(library, domain, lang), items.size()), 2);
    Table table;
    for (const Responsibility* r : items) {
      table.rows.push_back({{"-"}, {r->id, Style::strong}, {r->text.in(lang)}});
      if (r->how)
        table.rows.push_back(
            {{""}, {""}, {tr(lang, "how: ", "方式：") + r->how->in(lang), Style::dim}});
      if (with_sources) {
        std::string cites = view::cite(r->source);
        for (const auto& s : r->also) cites += "; " + view::cite(s);
        table.rows.push_back({{""}, {""}, {tr(lang, "source: ", "出处：") + cites, Style::dim}});
      }
    }
    out.report.table(std::move(table));
  }
  if (!role.guidance.empty()) {
    out.report.heading(fmt::format("{} ({})", tr(lang, "Guidance", "建议"), role.guidance.size()),
                       2);
    Table table;
    view::guidance_rows(table, role.guidance, lang, with_sources);
    out.report.table(std::move(table));
  }
  for (const auto& step : role.next_steps) {
    if (step.guidance.empty()) continue;
    out.report.heading(fmt::format("{} {} → {} ({})", tr(lang, "Guidance for the step", "晋升建议："),
                                   role.id, step.id, step.guidance.size()),
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
