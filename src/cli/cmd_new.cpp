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

void new_arguments(CLI::App& command, Arguments& args) {
  command.add_option("id", args.references, "The id of the new role, e.g. staff-engineer")
      ->required()
      ->expected(1);
  command.add_option("--from", args.from, "The role it starts from (id or alias)")->required();
  command.add_option("-o,--output", args.output_file,
                     "Write this file (named ID.yaml) instead of the user role folder");
  command.add_flag("--force", args.force, "Replace the file if it exists");
}

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

Result new_run(const Context& c) {
  const std::string& id = c.args.references.at(0);
  std::string path = c.args.output_file;
  bool in_user_folder = path.empty();
  if (in_user_folder) {
    std::string folder = user_roles_folder();
    if (folder.empty())
      throw Error(ErrorKind::usage,
                  "there is no user role folder (neither XDG_DATA_HOME nor HOME is set)",
                  "give the file to write with --output FILE");
    path = folder + "/" + id + ".yaml";
  } else {
    fs::path file(path);
    if (file.stem() != id || (file.extension() != ".yaml" && file.extension() != ".yml"))
      throw Error(
          ErrorKind::usage,
          fmt::format("'{}' cannot hold role '{}': a role file is named after its id", path, id),
          fmt::format("write it as {}.yaml, e.g. --output {}", id,
                      (file.parent_path() / (id + ".yaml")).string()));
  }
  const Library& library = load_library_for(c);
  std::string yaml = starter_role(library, id, c.args.from);
  check_starter(library, path, yaml);
  const RoleDef* base = library.lookup(c.args.from);
  std::string replaced = library.role(id) ? library.role(id)->where.file.str() : std::string();

  if (write_file_atomically(path, yaml, c.args.force, in_user_folder) == WriteOutcome::exists)
    throw Error(ErrorKind::usage, fmt::format("'{}' already exists; it was left as it is", path),
                "add --force to replace it, or choose another file with --output");

  bool zh = c.lang == Lang::zh;
  std::string folder = fs::path(path).parent_path().string();
  std::string show = in_user_folder ? fmt::format("ctoladder describe {}", id)
                                    : fmt::format("ctoladder --roles {} describe {}",
                                                  folder.empty() ? "." : folder, id);
  Result result;
  Output& out = result.output;
  out.report.paragraph(zh ? fmt::format("已写入 {}：角色 {}，继承自 {}。", path, id, base->id)
                          : fmt::format("Wrote {}: role {}, extending {}.", path, id, base->id));
  if (!replaced.empty())
    out.report.paragraph(zh ? fmt::format("它将取代 {}。", replaced)
                            : fmt::format("It replaces {}.", replaced));
  out.report.paragraph(
      zh ? fmt::format("编辑它，用 ctoladder validate {} 检查，用 {} 查看。", path, show)
         : fmt::format("Edit it, check it with 'ctoladder validate {}', see it "
                       "with '{}'.",
                       path, show));
  out.data = {{"id", id}, {"extends", base->id}, {"file", path}};
  out.data["replaces"] =
      replaced.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(replaced);
  out.tsv.push_back({id, base->id, path, replaced});
  return result;
}

}  // namespace

Command new_command() {
  return {"new", "Write a starter role file that extends an existing role", new_arguments, new_run};
}

}  // namespace ctoladder::cli
