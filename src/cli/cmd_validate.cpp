// `validate`: check role files and folders, report every problem.
#include "cli.hpp"
#include "commands.hpp"
#include "ctoladder/embedded.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/validate.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

// Loads nothing through the dispatcher: a library with problems is what it reports on, where
// every other command refuses to run.
class Validate final : public CommandRun {
 public:
  void add_options(CLI::App& command) override {
    command.add_option("path", paths_, "Role files or folders (default: the library in use)");
  }
  Result run(const Context& c, const Library&) override {
    ValidationResult result;
    Library library;
    LoadLimits limits;
    if (paths_.empty()) {
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
      for (const auto& path : paths_) {
        result.files += add_path(library, path, limits, result.diagnostics, c.cache_dir);
        result.paths.push_back(path);
      }
    }
    validate_library(library, result.diagnostics);
    result.roles = library.roles().size();
    result.domains = library.domains().size();
    print_diagnostics(result.diagnostics);
    return {validate_view(result, c.lang), has_errors(result.diagnostics) ? kBadInput : kOk};
  }

 private:
  std::vector<std::string> paths_;
};

}  // namespace

std::unique_ptr<CommandRun> make_validate() {
  return std::make_unique<Validate>();
}

}  // namespace ctoladder::cli
