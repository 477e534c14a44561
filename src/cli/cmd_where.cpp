// `where`: which file each role comes from, and which file it replaced.
#include <fmt/format.h>

#include "commands.hpp"
#include "ctoladder/resolve.hpp"

namespace ctoladder::cli {
namespace {

void where_arguments(CLI::App& command, Arguments& args) {
  command.add_option("role", args.references, "Roles, by id or alias (default: every role)");
}

Result where_run(const Context& c) {
  const Library& library = load_library_for(c);
  std::vector<const RoleDef*> roles;
  if (c.args.references.empty())
    for (const auto& def : library.roles()) roles.push_back(&def);
  for (const auto& reference : c.args.references)
    roles.push_back(&find_role(library, parse_reference(reference).role));

  bool zh = c.lang == Lang::zh;
  Result result;
  Output& out = result.output;
  Table table{{zh ? "角色" : "ROLE", zh ? "文件" : "FILE", zh ? "取代" : "REPLACES"}, {}};
  auto items = nlohmann::ordered_json::array();
  for (const RoleDef* def : roles) {
    std::string replaced = library.replaced_file(def->id);
    table.rows.push_back({{def->id, Style::strong}, {def->where.file}, {replaced, Style::dim}});
    out.tsv.push_back({def->id, def->where.file, replaced});
    nlohmann::ordered_json item{{"id", def->id}, {"file", def->where.file}};
    item["replaces"] =
        replaced.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(replaced);
    item["extends"] =
        def->extends ? nlohmann::ordered_json(def->extends->id) : nlohmann::ordered_json();
    items.push_back(std::move(item));
  }
  out.report.table(std::move(table));
  out.data = {{"roles", items}};
  return result;
}

}  // namespace

Command where_command() {
  return {"where", "Show which file each role comes from, and what it replaced", where_arguments,
          where_run};
}

}  // namespace ctoladder::cli
