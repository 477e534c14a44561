// `list`: the roles in ladder order.
#include <algorithm>

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
  if (!role) throw unresolved(def, diagnostics);
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
  bool builtin = false;
  bool rank_inferred = false;
};

}  // namespace

Output list_view(const Library& library, Lang lang, bool ids_only, Parts parts) {
  Output out;
  std::vector<ListedRole> roles;
  roles.reserve(library.roles().size());
  for (const auto& def : library.roles()) {
    Role role = view::resolve_listed(library, def, Detail::ids);  // a list shows no duties
    roles.push_back({role.id, role.name, role.track, role.rank, role.years,
                     parts.data && !ids_only ? json_shapes::role_summary(role) : nullptr,
                     view::is_builtin(role), view::rank_inferred(role)});
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
  table.header = {tr(lang, "ID", "标识"), tr(lang, "NAME", "名称"), tr(lang, "TRACK", "路线"),
                  tr(lang, "RANK", "级别"), tr(lang, "YEARS", "年限")};
  if (ids_only) {
    table.header.resize(1);
    table.header_in_text = false;  // one id per line, for scripts
  }
  // A narrow terminal never cuts ids; it cuts a track before a name, and a name only when even
  // that does not make room (the renderer keeps the first truncated column whole first).
  table.fits = {Fit::words, Fit::truncate, Fit::truncate};
  for (const auto& role : roles) {
    if (ids_only) {
      table.rows.push_back({{role.id}});
      continue;
    }
    // The name in the reader's language only: English output shows no Chinese name beside it
    // (describe and --lang zh show that), so the column stays narrow enough for 80 columns.
    std::string name = role.name.shown(lang);
    table.rows.push_back({{role.id, Style::strong},
                          {name},
                          {std::string(label(role.track).shown(lang))},
                          {std::to_string(role.rank) +
                           std::string(role.rank_inferred ? view::rank_mark : "")},
                          {view::years_text(role, lang)}});
  }
  out.report.table(std::move(table));
  if (!ids_only) {
    bool builtin = std::any_of(roles.begin(), roles.end(), [](const ListedRole& r) { return r.builtin; });
    if (auto note = view::track_note(builtin, lang); !note.empty())
      out.report.paragraph(note, Style::dim);
    bool inferred = std::any_of(roles.begin(), roles.end(),
                                [](const ListedRole& r) { return r.rank_inferred; });
    if (auto note = view::rank_note(inferred, lang); !note.empty())
      out.report.paragraph(note, Style::dim);
  }
  return out;
}

}  // namespace ctoladder
