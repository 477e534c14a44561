#include "ctoladder/resolve.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "ctoladder/suggest.hpp"
#include "ctoladder/text.hpp"
#include "ctoladder/vocabulary.hpp"

namespace ctoladder {
namespace {

Responsibility* find_responsibility(Role& role, std::string_view id) {
  for (auto& r : role.responsibilities)
    if (r.id == id) return &r;
  return nullptr;
}

// Drops the responsibility `removed` names; returns false when the role does not have it.
bool remove_responsibility(Role& role, const IdRef& removed) {
  auto it = std::find_if(role.responsibilities.begin(), role.responsibilities.end(),
                         [&](const auto& r) { return r.id == removed.id; });
  if (it == role.responsibilities.end()) return false;
  role.responsibilities.erase(it);
  return true;
}

void apply_fields(Role& role, const Fields& fields) {
  for_each_field([&](const auto& f) {
    if (const auto& stated = fields.*f.stated) role.*f.resolved = *stated;
  });
}

// Checks that a definition stating everything itself (no `extends`) has every required field;
// apply_definition then fills the Role in.
std::optional<Role> role_from_root(const RoleDef& def, Diagnostics& diagnostics) {
  std::vector<std::string_view> missing;
  if (!def.name) missing.push_back("name");
  if (!def.rank) missing.push_back("rank");
  for_each_field([&](const auto& f) {
    if (f.required && !(def.fields.*f.stated)) missing.push_back(f.info.key);
  });
  if (!missing.empty()) {
    diagnostics.push_back(diagnostic(
        def.where, {fmt::format("role '{}' lacks {}", def.id, fmt::join(missing, ", ")),
                    fmt::format("角色 '{}' 缺少 {}", def.id, fmt::join(missing, "、"))}));
    return std::nullopt;
  }
  return Role{};
}

// Lays a definition's own statements over what it inherited.
void apply_definition(Role& role, const RoleDef& def, Detail detail, Diagnostics& diagnostics) {
  // `next` is where a role leads, not something a level inherits: dev-7 extending dev-6 (next
  // dev-7) would otherwise lead to itself.
  role.next.clear();
  for (const auto& n : def.next) role.next.push_back(n.id);
  role.next_steps = def.next;
  // Guidance kept from the role extended, unless restated below, is that role's advice.
  if (!role.id.empty() && role.id != def.id)
    for (auto& g : role.guidance)
      if (g.inherited_from.empty()) g.inherited_from = role.id;
  role.id = def.id;
  role.file = def.where.file;
  if (def.name) role.name = *def.name;
  role.aliases = def.aliases;
  if (def.rank) {
    role.rank = *def.rank;
    role.rank_basis = def.rank_basis;
  }
  apply_fields(role, def.fields);
  // Guidance is inherited; a role stating its own (`guidance: []` too) replaces it.
  if (def.guidance_stated || !def.guidance.empty()) {
    role.guidance.clear();
    for (const auto& g : def.guidance) role.guidance.push_back({g, ""});
  }
  if (!def.sources.empty()) role.sources = def.sources;
  for (const auto& removed : def.remove)
    if (!remove_responsibility(role, removed)) {
      // A refinement's own duties are the lower role's, removable too: near misses of those count.
      std::vector<std::string> held;
      for (const auto& r : role.responsibilities) held.push_back(r.id);
      for (const auto& r : def.responsibilities) held.push_back(r.id);
      Text suggestion = did_you_mean(closest_matches(removed.id, held));
      diagnostics.push_back(diagnostic(
          removed.where,
          {fmt::format("role '{}' removes '{}', which it does not inherit{}", def.id, removed.id,
                       suggestion.en),
           fmt::format("角色 '{}' 去掉（remove）了 '{}'，但它并没有继承这一项{}", def.id,
                       removed.id, suggestion.zh)}));
    }
  role.responsibilities.reserve(role.responsibilities.size() + def.responsibilities.size());
  for (const auto& r : def.responsibilities) {
    Responsibility* existing = find_responsibility(role, r.id);
    if (detail == Detail::ids) {
      // The domain too (short, no allocation): an overlay naming a domain is explained by it.
      if (!existing) existing = &role.responsibilities.emplace_back();
      existing->id = r.id;
      existing->domain = r.domain;
    } else if (existing) {
      *existing = r;  // a child re-states an inherited duty in its own words
    } else {
      role.responsibilities.push_back(r);
    }
  }
  role.overlays.clear();
  for (const auto& o : def.overlays) role.overlays.push_back({o.name, o.axis, o.summary});
}

}  // namespace

std::string Role::reference() const {
  if (applied.empty()) return id;
  std::string ref = id + "@";
  for (std::size_t i = 0; i < applied.size(); ++i) ref += (i ? "," : "") + applied[i];
  return ref;
}

RoleRef parse_reference(std::string_view text) {
  RoleRef ref;
  auto at = text.find('@');
  ref.role = std::string(text.substr(0, at));
  if (ref.role.empty())
    throw Error(ErrorKind::usage,
                Text{fmt::format("'{}' names no role", text), fmt::format("'{}' 没有指明角色", text)},
                Text{"a role reference looks like ROLE or ROLE@OVERLAY[,OVERLAY...], e.g. "
                     "cto@startup",
                     "角色的写法是 ROLE 或 ROLE@OVERLAY[,OVERLAY...]，如 cto@startup"});
  if (at == std::string_view::npos) return ref;
  std::string_view rest = text.substr(at + 1);
  while (true) {
    auto comma = rest.find(',');
    std::string_view part = rest.substr(0, comma);
    if (part.empty())
      throw Error(ErrorKind::usage,
                  Text{fmt::format("empty overlay name in '{}'", text),
                       fmt::format("'{}' 中有空的叠加项名", text)},
                  Text{"overlays are separated by commas: cto@startup,china",
                       "叠加项之间用英文逗号分隔：cto@startup,china"});
    ref.overlays.emplace_back(part);
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  return ref;
}

std::optional<Role> resolve_base(const Library& library, const RoleDef& def,
                                 Diagnostics& diagnostics, Detail detail) {
  // Walk the `extends` chain iteratively so a long chain cannot exhaust the stack.
  std::vector<const RoleDef*> chain{&def};
  std::set<std::string, std::less<>> seen{def.id};
  while (chain.back()->extends) {
    const IdRef& parent = *chain.back()->extends;
    const RoleDef* next = library.parent(parent.id);
    if (!next) {
      // `extends` takes ids only; an alias gets its role's id as the suggestion.
      Text suggestion;
      if (const RoleDef* by_alias = library.lookup(parent.id))
        suggestion = did_you_mean({by_alias->id});
      else {
        // Never the role's own id: "em-6 extends unknown 'em-5' (did you mean 'em-6'?)".
        std::vector<std::string> ids;
        for (const auto& r : library.roles())
          if (r.id != chain.back()->id) ids.push_back(r.id);
        // ...unless a lower layer holds that id: `extends: senior-enginer` in
        // senior-engineer.yaml meant to refine the built-in senior engineer.
        if (!library.replaced_file(chain.back()->id).empty())
          ids.push_back(chain.back()->id);
        suggestion = did_you_mean(closest_matches(parent.id, ids));
      }
      diagnostics.push_back({parent.where, fmt::format("role '{}' extends unknown role '{}'{}",
                                                       chain.back()->id, parent.id, suggestion.en)});
      diagnostics.back().message_zh =
          fmt::format("角色 '{}' 扩展（extends）的角色 '{}' 不存在{}", chain.back()->id, parent.id,
                      suggestion.zh);
      return std::nullopt;
    }
    if (!seen.insert(next->id).second) {
      std::string cycle;
      for (const RoleDef* link : chain) cycle += link->id + " -> ";
      diagnostics.push_back(
          diagnostic(parent.where, {fmt::format("'extends' forms a cycle: {}{}", cycle, next->id),
                                    fmt::format("'extends' 形成了循环：{}{}", cycle, next->id)}));
      return std::nullopt;
    }
    chain.push_back(next);
    // validate resolves every role, so a long chain would cost its square.
    constexpr std::size_t kMaxExtendsDepth = 32;
    if (chain.size() > kMaxExtendsDepth) {
      diagnostics.push_back(diagnostic(
          parent.where,
          {fmt::format("'extends' chain of '{}' is longer than {} roles", def.id, kMaxExtendsDepth),
           fmt::format("'{}' 的 'extends' 链超过 {} 个角色", def.id, kMaxExtendsDepth)}));
      return std::nullopt;
    }
  }
  auto role = role_from_root(*chain.back(), diagnostics);
  if (!role) return std::nullopt;
  std::size_t errors_before = diagnostics.size();
  for (auto it = chain.rbegin(); it != chain.rend(); ++it)
    apply_definition(*role, **it, detail, diagnostics);
  if (diagnostics.size() != errors_before) return std::nullopt;
  return role;
}

namespace {

// For an overlay naming a duty the role lacks: a domain named instead of duties ("remove:
// [strategy]" takes them one by one), or the near miss among the role's duty ids.
Text not_a_duty_hint(const Role& role, const std::string& id) {
  std::vector<std::string> in_domain, ids;
  for (const auto& duty : role.responsibilities) {
    ids.push_back(duty.id);
    if (duty.domain == id) in_domain.push_back(duty.id);
  }
  if (!in_domain.empty()) {
    std::size_t count = in_domain.size();
    if (count > 6) in_domain.resize(5);  // `describe` lists them all
    std::string more = count > 6 ? fmt::format(" and {} more", count - 5) : "";
    std::string more_zh = count > 6 ? fmt::format(" 等 {} 项", count) : "";
    return {fmt::format(" ('{}' is a domain; overlays name duties one by one, and the role's in "
                        "it are {}{})",
                        id, fmt::join(in_domain, ", "), more),
            fmt::format("（'{}' 是领域；叠加项须逐条列出职责，该角色在此领域的职责是 {}{}）", id,
                        fmt::join(in_domain, "、"), more_zh)};
  }
  return did_you_mean(closest_matches(id, ids));
}

// "overlay 'lean' of 'cto' removes 'strategy', which the role does not have", with the hint.
Diagnostic duty_not_held(const Role& role, const Overlay& overlay, const std::string& id,
                         const Location& where, std::string_view verb, std::string_view verb_zh) {
  Text hint = not_a_duty_hint(role, id);
  return diagnostic(
      where, {fmt::format("overlay '{}' of '{}' {} '{}', which the role does not have{}",
                          overlay.name, role.id, verb, id, hint.en),
              fmt::format("'{}' 的叠加项 '{}' {}了 '{}'，但该角色没有这一项{}", role.id,
                          overlay.name, verb_zh, id, hint.zh)});
}

}  // namespace

void apply_overlay(Role& role, const Overlay& overlay, Diagnostics& diagnostics,
                   std::vector<std::string>* removed_earlier) {
  apply_fields(role, overlay.set);
  for (const auto& removed : overlay.remove) {
    if (remove_responsibility(role, removed)) continue;
    // Two overlays of one reference may both hand the same duty away: they agree, no error.
    if (removed_earlier && std::find(removed_earlier->begin(), removed_earlier->end(),
                                     removed.id) != removed_earlier->end())
      continue;
    diagnostics.push_back(
        duty_not_held(role, overlay, removed.id, removed.where, "removes", "去掉（remove）"));
  }
  if (removed_earlier)
    for (const auto& removed : overlay.remove) removed_earlier->push_back(removed.id);
  for (const auto& reword : overlay.reword) {
    Responsibility* target = find_responsibility(role, reword.id);
    // An earlier overlay handed the duty away: how the role would hold it no longer applies.
    // (conflict_message lets this through only where the role's `combinations` states the pair.)
    if (!target && removed_earlier &&
        std::find(removed_earlier->begin(), removed_earlier->end(), reword.id) !=
            removed_earlier->end())
      continue;
    if (!target) {
      diagnostics.push_back(
          duty_not_held(role, overlay, reword.id, reword.where, "rewords", "改写（reword）"));
      continue;
    }
    if (reword.text) target->text = *reword.text;
    if (reword.how) target->how = reword.how;
  }
  for (const auto& added : overlay.add) {
    if (find_responsibility(role, added.id)) {
      diagnostics.push_back(diagnostic(
          added.where,
          {fmt::format("overlay '{}' of '{}' adds '{}', which the role already has (use 'reword')",
                       overlay.name, role.id, added.id),
           fmt::format("'{}' 的叠加项 '{}' 新增（add）了 '{}'，但该角色已有这一项（请用 'reword'）",
                       role.id, overlay.name, added.id)}));
      continue;
    }
    role.responsibilities.push_back(added);
  }
  for (const auto& g : overlay.guidance) role.guidance.push_back({g, overlay.name});
  role.applied.push_back(overlay.name);
}

namespace {

// What two overlays of one role say that cannot both hold, each as a short clause. When the
// role's `combinations` states how the pair combines (`stated`), one removing what the other
// rewords is not a contradiction: the removal wins in either order, and the note says so.
std::vector<Text> contradictions(const Overlay& a, const Overlay& b, bool stated) {
  std::vector<Text> found;
  for_each_field([&](const auto& f) {
    const auto& x = a.set.*f.stated;
    const auto& y = b.set.*f.stated;
    if (x && y && !(*x == *y))
      found.push_back({fmt::format("both set '{}', differently", f.info.key),
                       fmt::format("两者都设置了 '{}'，但值不同", f.info.key)});
  });
  for (const auto& x : a.reword)
    for (const auto& y : b.reword)
      if (x.id == y.id && ((x.text && y.text && *x.text != *y.text) ||
                           (x.how && y.how && *x.how != *y.how)))
        found.push_back({fmt::format("both reword '{}', differently", x.id),
                         fmt::format("两者都改写了 '{}'，但写法不同", x.id)});
  auto removes_reworded = [&](const Overlay& remover, const Overlay& rewording) {
    for (const auto& x : remover.remove)
      for (const auto& y : rewording.reword)
        if (x.id == y.id)
          found.push_back({fmt::format("'{}' removes '{}', which '{}' rewords", remover.name, x.id,
                                       rewording.name),
                           fmt::format("'{}' 去掉了 '{}'，而 '{}' 改写了它", remover.name, x.id,
                                       rewording.name)});
  };
  if (!stated) {
    removes_reworded(a, b);
    removes_reworded(b, a);
  }
  for (const auto& x : a.add)
    for (const auto& y : b.add)
      if (x.id == y.id)
        found.push_back(
            {fmt::format("both add '{}'", x.id), fmt::format("两者都新增了 '{}'", x.id)});
  return found;
}

}  // namespace

const Combination* find_combination(const RoleDef& def, std::string_view a, std::string_view b) {
  for (const auto& c : def.combinations)
    if (c.overlays.size() == 2 && ((c.overlays[0].id == a && c.overlays[1].id == b) ||
                                   (c.overlays[0].id == b && c.overlays[1].id == a)))
      return &c;
  return nullptr;
}

Text conflict_message(const RoleDef& def, const Overlay& a, const Overlay& b) {
  const Combination* c = find_combination(def, a.name, b.name);
  if (c && c->conflict)
    return {fmt::format("overlays '{}' and '{}' of '{}' conflict: {}", a.name, b.name, def.id,
                        c->note.in(Lang::en)),
            fmt::format("'{}' 的叠加项 '{}' 和 '{}' 互相冲突：{}", def.id, a.name, b.name,
                        c->note.in(Lang::zh))};
  auto found = contradictions(a, b, c != nullptr);
  if (found.empty()) return {};
  std::vector<std::string> en, zh;
  for (const auto& f : found) {
    en.push_back(f.en);
    zh.push_back(f.zh);
  }
  return {fmt::format("overlays '{}' and '{}' of '{}' contradict each other: {}", a.name, b.name,
                      def.id, fmt::join(en, "; ")),
          fmt::format("'{}' 的叠加项 '{}' 和 '{}' 互相矛盾：{}", def.id, a.name, b.name,
                      fmt::join(zh, "；"))};
}

void apply_overlays(Role& role, const RoleDef& def, const std::vector<const Overlay*>& overlays,
                    Diagnostics& diagnostics) {
  std::vector<std::string> removed;
  for (const Overlay* overlay : overlays) apply_overlay(role, *overlay, diagnostics, &removed);
  for (std::size_t i = 0; i < overlays.size(); ++i)
    for (std::size_t j = i + 1; j < overlays.size(); ++j)
      if (const Combination* c = find_combination(def, overlays[i]->name, overlays[j]->name);
          c && !c->conflict)
        role.combined.push_back(*c);
}

const RoleDef& find_role(const Library& library, std::string_view id_or_alias) {
  if (const RoleDef* def = library.lookup(id_or_alias)) return *def;
  if (library.hidden(id_or_alias))
    throw Error(ErrorKind::unknown_role,
                Text{fmt::format("role '{}' is a built-in role, and --no-builtin leaves the "
                                 "built-in roles out",
                                 id_or_alias),
                     fmt::format("'{}' 是内置角色，而 --no-builtin 不使用内置角色", id_or_alias)},
                Text{"drop --no-builtin (and CTOLADDER_BUILTIN=off) to use it, or name one of "
                     "your roles ('ctoladder list' shows them)",
                     "去掉 --no-builtin（及 CTOLADDER_BUILTIN=off）即可使用它，或改用你自己的角色"
                     "（见 'ctoladder list'）"});
  Text suggestion = did_you_mean(closest_matches(id_or_alias, library.reference_words()));
  throw Error(ErrorKind::unknown_role,
              Text{fmt::format("unknown role '{}'{}", id_or_alias, suggestion.en),
                   fmt::format("未知角色 '{}'{}", id_or_alias, suggestion.zh)},
              Text{"run 'ctoladder list' to see every role", "运行 'ctoladder list' 查看所有角色"});
}

Error unresolved(const RoleDef& def, const Diagnostics& diagnostics) {
  Text message{fmt::format("role '{}' does not resolve:", def.id),
               fmt::format("角色 '{}' 无法解析：", def.id)};
  for (const auto& d : diagnostics) {
    message.en += "\n  " + d.format(Lang::en);
    message.zh += "\n  " + d.format(Lang::zh);
  }
  return Error(
      ErrorKind::invalid_data, std::move(message),
      Text{"run 'ctoladder validate' on the role folder", "请对角色目录运行 'ctoladder validate'"});
}

Role resolve(const Library& library, const RoleRef& ref) {
  const RoleDef& def = find_role(library, ref.role);
  Diagnostics diagnostics;
  auto role = resolve_base(library, def, diagnostics);
  std::vector<const Overlay*> chosen;
  for (const auto& name : ref.overlays) {
    std::string folded = text::fold_case(name);
    auto it = std::find_if(def.overlays.begin(), def.overlays.end(),
                           [&](const Overlay& o) { return o.name == folded; });
    // The overlays of one axis, for hints: "variant: startup, enterprise".
    auto overlays_by_axis = [&](Lang lang) {
      std::vector<std::string> groups;
      for (Axis axis : {Axis::variant, Axis::profile}) {
        std::vector<std::string> names;
        for (const auto& o : def.overlays)
          if (o.axis == axis) names.push_back(o.name);
        if (!names.empty())
          groups.push_back(fmt::format("{}{}{}", label(axis).in(lang), lang == Lang::zh ? "：" : ": ",
                                       fmt::join(names, ", ")));
      }
      return fmt::format("{}", fmt::join(groups, lang == Lang::zh ? "；" : "; "));
    };
    if (it == def.overlays.end()) {
      std::vector<std::string> offered, offered_zh;
      for (const auto& o : def.overlays) {
        offered.push_back(fmt::format("{} ({})", o.name, to_string(o.axis)));
        offered_zh.push_back(fmt::format("{}（{}）", o.name, label(o.axis).zh));
      }
      std::vector<std::string> names;
      for (const auto& o : def.overlays) names.push_back(o.name);
      auto near = closest_matches(name, names);
      Text suggestion = did_you_mean(near);
      // The whole reference with the overlay it probably meant, ready to paste.
      Text hint;
      if (near.size() == 1) {
        std::vector<std::string> fixed;
        for (const auto& other : ref.overlays) fixed.push_back(other == name ? near.front() : other);
        std::string corrected = fmt::format("{}@{}", def.id, fmt::join(fixed, ","));
        hint = {fmt::format("try {}", corrected), fmt::format("试试 {}", corrected)};
      } else if (!offered.empty()) {
        hint = {fmt::format("an overlay follows @: {}@{}", def.id, def.overlays.front().name),
                fmt::format("叠加项写在 @ 之后：{}@{}", def.id, def.overlays.front().name)};
      }
      throw Error(
          ErrorKind::unknown_overlay,
          offered.empty()
              ? Text{fmt::format("role '{}' has no overlays (asked for '{}')", def.id, name),
                     fmt::format("角色 '{}' 没有任何叠加项（要求的是 '{}'）", def.id, name)}
              : Text{fmt::format("role '{}' has no overlay '{}'{}; it has: {}", def.id, name,
                                 suggestion.en, fmt::join(offered, ", ")),
                     fmt::format("角色 '{}' 没有叠加项 '{}'{}；可用的有：{}", def.id, name,
                                 suggestion.zh, fmt::join(offered_zh, "、"))},
          hint);
    }
    for (const Overlay* earlier : chosen)
      if (earlier->axis == it->axis)
        throw Error(ErrorKind::usage,
                    Text{fmt::format("overlays '{}' and '{}' are both a {}; pick one",
                                     earlier->name, it->name, to_string(it->axis)),
                         fmt::format("叠加项 '{}' 和 '{}' 都属于“{}”这一类，只能选一个",
                                     earlier->name, it->name, label(it->axis).zh)},
                    Text{fmt::format("a reference takes one overlay of each axis ({})",
                                     overlays_by_axis(Lang::en)),
                         fmt::format("一个引用每一类只取一个叠加项（{}）", overlays_by_axis(Lang::zh))});
    chosen.push_back(&*it);
  }
  // The role's own order, whatever order the reference names them in: x@a,b is x@b,a. The
  // pointers point into def.overlays, so their order is the file's order.
  std::sort(chosen.begin(), chosen.end());
  for (std::size_t i = 0; i < chosen.size(); ++i)
    for (std::size_t j = i + 1; j < chosen.size(); ++j)
      if (auto conflict = conflict_message(def, *chosen[i], *chosen[j]); !conflict.en.empty())
        throw Error(
            ErrorKind::usage, std::move(conflict),
            Text{fmt::format("use one of them; 'ctoladder describe {}' lists the overlays", def.id),
                 fmt::format("只用其中一个；'ctoladder describe {}' 会列出所有叠加项", def.id)});
  if (role) apply_overlays(*role, def, chosen, diagnostics);
  if (!diagnostics.empty() || !role) throw unresolved(def, diagnostics);
  return std::move(*role);
}

Role resolve(const Library& library, std::string_view reference) {
  return resolve(library, parse_reference(reference));
}

}  // namespace ctoladder
