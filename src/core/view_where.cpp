// `where`: which file each role comes from, and which file it replaced.
#include "ctoladder/resolve.hpp"
#include "ctoladder/views.hpp"
#include "view_common.hpp"

namespace ctoladder {
using view::tr;
using Json = nlohmann::ordered_json;

Output where_view(const Library& library, const std::vector<std::string>& references, Lang lang) {
  std::vector<const RoleDef*> roles;
  if (references.empty())
    for (const auto& def : library.roles()) roles.push_back(&def);
  for (const auto& reference : references)
    roles.push_back(&find_role(library, parse_reference(reference).role));

  Output out;
  Table table;
  table.header = {tr(lang, "ROLE", "角色"), tr(lang, "FILE", "文件"), tr(lang, "REPLACES", "取代")};
  Json items = Json::array();
  for (const RoleDef* def : roles) {
    std::string replaced = library.replaced_file(def->id);
    table.rows.push_back({{def->id, Style::strong}, {def->where.file}, {replaced, Style::dim}});
    out.tsv.push_back(
        {def->id, def->where.file, replaced, def->extends ? def->extends->id : ""});
    Json item{{"id", def->id}, {"file", def->where.file}};
    item["replaces"] = replaced.empty() ? Json() : Json(replaced);
    item["extends"] = def->extends ? Json(def->extends->id) : Json();
    items.push_back(std::move(item));
  }
  out.report.table(std::move(table));
  out.tsv_columns = {"id", "file", "replaces", "extends"};
  out.data = {{"roles", items}};
  return out;
}

}  // namespace ctoladder
