// `new`: write a starter role file that extends an existing role.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "commands.hpp"
#include "ctoladder/atomic_file.hpp"
#include "ctoladder/starter.hpp"
#include "ctoladder/views.hpp"
#include "environment.hpp"

namespace ctoladder::cli {
namespace {

namespace fs = std::filesystem;

std::string shell_word(const std::string& word) {
  return word.find_first_of(" '\"$\\") == std::string::npos ? word : "'" + word + "'";
}

bool same_folder(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec);
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
                    "Write this file (named ID.yaml), or ID.yaml in this folder (an existing "
                    "folder, or a path ending in /), instead of the user role folder")
        ->option_text("PATH");
    command.add_flag("--force", force_, "Replace the file if it exists");
  }

  // Where the file goes is settled before the library is loaded: a wrong name is a usage error.
  std::optional<Result> before_loading(const Context&) override {
    in_user_folder_ = path_.empty();
    if (in_user_folder_) {
      std::string folder = user_roles_folder();
      if (folder.empty())
        throw Error(ErrorKind::usage,
                    Text{"there is no user role folder (neither XDG_DATA_HOME nor HOME is set)",
                         "没有用户角色目录（XDG_DATA_HOME 和 HOME 都未设置）"},
                    Text{"give the file to write with --output FILE",
                         "请用 --output FILE 指定要写的文件"});
      path_ = folder + "/" + id_ + ".yaml";
      return std::nullopt;
    }
    // A folder, as cp and mv take one: the file is named after the id in it.
    std::error_code ec;
    if (path_.ends_with('/') || fs::is_directory(path_, ec))
      path_ = (fs::path(path_) / (id_ + ".yaml")).lexically_normal().string();
    fs::path file(path_);
    if (file.stem() != id_ || (file.extension() != ".yaml" && file.extension() != ".yml"))
      throw Error(
          ErrorKind::usage,
          Text{fmt::format("'{}' cannot hold role '{}': a role file is named after its id", path_,
                           id_),
               fmt::format("'{}' 不能存放角色 '{}'：角色文件以其 id 命名", path_, id_)},
          Text{fmt::format("write it as {}.yaml, e.g. --output {}", id_,
                           (file.parent_path() / (id_ + ".yaml")).string()),
               fmt::format("请写成 {}.yaml，如 --output {}", id_,
                           (file.parent_path() / (id_ + ".yaml")).string())});
    return std::nullopt;
  }

  Result run(const Context& c, const Library&) override {
    // A folder named in --roles or CTOLADDER_ROLES that does not exist yet is the one `new` is
    // about to make, and a `next` naming the role being written is about to be right.
    const LoadTolerance tolerance{.missing_folders = true, .coming_role = id_};
    const Library* loaded = &load_library(c, Loads::library, {}, tolerance);
    // A base found only in the folder the file goes into is read from there:
    // `new dev-5 --from dev-4 -o ladder/dev-5.yaml` starts from the dev-4 beside it, as
    // `validate ladder/dev-5.yaml` will read it. Only when the base's file is there: a folder of
    // other things (/tmp) is not a ladder, and its files are not the user's roles.
    std::error_code ec;
    auto base_file_there = [&] {
      return fs::exists(fs::path(own_folder()) / (from_ + ".yaml"), ec) ||
             fs::exists(fs::path(own_folder()) / (from_ + ".yml"), ec);
    };
    if (!from_.empty() && !loaded->lookup(from_) && !in_user_folder_ && !reads_own_folder(c) &&
        base_file_there()) {
      Context with_own_folder = c;
      with_own_folder.role_folders.push_back(own_folder());
      loaded = &load_library(with_own_folder, Loads::library, {}, tolerance);
    }
    const Library& library = *loaded;
    std::string yaml = starter_role(library, id_, from_);
    check_starter(library, path_, yaml);
    const RoleDef* base = from_.empty() ? nullptr : library.lookup(from_);
    const RoleDef* same_id = library.role(id_);
    bool refining = base && same_id && base->id == id_;
    std::string lower = same_id ? same_id->where.file.str() : std::string();
    if (same_folder(lower, path_)) lower.clear();  // --force over the file itself: nothing below

    // A missing folder is made, as `mkdir -p` would: `new` starts a ladder in a new folder.
    if (write_file_atomically(path_, yaml, force_, /*make_parents=*/true) == WriteOutcome::exists)
      throw Error(ErrorKind::usage,
                  Text{fmt::format("'{}' already exists; it was left as it is", path_),
                       fmt::format("'{}' 已存在，未作改动", path_)},
                  Text{"add --force to replace it, or choose another path with --output",
                       "加 --force 可替换它，或用 --output 另选路径"});

    StarterWritten written{.id = id_,
                           .extends = base ? base->id : std::string(),
                           .file = path_,
                           .replaces = refining ? std::string() : lower,
                           .refines = refining ? lower : std::string(),
                           .roles_flags = roles_to_see_it(c)};
    return {new_view(written, c.lang)};
  }

 private:
  // The --roles a command needs to see the new file: those given (the environment's folders are
  // read anyway), and its own folder unless a layer in use already is it.
  std::string roles_to_see_it(const Context& c) const {
    std::vector<std::string> from_environment = role_folders_from_environment();
    std::string out;
    for (const auto& given : c.role_folders)
      if (std::find(from_environment.begin(), from_environment.end(), given) ==
          from_environment.end())
        out += "--roles " + shell_word(given) + " ";
    if (!reads_own_folder(c) && !in_user_folder_) out += "--roles " + shell_word(own_folder()) + " ";
    return out;
  }

  // True when a layer in use is the folder the file goes into.
  bool reads_own_folder(const Context& c) const {
    return std::any_of(c.role_folders.begin(), c.role_folders.end(),
                       [&](const auto& given) { return same_folder(given, own_folder()); });
  }

  std::string own_folder() const {
    std::string folder = fs::path(path_).parent_path().string();
    return folder.empty() ? "." : folder;
  }

  std::string id_, from_, path_;
  bool force_ = false;
  bool in_user_folder_ = false;
};

}  // namespace

std::unique_ptr<CommandRun> make_new() {
  return std::make_unique<New>();
}

}  // namespace ctoladder::cli
