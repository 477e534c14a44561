// Responsibilities per domain: the weights `chart` draws and `compare` shows as bars.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ctoladder/library.hpp"
#include "ctoladder/model.hpp"
#include "ctoladder/report.hpp"

namespace ctoladder::view {

// The weight of a domain for a role is the number of responsibilities the role holds in it.
// Axes are every domain of the library's catalogue, in its order (then any other domain a role
// uses); `max` is the largest weight of any role on any axis (0 when all are empty).
struct DomainWeights {
  std::vector<std::string> domains;
  std::vector<std::vector<std::size_t>> counts;  // [role][domain]
  std::size_t max = 0;
};

DomainWeights domain_weights(const Library& library, const std::vector<const Role*>& roles);

// `width` cells: full blocks for value/max, light shade for the rest; a non-zero value shows at
// least one block.
std::string bar(std::size_t value, std::size_t max, std::size_t width);

// A heading and a table: one row per domain and role, the bars aligned and scaled to `max`.
void weight_bars(Report& report, const Library& library, const std::vector<const Role*>& roles,
                 const DomainWeights& weights, Lang lang);

// The radar chart as a standalone SVG document (render_svg.cpp).
std::string radar_svg(const Library& library, const std::vector<const Role*>& roles,
                      const DomainWeights& weights, Lang lang);

}  // namespace ctoladder::view
