// `new`: write a starter role file that extends an existing role.
#include <fmt/format.h>

#include <filesystem>

#include "commands.hpp"
#include "ctoladder/atomic_file.hpp"
#include "ctoladder/starter.hpp"
#include "ctoladder/views.hpp"
#include "environment.hpp"

namespace ctoladder::cli {
namespace {

namespace fs = std::filesystem;

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

    StarterWritten written{id_, base ? base->id : std::string(), path_, replaced,
                           in_user_folder_};
    return {new_view(written, c.lang)};
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
