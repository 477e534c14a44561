// Growth paths: the steps up the ladder from one role to another along the roles' `next:` edges.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ctoladder/library.hpp"
#include "ctoladder/model.hpp"

namespace ctoladder {

// The ids of a route along `next:` edges, FROM and TO included, or empty when TO cannot be
// reached. The shortest route wins; among those, the one with the fewest roles off `track`
// (FROM's track), then the one whose ids come first. `via` ids are visited in order.
std::vector<std::string> find_route(const Library& library, std::string_view from,
                                    std::string_view to, Track track,
                                    const std::vector<std::string>& via = {});

// Every role reachable from `from` (not `from` itself), nearest first, then by id.
std::vector<std::string> reachable_from(const Library& library, std::string_view from);

struct GrowthPath {
  std::vector<Role> roles;       // FROM (as referenced), the roles between, TO (as referenced)
  std::vector<std::string> via;  // role ids the route was forced through
};

// The path from `from` to `to`; throws Error(usage) when the ladder does not lead there, naming
// where it does lead from `from`. Roles between the two are taken without overlays.
GrowthPath growth_path(const Library& library, const Role& from, const Role& to,
                       const std::vector<std::string>& via = {});

}  // namespace ctoladder
