#include "ctoladder/validate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <optional>
#include <unordered_map>

#include "ctoladder/embedded.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/suggest.hpp"
#include "ctoladder/text.hpp"
#include "ctoladder/vocabulary.hpp"

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
  // Each repeat with the item it repeats (the first in the file: equal ids sort by index), so
  // the message can point at both.
  std::vector<std::pair<std::size_t, std::size_t>> repeated;
  for (std::size_t i = 1, first = 0; i < ids.size(); ++i) {
    if (ids[i].first != ids[i - 1].first) first = i;
    else repeated.emplace_back(ids[i].second, ids[first].second);
  }
  std::sort(repeated.begin(), repeated.end());
  auto next_repeated = repeated.begin();
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Responsibility& item = items[i];
    if (next_repeated != repeated.end() && next_repeated->first == i) {
      const Location& first = items[next_repeated->second].where;
      ++next_repeated;
      Text who = owner();
      // The first may be in another file (a refinement's lower role): name it then.
      std::string at = first.file == item.where.file
                           ? fmt::format("line {}", first.line)
                           : fmt::format("{}:{}", first.file.str(), first.line);
      out.push_back(diagnostic(
          item.where,
          {fmt::format("{} lists responsibility '{}' twice (first at {})", who.en, item.id, at),
           fmt::format("{}两次列出职责 '{}'（第一次在 {}）", who.zh, item.id,
                       first.file == item.where.file ? fmt::format("第 {} 行", first.line)
                                                     : at)}));
    }
    if (!library.domain(item.domain)) {
      std::vector<std::string> known = domain_ids(library);
      Text suggestion = did_you_mean(closest_matches(item.domain, known));
      // No near miss: a domain of the user's own, which a folder's domains.yaml defines.
      out.push_back(diagnostic(
          item.where,
          !suggestion.en.empty()
              ? Text{fmt::format("unknown domain '{}'{}", item.domain, suggestion.en),
                     fmt::format("未知领域 '{}'{}", item.domain, suggestion.zh)}
              : Text{fmt::format("unknown domain '{}' (the domains are {}; a new one is "
                                 "defined in the folder's domains.yaml)",
                                 item.domain, fmt::join(known, ", ")),
                     fmt::format("未知领域 '{}'（已有的领域：{}；新领域在目录的 "
                                 "domains.yaml 中定义）",
                                 item.domain, fmt::join(known, "、"))}));
    }
  }
}

void check_names(const Library& library, Diagnostics& out) {
  std::unordered_map<std::string, const RoleDef*> owner;  // folded id or alias -> role
  for (const auto& role : library.roles()) owner.emplace(role.id, &role);
  for (const auto& role : library.roles()) {
    for (std::size_t i = 0; i < role.aliases.size(); ++i) {
      const std::string& alias = role.aliases[i];
      auto [it, fresh] = owner.emplace(text::fold_case(alias), &role);
      const Location& where = i < role.alias_where.size() ? role.alias_where[i] : role.where;
      // At the alias: the line to change (the built-in roles already take common titles). A
      // company role whose id is a built-in alias (its own 'engineer') is no clash: ids win over
      // aliases, and the built-in file (also under a refinement) is not the user's to change.
      if (!fresh && it->second != &role && !where.file.str().starts_with(kBuiltinPrefix))
        out.push_back(diagnostic(
            where,
            {fmt::format("alias '{}' of '{}' is already used by role '{}'", alias, role.id,
                         it->second->id),
             fmt::format("'{}' 的别名 '{}' 已被角色 '{}' 使用", role.id, alias, it->second->id)}));
    }
  }
}

bool same_substance(const Role& a, const Role& b);

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
  // Overlays of different axes must compose (cto@startup,china) into one role whichever order
  // they are named in, or the data must say they conflict. Every such pair is tried in both
  // orders; only what composing adds to the problems each has alone is reported.
  for (std::size_t i = 0; i < def.overlays.size(); ++i) {
    for (std::size_t j = i + 1; j < def.overlays.size(); ++j) {
      const Overlay& first = def.overlays[i];
      const Overlay& second = def.overlays[j];
      if (first.axis == second.axis) continue;
      const Combination* declared = find_combination(def, first.name, second.name);
      if (declared && declared->conflict) continue;  // resolve refuses the pair, saying why
      if (auto conflict = conflict_message(def, first, second); !conflict.en.empty()) {
        out.push_back(diagnostic(second.where,
                                 {conflict.en + " (state the pair under 'combinations' with "
                                                "'conflict', or change one of them)",
                                  conflict.zh + "（请在 'combinations' 中用 'conflict' 写明这一对，"
                                                "或改掉其中一个）"}));
        continue;
      }
      std::vector<Role> results;
      for (auto [one, two] : {std::pair{&first, &second}, std::pair{&second, &first}}) {
        Diagnostics problems;
        Role both = base;
        apply_overlays(both, def, {one, two}, problems);
        if (problems.size() > problems_alone[i] + problems_alone[j]) {
          const Diagnostic& last = problems.back();
          out.push_back(diagnostic(
              second.where,
              {fmt::format(
                   "overlays '{}' and '{}' of '{}' do not compose in the order {}@{},{}: {}",
                   first.name, second.name, def.id, def.id, one->name, two->name, last.message),
               fmt::format("'{}' 的叠加项 '{}' 和 '{}' 按 {}@{},{} 的顺序无法组合：{}", def.id,
                           first.name, second.name, def.id, one->name, two->name,
                           last.message_zh.empty() ? last.message : last.message_zh)}));
          break;
        }
        results.push_back(std::move(both));
      }
      if (results.size() == 2 && !same_substance(results[0], results[1]))
        out.push_back(diagnostic(
            second.where,
            {fmt::format("overlays '{}' and '{}' of '{}' give different roles in the orders "
                         "{}@{},{} and {}@{},{}",
                         first.name, second.name, def.id, def.id, first.name, second.name, def.id,
                         second.name, first.name),
             fmt::format(
                 "'{}' 的叠加项 '{}' 和 '{}' 按 {}@{},{} 与 {}@{},{} 两种顺序得到的角色不同",
                 def.id, first.name, second.name, def.id, first.name, second.name, def.id,
                 second.name, first.name)}));
    }
  }
}

// What checking a role's `extends` chain came to. A role that cannot be built because a role it
// extends failed is "skipped": its ancestor's problem is reported once, where it is, and the
// skipped roles are named once, in one warning, beside the file that failed.
struct ChainOutcome {
  enum State { ok, failed, skipped } state = ok;
  std::string blame;  // failed or skipped: the file whose problem stops this role
};

class ChainChecker {
 public:
  // The files that already have errors in `out` (from reading them) are known to have failed.
  ChainChecker(const Library& library, Diagnostics& out) : library_(library), out_(out) {
    for (const auto& d : out)
      if (d.severity == Diagnostic::Severity::error && !d.where.file.empty()) {
        const std::string& file = d.where.file.str();
        failed_files_.insert(file);
        // One role per file, named after its id: the file promises that role.
        std::size_t slash = file.find_last_of('/');
        std::string name = file.substr(slash == std::string::npos ? 0 : slash + 1);
        std::size_t dot = name.find_last_of('.');
        failed_by_id_.emplace(name.substr(0, dot), file);
      }
  }

  // The resolved role (ids only) when the chain of `def` builds.
  std::optional<Role> check(const RoleDef& def) {
    settle(def);
    auto it = built_.find(&def);
    if (it == built_.end()) return std::nullopt;
    std::optional<Role> role = std::move(it->second);
    built_.erase(it);
    return role;
  }

  // The failed file to blame for `extends` (or a next step) when the role it names did not come
  // from it: the file failed to read, and the role found (if any) is a lower layer's.
  const std::string* failed_instead(const IdRef& ref, const RoleDef* found) const {
    const std::string* failed = failed_file(ref.id);
    if (!failed || (found && found->where.file.str() == *failed)) return nullptr;
    return failed;
  }

  // The file promising role `id` when it failed to read, else nullptr.
  const std::string* failed_file(const std::string& id) const {
    auto it = failed_by_id_.find(id);
    return it == failed_by_id_.end() ? nullptr : &it->second;
  }

  // One warning per failed file naming every role that was skipped because of it.
  void report_skipped() {
    // A long chain can hang thousands of roles on one file: name the first few.
    constexpr std::size_t kNamed = 10;
    for (const auto& [file, ids] : skipped_by_file_) {
      std::vector<std::string> named(ids.begin(), ids.begin() + std::min(ids.size(), kNamed));
      std::string more = ids.size() > kNamed ? fmt::format("and {} more", ids.size() - kNamed) : "";
      std::string more_zh = ids.size() > kNamed ? fmt::format("等 {} 个", ids.size()) : "";
      out_.push_back(diagnostic(
          {file, 0, 0},
          {fmt::format("{} not checked because this file has errors: {}{}{}",
                       ids.size() == 1 ? "1 role that builds on it was"
                                       : fmt::format("{} roles that build on it were", ids.size()),
                       fmt::join(named, ", "), more.empty() ? "" : ", ", more),
           fmt::format("此文件有错误，因此没有检查建立在它之上的 {} 个角色：{}{}", ids.size(),
                       fmt::join(named, ", "), more_zh)},
          Diagnostic::Severity::warning));
    }
  }

 private:
  // Walks up from `def` to the first role already settled (or the chain's end), then settles
  // the walk from the top down; iterative, so a hostile 100,000-role chain cannot overflow.
  void settle(const RoleDef& def) {
    std::vector<const RoleDef*> walk{&def};
    std::unordered_map<const RoleDef*, std::size_t> on_walk{{&def, 0}};
    std::optional<std::size_t> cycle_start;
    while (!outcome_.count(walk.back()) && walk.back()->extends) {
      const RoleDef* parent = library_.parent(walk.back()->extends->id);
      if (!parent || failed_instead(*walk.back()->extends, parent)) break;
      if (auto it = on_walk.find(parent); it != on_walk.end()) {
        cycle_start = it->second;
        break;
      }
      on_walk.emplace(parent, walk.size());
      walk.push_back(parent);
    }
    if (cycle_start) {
      // Report the cycle once; its members all fail with it. Where: at an `extends` naming a
      // role of the same or a higher rank, the likely mistake, as a ladder extends downwards
      // (dev-1 `extends: dev-2`); else at the `extends` that closes the walk. Walking from the
      // named role makes the `extends` that names it the one that closes the walk.
      const std::size_t first = *cycle_start, members = walk.size() - first;
      const RoleDef* start = walk[first];
      for (std::size_t k = 0; k < members; ++k) {
        const RoleDef* child = walk[first + k];
        const RoleDef* parent = walk[first + (k + 1) % members];
        if (child->rank && parent->rank && *child->rank <= *parent->rank) {
          start = parent;
          break;
        }
      }
      Diagnostics problems;
      resolve_base(library_, *start, problems, Detail::ids);
      out_.insert(out_.end(), problems.begin(), problems.end());
      for (std::size_t i = *cycle_start; i < walk.size(); ++i)
        outcome_[walk[i]] = {ChainOutcome::failed, walk.back()->where.file};
      walk.resize(*cycle_start);
    }
    for (auto it = walk.rbegin(); it != walk.rend(); ++it) {
      const RoleDef* role = *it;
      if (outcome_.count(role)) continue;
      outcome_[role] = settle_one(*role);
    }
  }

  ChainOutcome settle_one(const RoleDef& def) {
    bool own_file_failed = failed_files_.count(def.where.file.str()) > 0;
    if (def.extends) {
      std::string parent_blame;
      const RoleDef* parent = library_.parent(def.extends->id);
      if (const std::string* failed = failed_instead(*def.extends, parent)) {
        parent_blame = *failed;
      } else if (parent) {
        auto found = outcome_.find(parent);
        if (found != outcome_.end() && found->second.state != ChainOutcome::ok)
          parent_blame = found->second.blame;
      }
      if (!parent_blame.empty()) {
        if (!own_file_failed) skipped_by_file_[parent_blame].push_back(def.id);
        return {ChainOutcome::skipped, parent_blame};
      }
    }
    Diagnostics problems;
    auto role = resolve_base(library_, def, problems, Detail::ids);
    // A file that already reported errors is not blamed again for what follows from them
    // (a `name` without `zh` is not also "lacks name").
    for (auto& problem : problems)
      if (!own_file_failed || !(problem.where == def.where &&
                                problem.message.starts_with(fmt::format("role '{}' lacks ", def.id))))
        out_.push_back(std::move(problem));
    if (!role) return {ChainOutcome::failed, def.where.file};
    built_[&def] = std::move(role);
    return {ChainOutcome::ok, {}};
  }

  const Library& library_;
  Diagnostics& out_;
  std::set<std::string> failed_files_;
  std::unordered_map<std::string, std::string> failed_by_id_;
  std::unordered_map<const RoleDef*, ChainOutcome> outcome_;
  std::unordered_map<const RoleDef*, std::optional<Role>> built_;
  std::map<std::string, std::vector<std::string>> skipped_by_file_;
};

// One built role's place in the `next` graph.
struct Rung {
  const RoleDef* def;
  int rank;
  std::vector<std::string> next;
};

// Where a `next` entry is written: in the role's own file, else (inherited from the layer
// below) at the role's id.
Location next_location(const RoleDef& def, std::string_view id) {
  for (const auto& n : def.next)
    if (n.id == id) return n.where;
  return def.where;
}

// `next` leads up the ladder or across it: a role naming itself, a lower rank, or a loop among
// roles of one rank is a mistake in the ladder, reported once at the `next` entry.
void check_next_graph(const std::map<std::string, Rung>& rungs, Diagnostics& out) {
  for (const auto& [id, rung] : rungs)
    for (const auto& next : rung.next) {
      auto target = rungs.find(next);
      if (next == id)
        out.push_back(diagnostic(next_location(*rung.def, next),
                                 {fmt::format("role '{}' lists itself as its next step", id),
                                  fmt::format("角色 '{}' 把自己列为下一步", id)}));
      else if (target != rungs.end() && target->second.rank < rung.rank)
        out.push_back(diagnostic(
            next_location(*rung.def, next),
            {fmt::format("'next' of '{}' (rank {}) steps down to '{}' (rank {}); a next step is "
                         "a role of the same or a higher rank",
                         id, rung.rank, next, target->second.rank),
             fmt::format("'{}'（级别 {}）的 'next' 降到了 '{}'（级别 {}）；下一步应是同级或更高"
                         "级别的角色",
                         id, rung.rank, next, target->second.rank)}));
    }
  // Loops among roles of one rank (a -> b -> a): depth-first, each loop reported once.
  enum Colour { white, grey, black };
  std::map<std::string, Colour> colour;
  for (const auto& [start, unused] : rungs) {
    if (colour[start] != white) continue;
    std::vector<std::pair<std::string, std::size_t>> stack{{start, 0}};
    colour[start] = grey;
    while (!stack.empty()) {
      auto& [id, index] = stack.back();
      const Rung& rung = rungs.at(id);
      if (index == rung.next.size()) {
        colour[id] = black;
        stack.pop_back();
        continue;
      }
      const std::string& next = rung.next[index++];
      auto target = rungs.find(next);
      if (next == id || target == rungs.end() || target->second.rank != rung.rank) continue;
      if (colour[next] == grey) {
        std::string loop;
        bool in_loop = false;
        for (const auto& frame : stack) {
          in_loop = in_loop || frame.first == next;
          if (in_loop) loop += frame.first + " -> ";
        }
        out.push_back(diagnostic(next_location(*rung.def, next),
                                 {fmt::format("'next' forms a cycle: {}{}", loop, next),
                                  fmt::format("'next' 形成了循环：{}{}", loop, next)}));
      } else if (colour[next] == white) {
        colour[next] = grey;
        std::string copy = next;
        stack.emplace_back(copy, 0);
      }
    }
  }
}

// Two overlay orders give the same role when they give the same fields (kRoleFields) and the
// same duties, worded alike; the order duties were added in does not matter.
bool same_substance(const Role& a, const Role& b) {
  auto duties = [](const Role& r) {
    std::vector<const Responsibility*> v;
    for (const auto& item : r.responsibilities) v.push_back(&item);
    std::sort(v.begin(), v.end(), [](auto* x, auto* y) { return x->id < y->id; });
    return v;
  };
  bool same = true;
  for_each_field([&](const auto& f) { same = same && a.*f.resolved == b.*f.resolved; });
  auto da = duties(a), db = duties(b);
  return same && std::equal(da.begin(), da.end(), db.begin(), db.end(),
                            [](auto* x, auto* y) { return *x == *y; });
}

// A `combinations` entry names two overlays the role has, of different axes, once.
void check_combinations(const RoleDef& def, Diagnostics& out) {
  std::vector<std::string> names;
  for (const auto& o : def.overlays) names.push_back(o.name);
  for (std::size_t k = 0; k < def.combinations.size(); ++k) {
    const Combination& c = def.combinations[k];
    std::vector<const Overlay*> found;
    for (const auto& ref : c.overlays) {
      auto it = std::find_if(def.overlays.begin(), def.overlays.end(),
                             [&](const Overlay& o) { return o.name == ref.id; });
      if (it != def.overlays.end()) {
        found.push_back(&*it);
        continue;
      }
      Text suggestion = did_you_mean(closest_matches(ref.id, names));
      out.push_back(diagnostic(
          ref.where,
          {fmt::format("combination names unknown overlay '{}' of '{}'{}", ref.id, def.id,
                       suggestion.en),
           fmt::format("组合中的叠加项 '{}' 不是 '{}' 的叠加项{}", ref.id, def.id, suggestion.zh)}));
    }
    if (found.size() == 2 && found[0]->axis == found[1]->axis)
      out.push_back(diagnostic(
          c.where,
          {fmt::format("combination of '{}' and '{}': both are a {}, and one reference never "
                       "names two of one axis",
                       found[0]->name, found[1]->name, to_string(found[0]->axis)),
           fmt::format("'{}' 和 '{}' 的组合：两者都属于“{}”这一类，而一个引用不会同时用到同一类的两个"
                       "叠加项",
                       found[0]->name, found[1]->name, label(found[0]->axis).zh)}));
    for (std::size_t earlier = 0; earlier < k; ++earlier)
      if (found.size() == 2 &&
          find_combination(def, c.overlays[0].id, c.overlays[1].id) == &def.combinations[earlier])
        out.push_back(diagnostic(c.where, {fmt::format("overlays '{}' and '{}' are combined twice",
                                                       c.overlays[0].id, c.overlays[1].id),
                                           fmt::format("叠加项 '{}' 和 '{}' 的组合写了两次",
                                                       c.overlays[0].id, c.overlays[1].id)}));
  }
}

}  // namespace

// Compare, gap and search match duties by id, so one id is one duty: the same id in another
// domain (a user's `mentoring` under organization, the built-ins' under development) would be
// shown as "both" in a domain one side never used. Warned once per role and id, at the duty,
// naming the first role (in layer order: built-in first) that put it elsewhere.
void check_shared_ids(const Library& library, Diagnostics& out) {
  struct First {
    std::string domain;
    std::string role;
  };
  std::unordered_map<std::string, First> first;
  for (const auto& def : library.roles())
    for (const auto& r : def.responsibilities) first.emplace(r.id, First{r.domain, def.id});
  // Once per id and domain: levels restating a duty in one other domain are one mistake.
  std::set<std::pair<std::string, std::string>> warned;
  for (const auto& def : library.roles()) {
    for (const auto& r : def.responsibilities) {
      auto it = first.find(r.id);
      if (it == first.end() || it->second.domain == r.domain || it->second.role == def.id ||
          !library.domain(r.domain) || !warned.emplace(r.id, r.domain).second)
        continue;
      out.push_back(diagnostic(
          r.where,
          {fmt::format("duty '{}' is in domain '{}' here but in '{}' in role '{}'; roles are "
                       "compared by duty id, so use domain '{}' or another id",
                       r.id, r.domain, it->second.domain, it->second.role, it->second.domain),
           fmt::format("职责 '{}' 在这里属于领域 '{}'，在角色 '{}' 中却属于 '{}'；角色按职责 id "
                       "对比，请用领域 '{}' 或换一个 id",
                       r.id, r.domain, it->second.role, it->second.domain, it->second.domain)},
          Diagnostic::Severity::warning));
    }
  }
}

void validate_library(const Library& library, Diagnostics& out, const ValidateOptions& options) {
  if (library.domains().empty())
    out.push_back(diagnostic({}, {"no domains are defined (a domains.yaml is missing)",
                                  "没有定义任何领域（缺少 domains.yaml）"}));
  // Before any check of its own adds errors: only files that failed to read count as failed.
  ChainChecker chains(library, out);
  check_names(library, out);
  std::map<std::string, Rung> rungs;
  for (const auto& def : library.roles()) {
    check_responsibilities(
        library, def.responsibilities,
        [&] {
          return Text{fmt::format("role '{}'", def.id), fmt::format("角色 '{}' ", def.id)};
        },
        out);
    for (const auto& overlay : def.overlays)
      check_responsibilities(
          library, overlay.add,
          [&] {
            return Text{fmt::format("overlay '{}' of '{}'", overlay.name, def.id),
                        fmt::format("'{}' 的叠加项 '{}' ", def.id, overlay.name)};
          },
          out);
    for (const auto& next : def.next)
      // A next step whose file failed to read is not "unknown": that file's error says why.
      if (options.check_next && !library.role(next.id) && !chains.failed_file(next.id) &&
          next.id != options.coming_role) {
        std::vector<std::string> ids;
        for (const auto& r : library.roles())
          if (r.id != def.id) ids.push_back(r.id);
        Text suggestion = did_you_mean(closest_matches(next.id, ids));
        out.push_back({next.where,
                       fmt::format("'next' names unknown role '{}'{}", next.id, suggestion.en)});
        out.back().message_zh =
            fmt::format("'next' 中的角色 '{}' 不存在{}", next.id, suggestion.zh);
      }
    check_combinations(def, out);
    auto base = chains.check(def);
    if (base) {
      check_overlays(def, *base, out);
      rungs.emplace(def.id, Rung{&def, base->rank, std::move(base->next)});
    }
  }
  chains.report_skipped();
  check_next_graph(rungs, out);
  check_shared_ids(library, out);
}

}  // namespace ctoladder
