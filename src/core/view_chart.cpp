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
  }
  return w;
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

void weight_bars(Report& report, const Library& library, const std::vector<const Role*>& roles,
                 const DomainWeights& weights, Lang lang) {
  report.heading(lang == Lang::zh
                     ? fmt::format("各领域职责数（条长按最大值 {} 缩放）", weights.max)
                     : fmt::format("Responsibilities per domain (bars scaled to the largest, {})",
                                   weights.max),
                 2);
  Table table;
  table.header = {tr(lang, "DOMAIN", "领域"), tr(lang, "ROLE", "角色"), "", ""};
  std::size_t digits = std::to_string(weights.max).size();
  for (std::size_t d = 0; d < weights.domains.size(); ++d)
    for (std::size_t i = 0; i < roles.size(); ++i) {
      std::size_t count = weights.counts[i][d];
      table.rows.push_back({{i == 0 ? domain_name(library, weights.domains[d], lang) : ""},
                            {roles[i]->reference(), Style::strong},
                            {bar(count, weights.max, 20), count == 0 ? Style::dim : Style::added},
                            {fmt::format("{:>{}}", count, digits)}});
    }
  report.table(std::move(table));
}

}  // namespace view

Output chart_view(const Library& library, const std::vector<Role>& roles, Lang lang) {
  using Json = nlohmann::ordered_json;
  std::vector<const Role*> pointers;
  for (const auto& role : roles) pointers.push_back(&role);
  view::DomainWeights weights = view::domain_weights(library, pointers);
  Output out;
  std::vector<std::string> refs;
  for (const auto& role : roles) refs.push_back(role.reference());
  out.report.heading(fmt::format("{}", fmt::join(refs, " · ")));
  view::weight_bars(out.report, library, pointers, weights, lang);

  Json domains = Json::array();
  for (const auto& id : weights.domains) {
    const Domain* domain = library.domain(id);
    domains.push_back({{"id", id}, {"name", domain ? json_shapes::text(domain->name) : Json()}});
  }
  Json series = Json::array();
  for (std::size_t i = 0; i < roles.size(); ++i) {
    Json values = Json::array();
    for (std::size_t d = 0; d < weights.domains.size(); ++d) {
      std::size_t count = weights.counts[i][d];
      double share = weights.max == 0 ? 0.0 : 100.0 * double(count) / double(weights.max);
      values.push_back({{"domain", weights.domains[d]}, {"count", count}});
      out.tsv.push_back({roles[i].reference(), weights.domains[d], std::to_string(count),
                         fmt::format("{}", std::round(share * 10.0) / 10.0)});
    }
    series.push_back({{"role", roles[i].reference()},
                      {"name", json_shapes::text(roles[i].name)},
                      {"total", roles[i].responsibilities.size()},
                      {"weights", values}});
  }
  out.data = Json{{"domains", domains}, {"max", weights.max}, {"roles", series}};
  out.raw = view::radar_svg(library, pointers, weights, lang);
  return out;
}

}  // namespace ctoladder
