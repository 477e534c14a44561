// `list` and `ladder`: the roles in ladder order.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "ctoladder/resolve.hpp"
#include "ctoladder/views.hpp"
#include "ctoladder/vocabulary.hpp"
#include "json_shapes.hpp"
#include "view_common.hpp"

namespace ctoladder {
using view::tr;

Role view::resolve_listed(const Library& library, const RoleDef& def, Detail detail) {
  Diagnostics diagnostics;
  auto role = resolve_base(library, def, diagnostics, detail);
  if (!role) {
    std::string message = fmt::format("role '{}' does not resolve:", def.id);
    for (const auto& d : diagnostics) message += "\n  " + d.format();
    throw Error(ErrorKind::invalid_data, message, "run 'ctoladder validate' on the role folder");
  }
  return std::move(*role);
}

namespace {

// A role as `list` shows it: just the summary fields, so listing ten thousand roles does not
// hold ten thousand resolved roles with all their duties.
struct ListedRole {
  std::string id;
  Text name;
  Track track;
  int rank;
  std::optional<Range> years;
  nlohmann::ordered_json json;
};

}  // namespace

std::vector<Role> ladder_roles(const Library& library) {
  std::vector<Role> roles;
  roles.reserve(library.roles().size());
  for (const auto& def : library.roles()) roles.push_back(view::resolve_listed(library, def));
  std::sort(roles.begin(), roles.end(), view::in_ladder_order<Role>);
  return roles;
}

namespace {

template <class R>
std::string years_text(const R& role, Lang lang) {
  return role.years ? describe_range(*role.years, {"", ""}).shown(lang) : "";
}

}  // namespace

Output list_view(const Library& library, Lang lang, bool ids_only, Parts parts) {
  Output out;
  std::vector<ListedRole> roles;
  roles.reserve(library.roles().size());
  for (const auto& def : library.roles()) {
    Role role = view::resolve_listed(library, def, Detail::ids);  // a list shows no duties
    roles.push_back({role.id, role.name, role.track, role.rank, role.years,
                     parts.data && !ids_only ? json_shapes::role_summary(role) : nullptr});
  }
  std::sort(roles.begin(), roles.end(), view::in_ladder_order<ListedRole>);
  if (parts.data) {
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (auto& role : roles)
      items.push_back(ids_only ? nlohmann::ordered_json(role.id) : std::move(role.json));
    out.data = {{ids_only ? "ids" : "roles", std::move(items)}};
  }
  if (ids_only)
    out.tsv_columns = {"id"};
  else
    out.tsv_columns = {"id", "name", "track", "rank", "years"};
  if (parts.tsv)
    for (const auto& role : roles)
      out.tsv.push_back(ids_only
                            ? std::vector<std::string>{role.id}
                            : std::vector<std::string>{
                                  role.id, role.name.in(lang), std::string(to_string(role.track)),
                                  std::to_string(role.rank),
                                  json_shapes::tsv_cell(json_shapes::range(role.years), lang)});
  if (!parts.report) return out;
  Table table;
  if (!ids_only)
    table.header = {tr(lang, "ID", "标识"), tr(lang, "NAME", "名称"), tr(lang, "TRACK", "路线"),
                    tr(lang, "RANK", "级别"), tr(lang, "YEARS", "年限")};
  for (const auto& role : roles) {
    if (ids_only) {
      table.rows.push_back({{role.id}});
      continue;
    }
    std::string name =
        lang == Lang::zh || !role.name.has(Lang::zh) || !role.name.has(Lang::en)
            ? role.name.shown(lang)
            : fmt::format("{} ({})", role.name.en, role.name.zh);
    table.rows.push_back({{role.id, Style::strong},
                          {name},
                          {std::string(label(role.track).shown(lang))},
                          {std::to_string(role.rank)},
                          {years_text(role, lang)}});
  }
  out.report.table(std::move(table));
  return out;
}

Output ladder_view(const Library& library, Lang lang) {
  Output out;
  std::vector<Role> roles = ladder_roles(library);
  // One row per rank, one column per track, highest rank first: the ladder reads upwards.
  std::map<int, std::map<Track, std::vector<const Role*>>, std::greater<>> rungs;
  for (const auto& role : roles) rungs[role.rank][role.track].push_back(&role);

  out.tsv_columns = {"rank", "id", "track", "years", "next"};
  Table table;
  table.header = {tr(lang, "RANK", "级别"), label(Track::individual_contributor).shown(lang),
                  label(Track::management).shown(lang), label(Track::executive).shown(lang),
                  tr(lang, "YEARS / TEAM", "年限 / 团队")};
  nlohmann::ordered_json json_rungs = nlohmann::ordered_json::array();
  for (const auto& [rank, by_track] : rungs) {
    std::vector<Cell> row{{std::to_string(rank)}};
    std::vector<std::string> years;
    nlohmann::ordered_json json_roles = nlohmann::ordered_json::array();
    for (Track track : {Track::individual_contributor, Track::management, Track::executive}) {
      std::vector<std::string> names;
      auto it = by_track.find(track);
      if (it != by_track.end())
        for (const Role* role : it->second) {
          // Ids are what commands take; Chinese readers also get the name.
          names.push_back(lang == Lang::zh ? fmt::format("{}（{}）", role->name.shown(lang), role->id)
                                           : role->id);
          if (role->years) years.push_back(years_text(*role, lang));
          if (role->team_size)
            years.push_back(tr(lang, "team ", "团队 ") +
                            describe_range(*role->team_size, {"", ""}).shown(lang));
          nlohmann::ordered_json item = json_shapes::role_summary(*role);
          item["next"] = role->next;
          nlohmann::ordered_json steps = nlohmann::ordered_json::array();
          for (const auto& s : role->next_steps) steps.push_back(json_shapes::next_step(s));
          item["next_steps"] = steps;
          json_roles.push_back(item);
          out.tsv.push_back({std::to_string(rank), role->id, std::string(to_string(role->track)),
                             json_shapes::tsv_cell(json_shapes::range(role->years), lang),
                             fmt::format("{}", fmt::join(role->next, ","))});
        }
      row.push_back({fmt::format("{}", fmt::join(names, ", ")), Style::strong});
    }
    row.push_back({fmt::format("{}", fmt::join(years, "; "))});
    table.rows.push_back(std::move(row));
    json_rungs.push_back({{"rank", rank}, {"roles", json_roles}});
  }
  out.report.heading(tr(lang, "The ladder, from the top", "职业阶梯（自上而下）"));
  out.report.table(std::move(table));

  // Every `next` link and why it is there: an article's, or the project's own reading.
  Table links;
  links.header = {tr(lang, "STEP", "晋升"), tr(lang, "BASIS", "依据")};
  for (const auto& role : roles)
    for (const auto& s : role.next_steps)
      links.rows.push_back({{fmt::format("{} → {}", role.id, s.id), Style::strong},
                            {view::basis_text(s.basis, lang),
                             s.basis.source ? Style::plain : Style::dim}});
  if (!links.rows.empty()) {
    out.report.heading(tr(lang, "Steps up, and their basis", "晋升路线及其依据"), 2);
    out.report.table(std::move(links));
  }

  // Where a role's next steps lead onto different tracks, the tracks part (data only: the
  // steps table above says which link is whose).
  nlohmann::ordered_json forks = nlohmann::ordered_json::array();
  for (const auto& role : roles) {
    std::vector<Track> tracks;
    for (const auto& next_id : role.next) {
      auto it =
          std::find_if(roles.begin(), roles.end(), [&](const Role& r) { return r.id == next_id; });
      if (it == roles.end()) continue;
      if (std::find(tracks.begin(), tracks.end(), it->track) == tracks.end())
        tracks.push_back(it->track);
    }
    if (tracks.size() < 2) continue;
    forks.push_back({{"after", role.id}, {"next", role.next}});
  }
  out.data = {{"rungs", json_rungs}, {"forks", forks}};
  return out;
}

}  // namespace ctoladder
