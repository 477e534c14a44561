#include "ctoladder/validate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "ctoladder/resolve.hpp"
#include "ctoladder/text.hpp"

namespace ctoladder {
namespace {

std::vector<std::string> domain_ids(const Library& library) {
  std::vector<std::string> ids;
  for (const auto& d : library.domains()) ids.push_back(d.id);
  return ids;
}

// `owner` names the list in messages ("role 'cto'"); it is built only when there is a problem.
template <class Owner>
void check_responsibilities(const Library& library, const std::vector<Responsibility>& items,
                            const Owner& owner, Diagnostics& out) {
  // Duplicates by sorting views of the ids (no set of copied strings per role: this runs for
  // every role of a library on every command), reported in file order.
  std::vector<std::pair<std::string_view, std::size_t>> ids;
  ids.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) ids.emplace_back(items[i].id, i);
  std::sort(ids.begin(), ids.end());
  std::vector<std::size_t> repeated;
  for (std::size_t i = 1; i < ids.size(); ++i)
    if (ids[i].first == ids[i - 1].first) repeated.push_back(ids[i].second);
  std::sort(repeated.begin(), repeated.end());
  auto next_repeated = repeated.begin();
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Responsibility& item = items[i];
    if (next_repeated != repeated.end() && *next_repeated == i) {
      ++next_repeated;
      out.push_back(
          {item.where, fmt::format("{} lists responsibility '{}' twice", owner(), item.id)});
    }
    if (!library.domain(item.domain)) {
      auto suggestion = text::closest_match(item.domain, domain_ids(library));
      out.push_back(
          {item.where,
           fmt::format("unknown domain '{}'{}", item.domain,
                       suggestion ? fmt::format(" (did you mean '{}'?)", *suggestion) : "")});
    }
  }
}

void check_names(const Library& library, Diagnostics& out) {
  std::unordered_map<std::string, const RoleDef*> owner;  // folded id or alias -> role
  for (const auto& role : library.roles()) owner.emplace(role.id, &role);
  for (const auto& role : library.roles()) {
    for (const auto& alias : role.aliases) {
      auto [it, fresh] = owner.emplace(text::fold_case(alias), &role);
      if (!fresh && it->second != &role)
        out.push_back({role.where, fmt::format("alias '{}' of '{}' is already used by role '{}'",
                                               alias, role.id, it->second->id)});
    }
  }
}

// `base` holds only ids (Detail::ids): what can go wrong applying an overlay depends only on
// them, and copying every text for each overlay and each pair of them was most of the time of
// `list` over a large library.
void check_overlays(const RoleDef& def, const Role& base, Diagnostics& out) {
  // Each overlay alone, reporting its own problems.
  std::vector<std::size_t> problems_alone;
  for (const auto& overlay : def.overlays) {
    Diagnostics problems;
    Role alone = base;
    apply_overlay(alone, overlay, problems);
    problems_alone.push_back(problems.size());
    out.insert(out.end(), problems.begin(), problems.end());
  }
  // Overlays of different axes must compose (cto@startup,china): try every such pair once and
  // report only what composing adds to the problems each has alone.
  for (std::size_t i = 0; i < def.overlays.size(); ++i) {
    for (std::size_t j = i + 1; j < def.overlays.size(); ++j) {
      const Overlay& first = def.overlays[i];
      const Overlay& second = def.overlays[j];
      if (first.axis == second.axis) continue;
      // A reference may name them in either order (x@v,p or x@p,v); both must work.
      for (auto [one, two] : {std::pair{&first, &second}, std::pair{&second, &first}}) {
        Diagnostics problems;
        Role both = base;
        apply_overlay(both, *one, problems);
        apply_overlay(both, *two, problems);
        if (problems.size() > problems_alone[i] + problems_alone[j]) {
          out.push_back({second.where, fmt::format("overlays '{}' and '{}' of '{}' do not compose "
                                                   "in the order {}@{},{}: {}",
                                                   first.name, second.name, def.id, def.id,
                                                   one->name, two->name, problems.back().message)});
          break;
        }
      }
    }
  }
}

}  // namespace

void validate_library(const Library& library, Diagnostics& out, const ValidateOptions& options) {
  if (library.domains().empty())
    out.push_back({{}, "no domains are defined (a domains.yaml is missing)"});
  check_names(library, out);
  for (const auto& def : library.roles()) {
    check_responsibilities(
        library, def.responsibilities, [&] { return fmt::format("role '{}'", def.id); }, out);
    for (const auto& overlay : def.overlays)
      check_responsibilities(
          library, overlay.add,
          [&] { return fmt::format("overlay '{}' of '{}'", overlay.name, def.id); }, out);
    for (const auto& next : def.next)
      if (options.check_next && !library.role(next.id))
        out.push_back({next.where, fmt::format("'next' names unknown role '{}'", next.id)});
    auto base = resolve_base(library, def, out, Detail::ids);
    if (base) check_overlays(def, *base, out);
  }
}

}  // namespace ctoladder
