#include "ctoladder/growth_path.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <limits>
#include <optional>
#include <queue>
#include <unordered_map>

#include "ctoladder/error.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder {
namespace {

constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();

// What a route costs, compared in this order: links no article gives (inferred or unsourced),
// then steps, then roles off the starting role's track.
struct Cost {
  std::size_t unsourced = 0, steps = 0, off_track = 0;
  auto operator<=>(const Cost&) const = default;
  Cost operator+(const Cost& o) const {
    return {unsourced + o.unsourced, steps + o.steps, off_track + o.off_track};
  }
};

struct Edge {
  std::size_t to;
  bool sourced;  // an article gives this link
};

// The `next:` edges of every role, by index; ids sorted so ties resolve the same way always.
struct Graph {
  std::vector<std::string> ids;
  std::vector<Track> tracks;
  std::vector<std::vector<Edge>> next, previous;
  std::unordered_map<std::string, std::size_t> index;

  explicit Graph(const Library& library) {
    for (const auto& role : ladder_roles(library)) {
      index.emplace(role.id, ids.size());
      ids.push_back(role.id);
      tracks.push_back(role.track);
    }
    next.resize(ids.size());
    previous.resize(ids.size());
    for (const auto& def : library.roles()) {
      auto from = index.find(def.id);
      if (from == index.end()) continue;
      for (const auto& step : def.next) {
        auto to = index.find(step.id);
        if (to == index.end() || to->second == from->second) continue;
        bool sourced = step.basis.source.has_value();
        next[from->second].push_back({to->second, sourced});
        previous[to->second].push_back({from->second, sourced});
      }
    }
  }

  std::size_t at(std::string_view id) const {
    auto it = index.find(std::string(id));
    return it == index.end() ? kUnreached : it->second;
  }

  Cost step_cost(const Edge& e, std::size_t to, Track track) const {
    return {e.sourced ? 0u : 1u, 1, tracks[to] == track ? 0u : 1u};
  }

  // The best route from `from` to `to` (both included), or empty: cheapest by Cost (the
  // article's own links before the project's), then the one whose ids come first.
  std::vector<std::size_t> route(std::size_t from, std::size_t to, Track track) const {
    // cost[v]: the cheapest route from v to `to`, found walking the edges backwards (Dijkstra).
    std::vector<std::optional<Cost>> cost(ids.size());
    using Item = std::pair<Cost, std::size_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    cost[to] = Cost{};
    queue.push({Cost{}, to});
    while (!queue.empty()) {
      auto [c, v] = queue.top();
      queue.pop();
      if (c != *cost[v]) continue;
      for (const Edge& back : previous[v]) {
        Cost through = step_cost({v, back.sourced}, v, track) + c;
        if (!cost[back.to] || through < *cost[back.to]) {
          cost[back.to] = through;
          queue.push({through, back.to});
        }
      }
    }
    if (!cost[from]) return {};
    std::vector<std::size_t> result{from};
    while (result.back() != to) {
      std::size_t v = result.back(), best = kUnreached;
      for (const Edge& e : next[v]) {
        if (!cost[e.to] || step_cost(e, e.to, track) + *cost[e.to] != *cost[v]) continue;
        // Equal cost: the route whose next id comes first (routes differ first there).
        if (best == kUnreached || ids[e.to] < ids[best]) best = e.to;
      }
      result.push_back(best);
    }
    return result;
  }
};

}  // namespace

std::vector<std::string> find_route(const Library& library, std::string_view from,
                                    std::string_view to, Track track,
                                    const std::vector<std::string>& via) {
  Graph graph(library);
  std::vector<std::size_t> stops{graph.at(from)};
  for (const auto& id : via) stops.push_back(graph.at(id));
  stops.push_back(graph.at(to));
  if (std::find(stops.begin(), stops.end(), kUnreached) != stops.end()) return {};
  std::vector<std::string> ids{graph.ids[stops.front()]};
  for (std::size_t i = 0; i + 1 < stops.size(); ++i) {
    std::vector<std::size_t> leg = graph.route(stops[i], stops[i + 1], track);
    if (leg.empty()) return {};
    for (std::size_t k = 1; k < leg.size(); ++k) ids.push_back(graph.ids[leg[k]]);
  }
  return ids;
}

std::vector<std::string> reachable_from(const Library& library, std::string_view from) {
  Graph graph(library);
  std::size_t start = graph.at(from);
  if (start == kUnreached) return {};
  std::vector<std::size_t> distance(graph.ids.size(), kUnreached);
  std::deque<std::size_t> queue{start};
  distance[start] = 0;
  while (!queue.empty()) {
    std::size_t v = queue.front();
    queue.pop_front();
    for (const Edge& e : graph.next[v])
      if (distance[e.to] == kUnreached) {
        distance[e.to] = distance[v] + 1;
        queue.push_back(e.to);
      }
  }
  std::vector<std::size_t> found;
  for (std::size_t v = 0; v < graph.ids.size(); ++v)
    if (v != start && distance[v] != kUnreached) found.push_back(v);
  std::sort(found.begin(), found.end(), [&](std::size_t a, std::size_t b) {
    return distance[a] != distance[b] ? distance[a] < distance[b] : graph.ids[a] < graph.ids[b];
  });
  std::vector<std::string> ids;
  for (std::size_t v : found) ids.push_back(graph.ids[v]);
  return ids;
}

GrowthPath growth_path(const Library& library, const Role& from, const Role& to,
                       const std::vector<std::string>& via) {
  GrowthPath path;
  for (const auto& name : via) path.via.push_back(find_role(library, name).id);
  std::vector<std::string> ids = find_route(library, from.id, to.id, from.track, path.via);
  if (ids.empty()) {
    std::string route = fmt::format("{} to {}", from.reference(), to.reference());
    if (!path.via.empty()) route += fmt::format(" via {}", fmt::join(path.via, ", "));
    std::string route_zh = fmt::format("从 {} 升到 {}", from.reference(), to.reference());
    if (!path.via.empty()) route_zh += fmt::format("（途经 {}）", fmt::join(path.via, "、"));
    std::vector<std::string> onwards = reachable_from(library, from.id);
    const RoleDef* def = library.role(from.id);
    std::vector<std::string> steps;
    if (def)
      for (const auto& step : def->next) steps.push_back(step.id);
    Text hint =
        onwards.empty()
            ? Text{fmt::format("{} has no 'next' step: the ladder goes nowhere from it", from.id),
                   fmt::format("{} 没有 'next' 步骤：阶梯从它出发无路可走", from.id)}
            : Text{fmt::format("from {} you can reach only {}, one 'next' step at a time "
                               "({}'s own next: {})",
                               from.id, fmt::join(onwards, ", "), from.id, fmt::join(steps, ", ")),
                   fmt::format("从 {} 沿 'next' 一步步只能到达 {}（{} 自己的下一步：{}）", from.id,
                               fmt::join(onwards, "、"), from.id, fmt::join(steps, "、"))};
    throw Error(ErrorKind::usage,
                Text{fmt::format("no way up the ladder from {} along 'next' steps", route),
                     fmt::format("沿 'next' 步骤无法{}", route_zh)},
                std::move(hint));
  }
  path.roles.push_back(from);
  for (std::size_t i = 1; i + 1 < ids.size(); ++i) path.roles.push_back(resolve(library, ids[i]));
  // FROM and TO may be one role under two overlays: still one step, from one to the other.
  if (ids.size() > 1 || from.reference() != to.reference()) path.roles.push_back(to);
  return path;
}

}  // namespace ctoladder
