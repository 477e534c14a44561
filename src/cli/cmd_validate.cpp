// `validate`: check role files and folders, report every problem.
#include <fmt/format.h>

#include "commands.hpp"
#include "ctoladder/embedded.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/validate.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

// --- validate ---
void validate_arguments(CLI::App& command, Arguments& args) {
  command.add_option("path", args.paths, "Role files or folders (default: the library in use)");
}
Result validate_run(const Context& c) {
  ValidationResult result;
  Library library;
  LoadLimits limits;
  if (c.args.paths.empty()) {
    // Re-parse the built-in files so problems carry real line numbers, then the user folders.
    std::vector<SourceText> sources;
    for (const auto& file : embedded_files())
      sources.push_back(
          {std::string(kBuiltinPrefix) + std::string(file.name), std::string(file.bytes)});
    add_layer(library, sources, result.diagnostics);
    result.paths.push_back("<built-in>");
    result.files = sources.size();
    for (const auto& folder : c.role_folders) {
      result.files += add_path(library, folder, limits, result.diagnostics, c.cache_dir);
      result.paths.push_back(folder);
    }
  } else {
    add_embedded_library(library);
    for (const auto& path : c.args.paths) {
      result.files += add_path(library, path, limits, result.diagnostics, c.cache_dir);
      result.paths.push_back(path);
    }
  }
  validate_library(library, result.diagnostics);
  result.roles = library.roles().size();
  result.domains = library.domains().size();
  print_diagnostics(result.diagnostics);
  Result r{validate_view(result, c.lang)};
  if (has_errors(result.diagnostics)) r.exit_code = 2;
  return r;
}

}  // namespace

Command validate_command() {
  return {"validate", "Check role files or folders and report every problem", validate_arguments,
          validate_run};
}

}  // namespace ctoladder::cli
