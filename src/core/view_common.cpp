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
  return {};
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

namespace {

// The roles `id` extends, nearest first ("dev-2", "dev-1"); a cycle stops the walk.
std::vector<const RoleDef*> extends_chain(const Library& library, const std::string& id) {
  std::vector<const RoleDef*> chain;
  const RoleDef* def = library.role(id);
  // Bounded: validation refuses cycles and chains longer than 32, but a walk must end anyway.
  while (def && def->extends && chain.size() < 64) {
    const RoleDef* parent = library.parent(def->extends->id);
    if (!parent || parent == def) break;
    chain.push_back(parent);
    def = parent;
  }
  return chain;
}

// The role a duty comes from: the nearest role in the chain that states it; empty when the role
// states it itself (or an overlay added it).
std::string stated_by(const Library& library, const std::string& id,
               const std::vector<const RoleDef*>& chain, const std::string& duty) {
  auto states = [&](const RoleDef& def) {
    return std::any_of(def.responsibilities.begin(), def.responsibilities.end(),
                       [&](const Responsibility& r) { return r.id == duty; });
  };
  if (const RoleDef* own = library.role(id); !own || states(*own)) return {};
  for (const RoleDef* def : chain)
    if (states(*def)) return def->id;
  return {};
}

// The fields a role takes from the roles it extends, by key ("purpose" -> "e1", the nearest role
// stating it): a value written for a lower level must not read as this role's own. A field an
// applied overlay sets is the overlay's. A refined role's fields are merged into one definition,
// so they are not told apart here.
std::vector<std::pair<std::string, std::string>> inherited_fields(
    const Library& library, const Role& role, const std::vector<const RoleDef*>& chain) {
  std::vector<std::pair<std::string, std::string>> inherited;
  const RoleDef* own = library.role(role.id);
  if (!own || chain.empty()) return inherited;
  auto note = [&](std::string_view key, auto states) {
    if (states(own->fields) || (key == "rank" && own->rank)) return;
    for (const auto& name : role.applied)
      for (const auto& o : own->overlays)
        if (o.name == name && states(o.set)) return;
    for (const RoleDef* def : chain)
      if (key == "rank" ? def->rank.has_value() : states(def->fields)) {
        inherited.emplace_back(key, def->id);
        return;
      }
  };
  note("rank", [](const Fields&) { return false; });
  for_each_field([&](const auto& f) {
    note(f.info.key, [&](const Fields& fields) { return (fields.*f.stated).has_value(); });
  });
  return inherited;
}

}  // namespace

Lineage lineage_of(const Library& library, const Role& role) {
  Lineage lineage;
  lineage.role = role.id;
  const auto chain = extends_chain(library, role.id);
  for (const RoleDef* def : chain) lineage.chain.push_back(def->id);
  for (const auto& r : role.responsibilities)
    if (auto from = stated_by(library, role.id, chain, r.id); !from.empty())
      lineage.duties[r.id] = from;
  // A refined role (a file extending its own id): the duties its file does not state are the
  // lower role's, the role of the same id in the file it refines.
  if (library.refined(role.id)) {
    lineage.refines = library.replaced_file(role.id);
    const auto stated = library.refining_duties(role.id);
    for (const auto& r : role.responsibilities)
      if (std::find(stated.begin(), stated.end(), r.id) == stated.end())
        lineage.duties.try_emplace(r.id, role.id);
  }
  lineage.fields = inherited_fields(library, role, chain);
  return lineage;
}

std::string Lineage::duty_from(const std::string& id) const {
  auto found = duties.find(id);
  if (found == duties.end()) return {};
  // A refinement's own id would read as the role itself: name the file it refines.
  return found->second == role && !refines.empty() ? refines : found->second;
}

std::string Lineage::field_from(std::string_view key) const {
  for (const auto& [field, from] : fields)
    if (field == key) return from;
  return {};
}

}  // namespace ctoladder::view
