#include "view_common.hpp"

#include <fmt/format.h>
#include <algorithm>

namespace ctoladder::view {

std::string domain_name(const Library& library, const std::string& id, Lang lang) {
  const Domain* domain = library.domain(id);
  return domain ? domain->name.shown(lang) : id;
}

std::string role_title(const Role& role, Lang lang) {
  return fmt::format("{} ({})", role.reference(), role.name.shown(lang));
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
  for (const auto& g : guidance) {
    std::string text = g.item.text.shown(lang);
    if (!g.overlay.empty()) text = fmt::format("@{}: {}", g.overlay, text);
    table.rows.push_back({{"-"}, {text}});
    if (with_sources)
      table.rows.push_back({{""}, {tr(lang, "source: ", "出处：") + cite(g.item.source), Style::dim}});
  }
}

}  // namespace ctoladder::view
