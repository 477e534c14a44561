// `chart`: responsibilities per domain for one or more roles, as bars (text) and a radar chart
// (svg). The weights are also the last block of `compare`.
#include "view_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "ctoladder/views.hpp"
#include "json_shapes.hpp"
#include "view_common.hpp"

namespace ctoladder {
namespace view {

DomainWeights domain_weights(const Library& library, const std::vector<const Role*>& roles) {
  DomainWeights w;
  for (const auto& d : library.domains()) w.domains.push_back(d.id);
  for (const Role* role : roles)
    for (const auto& r : role->responsibilities)
      if (std::find(w.domains.begin(), w.domains.end(), r.domain) == w.domains.end())
        w.domains.push_back(r.domain);
  for (const Role* role : roles) {
    std::vector<std::size_t> counts(w.domains.size(), 0);
    for (const auto& r : role->responsibilities) {
      auto at = std::find(w.domains.begin(), w.domains.end(), r.domain) - w.domains.begin();
      ++counts[static_cast<std::size_t>(at)];
    }
    for (std::size_t c : counts) w.max = std::max(w.max, c);
    w.counts.push_back(std::move(counts));
    w.totals.push_back(role->responsibilities.size());
  }
  return w;
}

namespace {

// The smallest of 1, 2, 5, 10, 20, 50, ... that covers `value` in at most five steps.
double round_step(double value) {
  for (double magnitude = 1;; magnitude *= 10)
    for (double step : {1.0, 2.0, 5.0})
      if (value <= 5 * step * magnitude) return step * magnitude;
}

double largest_value(const DomainWeights& w, ChartScale scale) {
  double largest = 0;
  for (std::size_t i = 0; i < w.counts.size(); ++i)
    for (std::size_t a = 0; a < w.domains.size(); ++a)
      largest = std::max(largest, chart_value(w, i, a, scale));
  return largest;
}

}  // namespace

double chart_value(const DomainWeights& w, std::size_t i, std::size_t a, ChartScale scale) {
  double count = double(w.counts[i][a]);
  if (scale != ChartScale::share) return count;
  return w.totals[i] == 0 ? 0 : 100.0 * count / double(w.totals[i]);
}

double chart_rim(const DomainWeights& w, std::size_t a, ChartScale scale) {
  if (scale == ChartScale::domain) {
    std::size_t largest = 0;
    for (const auto& counts : w.counts) largest = std::max(largest, counts[a]);
    return double(std::max<std::size_t>(largest, 1));
  }
  double largest = std::max(largest_value(w, scale), 1.0);
  double step = round_step(largest);
  return std::ceil(largest / step) * step;
}

std::vector<double> chart_ticks(const DomainWeights& w, ChartScale scale) {
  if (scale == ChartScale::domain) return {};
  double rim = chart_rim(w, 0, scale);
  double step = round_step(std::max(largest_value(w, scale), 1.0));
  std::vector<double> ticks;
  for (double tick = step; tick <= rim + 1e-9; tick += step) ticks.push_back(tick);
  return ticks;
}

std::string bar(std::size_t value, std::size_t max, std::size_t width) {
  std::size_t full = 0;
  if (max > 0 && value > 0) {
    full = static_cast<std::size_t>(std::lround(double(width) * double(value) / double(max)));
    full = std::clamp<std::size_t>(full, 1, width);
  }
  std::string out;
  for (std::size_t i = 0; i < width; ++i) out += i < full ? "█" : "░";
  return out;
}

std::string bar(double value, double max, std::size_t width) {
  // In thousandths, so that shares (percents with fractions) round like counts do.
  return bar(static_cast<std::size_t>(std::lround(value * 1000)),
             static_cast<std::size_t>(std::lround(max * 1000)), width);
}

Cell bar_cell(double value, double max, Style style) {
  const auto thousandths = [](double v) { return static_cast<double>(std::lround(v * 1000)); };
  const double whole = thousandths(max);
  Cell cell(bar(value, max, 20), style);
  cell.bar = whole > 0 ? thousandths(value) / whole : 0.0;
  return cell;
}

void weight_bars(Report& report, const Library& library, const std::vector<const Role*>& roles,
                 const DomainWeights& weights, Lang lang, ChartScale scale) {
  std::string heading = tr(lang, "Responsibilities per domain", "各领域职责数");
  std::string bars_note;  // markdown draws no bars: only text says how they are scaled
  switch (scale) {
    case ChartScale::count:
      bars_note = lang == Lang::zh ? fmt::format("（条长按最大值 {} 缩放）", weights.max)
                                   : fmt::format(" (bars scaled to the largest, {})", weights.max);
      break;
    case ChartScale::share:
      heading = tr(lang, "Responsibilities per domain, as a share of each role's own",
                   "各领域职责数占该角色全部职责的比例");
      break;
    case ChartScale::domain:
      bars_note = tr(lang, " (bars scaled to the largest in each domain)", "（条长按各领域内的最大值缩放）");
      break;
  }
  report.heading(heading, 2, bars_note);
  Table table;
  table.header = {tr(lang, "DOMAIN", "领域"), tr(lang, "ROLE", "角色"), "", tr(lang, "COUNT", "数量")};
  table.fits = {Fit::words, Fit::words, Fit::bar};
  std::size_t digits = std::to_string(weights.max).size();
  for (std::size_t d = 0; d < weights.domains.size(); ++d)
    for (std::size_t i = 0; i < roles.size(); ++i) {
      std::size_t count = weights.counts[i][d];
      double value = chart_value(weights, i, d, scale);
      double rim = scale == ChartScale::count ? double(std::max<std::size_t>(weights.max, 1))
                                              : chart_rim(weights, d, scale);
      std::string number = fmt::format("{:>{}}", count, digits);
      if (scale == ChartScale::share) number += fmt::format(" {:>3}%", std::lround(value));
      table.rows.push_back({{i == 0 ? domain_name(library, weights.domains[d], lang) : ""},
                            {roles[i]->reference(), Style::strong},
                            bar_cell(value, rim, count == 0 ? Style::dim : Style::added),
                            {number}});
    }
  report.table(std::move(table));
}

}  // namespace view

Output chart_view(const Library& library, const std::vector<Role>& roles, Lang lang,
                  ChartScale scale) {
  using Json = nlohmann::ordered_json;
  std::vector<const Role*> pointers;
  for (const auto& role : roles) pointers.push_back(&role);
  view::DomainWeights weights = view::domain_weights(library, pointers);
  Output out;
  // The TSV rows are the JSON's weights under the same names: `role_share` is the share
  // `--scale share` draws, `value` and `fraction` what the picture draws under the given scale.
  out.tsv_columns = {"role", "domain", "count", "role_share", "value", "fraction"};
  std::vector<std::string> refs;
  for (const auto& role : roles) refs.push_back(role.reference());
  out.report.heading(fmt::format("{}", fmt::join(refs, " · ")));
  view::weight_bars(out.report, library, pointers, weights, lang, scale);

  // The JSON carries what the picture draws, so a script can redraw it: the scale, each axis's
  // rim, the ticks, and per role and domain the value drawn and its fraction of the rim, beside
  // the raw count and the share of the role's own responsibilities.
  // Divided, not multiplied back, so 33.3 is the double nearest 33.3 (and prints so).
  auto rounded = [](double value, double per_unit) { return std::round(value * per_unit) / per_unit; };
  Json domains = Json::array();
  for (std::size_t d = 0; d < weights.domains.size(); ++d) {
    const Domain* domain = library.domain(weights.domains[d]);
    domains.push_back({{"id", weights.domains[d]},
                       {"name", domain ? json_shapes::text(domain->name) : Json()},
                       {"rim", view::chart_rim(weights, d, scale)}});
  }
  Json ticks = Json::array();
  for (double tick : view::chart_ticks(weights, scale)) ticks.push_back(tick);
  Json series = Json::array();
  for (std::size_t i = 0; i < roles.size(); ++i) {
    Json values = Json::array();
    for (std::size_t d = 0; d < weights.domains.size(); ++d) {
      std::size_t count = weights.counts[i][d];
      double value = view::chart_value(weights, i, d, scale);
      double rim = view::chart_rim(weights, d, scale);
      double role_share = rounded(view::chart_value(weights, i, d, ChartScale::share), 10);
      double fraction = rounded(std::min(value, rim) / rim, 10000);
      values.push_back({{"domain", weights.domains[d]},
                        {"count", count},
                        {"role_share", role_share},
                        {"value", rounded(value, 10)},
                        {"fraction", fraction}});
      out.tsv.push_back({roles[i].reference(), weights.domains[d], std::to_string(count),
                         fmt::format("{}", role_share), fmt::format("{}", rounded(value, 10)),
                         fmt::format("{}", fraction)});
    }
    series.push_back({{"id", roles[i].id},
                      {"reference", roles[i].reference()},
                      {"name", json_shapes::text(roles[i].name)},
                      {"total", roles[i].responsibilities.size()},
                      {"weights", values}});
  }
  out.data = Json{{"scale", scale == ChartScale::share    ? "share"
                            : scale == ChartScale::domain ? "domain"
                                                          : "count"},
                  {"domains", domains},
                  {"max", weights.max},
                  {"ticks", ticks},
                  {"roles", series}};
  out.raw = view::radar_svg(library, pointers, weights, lang, scale);
  return out;
}

}  // namespace ctoladder
