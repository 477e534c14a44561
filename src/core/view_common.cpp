#include "view_common.hpp"

#include <fmt/format.h>
#include <algorithm>

namespace ctoladder::view {

std::string domain_name(const Library& library, const std::string& id, Lang lang) {
  const Domain* domain = library.domain(id);
  return domain ? domain->name.in(lang) : id;
}

std::string role_title(const Role& role, Lang lang) {
  return fmt::format("{} ({})", role.reference(), role.name.in(lang));
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

}  // namespace ctoladder::view
