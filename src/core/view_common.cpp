#include "view_common.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "ctoladder/embedded.hpp"

namespace ctoladder::view {

std::string domain_name(const Library& library, const std::string& id, Lang lang) {
  const Domain* domain = library.domain(id);
  return domain ? domain->name.shown(lang) : id;
}

std::string role_title(const Role& role, Lang lang) {
  if (lang == Lang::zh) return aside(lang, role.name.shown(lang), role.reference());
  return fmt::format("{} ({})", role.reference(), role.name.shown(lang));
}

std::string aside(Lang lang, std::string_view text, std::string_view note) {
  return fmt::format(fmt::runtime(lang == Lang::zh ? "{}（{}）" : "{} ({})"), text, note);
}

std::string_view list_separator(Lang lang) { return lang == Lang::zh ? "、" : ", "; }

std::string_view cite_separator(Lang lang) { return lang == Lang::zh ? "；" : "; "; }

bool is_builtin(const Role& role) { return role.file.starts_with(kBuiltinPrefix); }

bool rank_inferred(const Role& role) {
  return !role.rank_basis.source && role.rank_basis.inference.has_value();
}

std::string field_shown(const Role& role, std::string_view field, const Text& value, Lang lang) {
  std::string shown = value.shown(lang);
  bool inferred = (field == "track" || field == "scope") ? is_builtin(role)
                  : field == "rank"                      ? rank_inferred(role)
                                                         : false;
  if (!inferred || shown.empty()) return shown;
  return aside(lang, shown, tr(lang, "the project's inference", "本项目的推断"));
}

std::string rank_note(bool any_inferred, Lang lang) {
  if (!any_inferred) return {};
  return tr(lang, "* The rank is the project's inference, not an article's ('describe ROLE' says why).",
            "* 该级别是本项目的推断，并非文章所给（'describe 角色' 说明原因）。");
}

std::string track_note(bool builtin_shown, Lang lang) {
  if (!builtin_shown) return {};
  return tr(lang,
            "Tracks are the project's inference: article B's ladder is one line, with no tracks.",
            "路线是本项目的推断：文章 B 的阶梯是一条直线，并不分路线。");
}

std::vector<std::pair<std::string, std::vector<const Responsibility*>>> by_domain(
    const Library& library, const Role& role) {
  std::vector<std::pair<std::string, std::vector<const Responsibility*>>> groups;
  for (const auto& r : role.responsibilities) {
    auto it = std::find_if(groups.begin(), groups.end(),
                           [&](const auto& g) { return g.first == r.domain; });
    if (it == groups.end()) {
      groups.push_back({r.domain, {}});
      it = std::prev(groups.end());
    }
    it->second.push_back(&r);
  }
  std::stable_sort(groups.begin(), groups.end(), [&](const auto& x, const auto& y) {
    return library.domain_order(x.first) < library.domain_order(y.first);
  });
  return groups;
}

std::string cite(const Source& source) {
  return fmt::format("{} § {}", source.article, source.section);
}

std::string basis_text(const Basis& basis, Lang lang) {
  if (basis.source) return cite(*basis.source);
  if (basis.inference)
    return tr(lang, "the project's inference: ", "本项目的推断：") + basis.inference->shown(lang);
  return tr(lang, "no source given", "未注明出处");
}

void guidance_rows(Table& table, const std::vector<RoleGuidance>& guidance, Lang lang,
                   bool with_sources) {
  table.header = {"", tr(lang, "GUIDANCE", "建议")};
  table.header_in_text = false;
  table.fits = {Fit::words, Fit::prose};
  for (const auto& g : guidance) {
    std::string text = g.item.text.shown(lang);
    if (!g.overlay.empty()) text = fmt::format("@{}: {}", g.overlay, text);
    if (!g.inherited_from.empty())
      text += lang == Lang::zh ? fmt::format("（继承自 {}）", g.inherited_from)
                               : fmt::format(" (inherited from {})", g.inherited_from);
    table.rows.push_back({{"-"}, {text}});
    if (with_sources)
      table.rows.push_back({{""}, {tr(lang, "source: ", "出处：") + cite(g.item.source), Style::dim}});
  }
}

}  // namespace ctoladder::view
