// `where`: which file each role comes from, and which file it replaced or refined.
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
  // The third column says what the file does to a lower layer's file of the same id.
  table.header = {tr(lang, "ROLE", "角色"), tr(lang, "FILE", "文件"),
                  tr(lang, "REPLACES OR REFINES", "取代或细化")};
  Json items = Json::array();
  auto file_or_null = [](const std::string& file) { return file.empty() ? Json() : Json(file); };
  for (const RoleDef* def : roles) {
    // A file extending its own id refines the lower role (keeps it, adds to it); without that,
    // it replaces it whole.
    std::string lower = library.replaced_file(def->id);
    bool refines = !lower.empty() && library.refined(def->id);
    std::string over = lower.empty() ? ""
                       : refines     ? tr(lang, "refines ", "细化 ") + lower
                                     : tr(lang, "replaces ", "取代 ") + lower;
    table.rows.push_back({{def->id, Style::strong}, {def->where.file}, {over, Style::dim}});
    out.tsv.push_back({def->id, def->where.file, refines ? "" : lower, refines ? lower : "",
                       def->extends ? def->extends->id : ""});
    Json item{{"id", def->id}, {"file", def->where.file}};
    item["replaces"] = file_or_null(refines ? "" : lower);
    item["refines"] = file_or_null(refines ? lower : "");
    item["extends"] = def->extends ? Json(def->extends->id) : Json();
    items.push_back(std::move(item));
  }
  out.report.table(std::move(table));
  out.tsv_columns = {"id", "file", "replaces", "refines", "extends"};
  out.data = {{"roles", items}};
  return out;
}

}  // namespace ctoladder
