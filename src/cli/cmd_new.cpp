// `new`: write a starter role file that extends an existing role.
#include <fmt/format.h>

#include <filesystem>

#include "commands.hpp"
#include "ctoladder/atomic_file.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/starter.hpp"
#include "ctoladder/validate.hpp"
#include "environment.hpp"

namespace ctoladder::cli {
namespace {

namespace fs = std::filesystem;

// Checks the starter as it will be read: its own problems only, with the library around it.
void check_starter(const Library& library, const std::string& path, const std::string& yaml) {
  Library check = library;
  Diagnostics diagnostics;
  add_layer(check, {{path, yaml}}, diagnostics);
  validate_library(check, diagnostics);
  for (const auto& d : diagnostics)
    if (d.severity == Diagnostic::Severity::error && d.where.file == path)
      throw std::logic_error("the starter role file does not validate: " + d.format());
}

class New final : public CommandRun {
 public:
  void add_options(CLI::App& command) override {
    command.add_option("id", id_, "The id of the new role, e.g. staff-engineer")
        ->required()
        ->option_text("ID");
    command
        .add_option("--from", from_,
                    "The role it starts from (id or alias); without it, a role of its own")
        ->option_text("ROLE");
    command
        .add_option("-o,--output", path_,
                    "Write this file (named ID.yaml) instead of the user role folder")
        ->option_text("FILE");
    command.add_flag("--force", force_, "Replace the file if it exists");
  }

  // Where the file goes is settled before the library is loaded: a wrong name is a usage error.
  std::optional<Result> before_loading(const Context&) override {
    in_user_folder_ = path_.empty();
    if (in_user_folder_) {
      std::string folder = user_roles_folder();
      if (folder.empty())
        throw Error(ErrorKind::usage,
                    "there is no user role folder (neither XDG_DATA_HOME nor HOME is set)",
                    "give the file to write with --output FILE");
      path_ = folder + "/" + id_ + ".yaml";
      return std::nullopt;
    }
    fs::path file(path_);
    if (file.stem() != id_ || (file.extension() != ".yaml" && file.extension() != ".yml"))
      throw Error(
          ErrorKind::usage,
          fmt::format("'{}' cannot hold role '{}': a role file is named after its id", path_, id_),
          fmt::format("write it as {}.yaml, e.g. --output {}", id_,
                      (file.parent_path() / (id_ + ".yaml")).string()));
    return std::nullopt;
  }

  Result run(const Context& c, const Library& library) override {
    std::string yaml = starter_role(library, id_, from_);
    check_starter(library, path_, yaml);
    const RoleDef* base = from_.empty() ? nullptr : library.lookup(from_);
    std::string replaced = library.role(id_) ? library.role(id_)->where.file.str() : std::string();

    // A missing folder is made, as `mkdir -p` would: `new` starts a ladder in a new folder.
    if (write_file_atomically(path_, yaml, force_, /*make_parents=*/true) == WriteOutcome::exists)
      throw Error(ErrorKind::usage, fmt::format("'{}' already exists; it was left as it is", path_),
                  "add --force to replace it, or choose another file with --output");

    bool zh = c.lang == Lang::zh;
    std::string folder = fs::path(path_).parent_path().string();
    std::string show = in_user_folder_ ? fmt::format("ctoladder describe {}", id_)
                                       : fmt::format("ctoladder --roles {} describe {}",
                                                     folder.empty() ? "." : folder, id_);
    Result result;
    Output& out = result.output;
    out.report.paragraph(
        !base ? (zh ? fmt::format("已写入 {}：角色 {}，独立成型（不继承）。", path_, id_)
                    : fmt::format("Wrote {}: role {}, a role of its own.", path_, id_))
        : zh  ? fmt::format("已写入 {}：角色 {}，继承自 {}。", path_, id_, base->id)
              : fmt::format("Wrote {}: role {}, extending {}.", path_, id_, base->id));
    if (!replaced.empty())
      out.report.paragraph(zh ? fmt::format("它将取代 {}。", replaced)
                              : fmt::format("It replaces {}.", replaced));
    out.report.paragraph(
        zh ? fmt::format("编辑它，用 ctoladder validate {} 检查，用 {} 查看。", path_, show)
           : fmt::format("Edit it, check it with 'ctoladder validate {}', see it "
                         "with '{}'.",
                         path_, show));
    out.data = {{"id", id_},
                {"extends", base ? nlohmann::ordered_json(base->id) : nlohmann::ordered_json()},
                {"file", path_}};
    out.data["replaces"] =
        replaced.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(replaced);
    out.tsv_columns = {"id", "extends", "file", "replaces"};
    out.tsv.push_back({id_, base ? base->id : "", path_, replaced});
    return result;
  }

 private:
  std::string id_, from_, path_;
  bool force_ = false;
  bool in_user_folder_ = false;
};

}  // namespace

std::unique_ptr<CommandRun> make_new() {
  return std::make_unique<New>();
}

}  // namespace ctoladder::cli
