// Responsibilities per domain: the weights `chart` draws and `compare` shows as bars.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ctoladder/library.hpp"
#include "ctoladder/model.hpp"
#include "ctoladder/report.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::view {

// The weight of a domain for a role is the number of responsibilities the role holds in it.
// Axes are every domain of the library's catalogue, in its order (then any other domain a role
// uses); `max` is the largest weight of any role on any axis (0 when all are empty).
struct DomainWeights {
  std::vector<std::string> domains;
  std::vector<std::vector<std::size_t>> counts;  // [role][domain]
  std::vector<std::size_t> totals;               // [role]: all of its responsibilities
  std::size_t max = 0;
};

DomainWeights domain_weights(const Library& library, const std::vector<const Role*>& roles);

// What a chart draws under a scale: the value of role `i` on axis `a` (a count, or a percent
// for ChartScale::share) and the value at the rim of axis `a`. The rim is a round number
// (1, 2 or 5 times a power of ten) at or above the largest value, so that ticks are whole
// numbers; under ChartScale::domain it is the largest count on that axis.
double chart_value(const DomainWeights& w, std::size_t i, std::size_t a, ChartScale scale);
double chart_rim(const DomainWeights& w, std::size_t a, ChartScale scale);
// The tick values between 0 and the rim (the rim included); empty for ChartScale::domain.
std::vector<double> chart_ticks(const DomainWeights& w, ChartScale scale);

// `width` cells: full blocks for value/max, light shade for the rest; a non-zero value shows at
// least one block.
std::string bar(std::size_t value, std::size_t max, std::size_t width);
std::string bar(double value, double max, std::size_t width);
// The bar as a table cell: 20 wide, narrower on a narrow terminal (Fit::bar).
Cell bar_cell(double value, double max, Style style);

// A heading and a table: one row per domain and role, the bars aligned and scaled as `scale`
// says (compare uses counts).
void weight_bars(Report& report, const Library& library, const std::vector<const Role*>& roles,
                 const DomainWeights& weights, Lang lang, ChartScale scale = ChartScale::count);

// The radar chart as a standalone SVG document (render_svg.cpp).
std::string radar_svg(const Library& library, const std::vector<const Role*>& roles,
                      const DomainWeights& weights, Lang lang,
                      ChartScale scale = ChartScale::count);

}  // namespace ctoladder::view
