// `where`: which file each role comes from, and which file it replaced.
#include "commands.hpp"
#include "ctoladder/resolve.hpp"

namespace ctoladder::cli {
namespace {

class Where final : public CommandRun {
 public:
  void add_options(CLI::App& command) override {
    command.add_option("role", roles_, "Roles, by id or alias (default: every role)")
        ->option_text("ROLE...");
  }
  Result run(const Context& c, const Library& library) override {
    std::vector<const RoleDef*> roles;
    if (roles_.empty())
      for (const auto& def : library.roles()) roles.push_back(&def);
    for (const auto& reference : roles_)
      roles.push_back(&find_role(library, parse_reference(reference).role));

    bool zh = c.lang == Lang::zh;
    Result result;
    Output& out = result.output;
    Table table{{zh ? "角色" : "ROLE", zh ? "文件" : "FILE", zh ? "取代" : "REPLACES"}, {}};
    auto items = nlohmann::ordered_json::array();
    for (const RoleDef* def : roles) {
      std::string replaced = library.replaced_file(def->id);
      table.rows.push_back({{def->id, Style::strong}, {def->where.file}, {replaced, Style::dim}});
      out.tsv.push_back(
          {def->id, def->where.file, replaced, def->extends ? def->extends->id : ""});
      nlohmann::ordered_json item{{"id", def->id}, {"file", def->where.file}};
      item["replaces"] =
          replaced.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(replaced);
      item["extends"] =
          def->extends ? nlohmann::ordered_json(def->extends->id) : nlohmann::ordered_json();
      items.push_back(std::move(item));
    }
    out.report.table(std::move(table));
    out.tsv_columns = {"id", "file", "replaces", "extends"};
    out.data = {{"roles", items}};
    return result;
  }

 private:
  std::vector<std::string> roles_;
};

}  // namespace

std::unique_ptr<CommandRun> make_where() {
  return std::make_unique<Where>();
}

}  // namespace ctoladder::cli
