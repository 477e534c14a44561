// `validate`: check role files and folders, report every problem.
#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <functional>
#include <optional>
#include <map>
#include <utility>
#include <set>
#include <tuple>

#include "cli.hpp"
#include "commands.hpp"
#include "ctoladder/embedded.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/validate.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

namespace fs = std::filesystem;

// One spelling per file, so "dev-4.yaml" and "./dev-4.yaml" are the same file.
std::string canonical(const std::string& path) {
  std::error_code ec;
  fs::path normal = fs::weakly_canonical(path, ec);
  if (!ec) return normal.string();
  // A symlink loop or an unreadable entry: still one spelling, absolute like the others.
  return fs::absolute(path, ec).lexically_normal().string();
}

// True when a skipped-roles warning ("...: dev-4, dev-5") lists one of `ids`.
bool names_any(const std::string& message, const std::set<std::string>& ids) {
  std::size_t colon = message.rfind(": ");
  if (colon == std::string::npos) return false;
  std::string_view list = std::string_view(message).substr(colon + 2);
  while (!list.empty()) {
    std::size_t comma = list.find(", ");
    if (ids.count(std::string(list.substr(0, comma)))) return true;
    if (comma == std::string_view::npos) break;
    list.remove_prefix(comma + 2);
  }
  return false;
}

// Loads nothing through the dispatcher: a library with problems is what it reports on, where
// every other command refuses to run.
class Validate final : public CommandRun {
 public:
  void add_options(CLI::App& command) override {
    command.add_option("path", paths_, "Role files or folders (default: the library in use)")
        ->option_text("PATH...");
    command
        .add_option("--require-lang", require_lang_,
                    "Report every text that lacks this language (en or zh) as an error")
        ->check(CLI::IsMember({"en", "zh"}))
        ->option_text("LANG");
  }

  Result run(const Context& c, const Library&) override {
    ValidationResult result;
    Diagnostics context_diagnostics;
    std::set<std::string> focus, focus_ids;
    std::map<std::string, std::string> focus_files;  // id -> the file as named
    std::vector<std::string> focus_folders;
    Library library;
    LoadLimits limits;
    limits.language_notes = !require_lang_.empty();
    if (paths_.empty() && !c.builtin) {
      // --no-builtin: the user folders, over the built-in roles as their parents only.
      add_embedded_library(library);
      for (const auto& folder : c.role_folders) {
        result.files += add_path(library, folder, limits, context_diagnostics, c.cache_dir);
        result.paths.push_back(folder);
      }
    } else if (paths_.empty()) {
      // Re-parse the built-in files so problems carry real line numbers, then the user folders.
      std::vector<SourceText> sources;
      for (const auto& file : embedded_files())
        sources.push_back(
            {std::string(kBuiltinPrefix) + std::string(file.name), std::string(file.bytes)});
      add_layer(library, sources, context_diagnostics, limits);
      result.paths.push_back("<built-in>");
      result.files = sources.size();
      for (const auto& folder : c.role_folders) {
        result.files += add_path(library, folder, limits, context_diagnostics, c.cache_dir);
        result.paths.push_back(folder);
      }
    } else {
      // The layers in use, then each path; a role file is read with its folder (its siblings and
      // domains.yaml), because that is where it lives, and only its own problems are reported.
      add_embedded_library(library);
      std::set<std::string> folders_read;
      std::map<std::string, std::size_t> layer_files;  // a --roles folder -> its role files
      for (const auto& folder : c.role_folders) {
        layer_files[canonical(folder)] =
            add_path(library, folder, limits, context_diagnostics, c.cache_dir);
        folders_read.insert(canonical(folder));
      }
      for (const auto& path : paths_) {
        std::error_code ec;
        fs::path file(path);
        bool role_file =
            fs::is_regular_file(file, ec) && is_role_file_name(file.filename().string());
        // Passing dev-5.ymal here would tell the user a role is fine that no command reads.
        if (Text misnamed = misnamed_role_file(file.filename().string());
            !misnamed.en.empty() && fs::is_regular_file(file, ec)) {
          context_diagnostics.push_back(diagnostic({path, 0, 0}, std::move(misnamed)));
          focus.insert(canonical(path));
          ++result.files;
          result.paths.push_back(path);
          continue;
        }
        if (!role_file) {
          std::string folder = canonical(path);
          focus_folders.push_back(folder + "/");
          focus.insert(folder);
          if (folders_read.insert(folder).second)
            result.files += add_path(library, path, limits, context_diagnostics, c.cache_dir);
          else if (auto layer = layer_files.find(folder); layer != layer_files.end())
            result.files += std::exchange(layer->second, 0);  // named twice counts once
          result.paths.push_back(path);
          continue;
        }
        focus.insert(canonical(path));
        focus_ids.insert(file.stem().string());
        focus_files.emplace(file.stem().string(), path);
        std::string folder = file.has_parent_path() ? file.parent_path().string() : ".";
        for (const char* name : {"domains.yaml", "domains.yml"})
          focus.insert(canonical((fs::path(folder) / name).string()));
        if (folders_read.insert(canonical(folder)).second)
          add_path(library, folder, limits, context_diagnostics, c.cache_dir);
        ++result.files;
        result.paths.push_back(path);
      }
    }
    validate_library(library, context_diagnostics);
    // A one-language library is valid; a team that wants both asks for each text lacking one.
    std::erase_if(context_diagnostics, [&](Diagnostic& d) {
      if (d.severity != Diagnostic::Severity::note) return false;
      if (!d.lacks || lang_code(*d.lacks) != require_lang_) return true;
      d.severity = Diagnostic::Severity::error;
      d.message += fmt::format(" (--require-lang {})", require_lang_);
      if (!d.message_zh.empty())
        d.message_zh += fmt::format("（--require-lang {}）", require_lang_);
      return false;
    });
    auto in_focus = [&](const std::string& file) {
      if (focus.count(file)) return true;
      for (const auto& folder : focus_folders)
        if (file.starts_with(folder)) return true;
      return false;
    };
    // Problems of the named files (and their folders' domains.yaml), and the warnings naming
    // them as skipped; with no file named, everything.
    for (auto& d : context_diagnostics)
      if (focus.empty() || in_focus(canonical(d.where.file.str())) ||
          (d.severity == Diagnostic::Severity::warning && names_any(d.message, focus_ids))) {
        // A file named without a folder is read from "."; show it as the user wrote it.
        if (d.where.file.str().starts_with("./"))
          d.where.file = FileName(d.where.file.str().substr(2));
        result.diagnostics.push_back(std::move(d));
      }
    // A file named that could not be checked (a role it builds on is in a file with errors) has
    // not passed: the errors of that file are its cause, shown once however many named files
    // they block (the warning at that file names them), so a pre-commit hook fails and says why.
    std::set<std::string> causes;
    Diagnostics unchecked;
    // The errors in `file` (canonical), added once however many named files it concerns.
    auto show_errors_of = [&](const std::string& file) {
      std::size_t shown = 0;
      if (in_focus(file) || !causes.insert(file).second) return shown;
      for (const auto& d : context_diagnostics)
        if (d.severity == Diagnostic::Severity::error && canonical(d.where.file.str()) == file) {
          unchecked.push_back(d);
          ++shown;
        }
      return shown;
    };
    for (const auto& [id, path] : focus_files) {
      std::string own = canonical(path);
      bool own_errors = false;
      std::optional<FileName> blamed;
      for (const auto& d : result.diagnostics) {
        if (d.severity == Diagnostic::Severity::error && canonical(d.where.file.str()) == own)
          own_errors = true;
        if (d.severity == Diagnostic::Severity::warning && names_any(d.message, {id}))
          blamed = d.where.file;
      }
      if (!blamed || own_errors) continue;
      std::string cause = canonical(blamed->str());
      bool first_time = !in_focus(cause) && !causes.count(cause);
      if (first_time && show_errors_of(cause) == 0)  // no error of its own to show: still a fail
        unchecked.push_back(diagnostic(
            {path, 0, 0},
            {fmt::format(
                 "role '{}' was not checked: a role it builds on is in {}, which has errors", id,
                 blamed->str()),
             fmt::format("角色 '{}' 没有检查：它所基于的角色在 {} 中，而该文件有错误", id,
                         blamed->str())}));
    }
    // A named file's role is only as good as the roles it extends: errors in their files (an
    // unknown domain in dev-1 under dev-4.yaml) are shown too, once, or `validate dev-4.yaml`
    // would pass a role that every other command refuses to load.
    for (const auto& [id, path] : focus_files) {
      const RoleDef* def = library.role(id);
      for (int depth = 0; def && def->extends && depth < 64; ++depth) {
        const RoleDef* parent = library.parent(def->extends->id);
        if (!parent || parent == def) break;
        show_errors_of(canonical(parent->where.file.str()));
        def = parent;
      }
    }
    result.diagnostics.insert(result.diagnostics.end(), unchecked.begin(), unchecked.end());
    if (!c.builtin) library.hide_roles_from(kBuiltinPrefix);  // counted as other commands show
    sort_by_place(result.diagnostics);
    result.roles = library.roles().size();
    result.domains = library.domains().size();
    // Text tells people on stderr, FILE:LINE:COL as a compiler does (its stdout is the count);
    // json, yaml and tsv carry every problem on stdout and leave stderr empty, as rg --json and
    // gh --json do: a script reading the data is not sent the same problems a second time.
    if (c.render.format == Format::text) print_diagnostics(result.diagnostics, c.lang);
    return {validate_view(result, c.lang), has_errors(result.diagnostics) ? kBadInput : kOk};
  }

 private:
  std::vector<std::string> paths_;
  std::string require_lang_;
};

}  // namespace

std::unique_ptr<CommandRun> make_validate() {
  return std::make_unique<Validate>();
}

}  // namespace ctoladder::cli
