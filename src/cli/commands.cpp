#include "commands.hpp"

#include <fmt/format.h>

#include <iostream>

#include "ctoladder/embedded.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/text.hpp"
#include "ctoladder/validate.hpp"
#include "ctoladder/views.hpp"
#include "ctoladder/vocabulary.hpp"

namespace ctoladder::cli {
namespace {

void print_diagnostics(const Diagnostics& diagnostics) {
  for (const auto& d : diagnostics) std::cerr << text::escape_for_terminal(d.format()) << '\n';
}

Role resolve_argument(const Library& library, const std::string& reference,
                      const Arguments& args) {
  RoleRef ref = parse_reference(reference);
  // --variant and --profile are the same as @variant and @profile.
  for (const std::string* extra : {&args.variant, &args.profile})
    if (!extra->empty()) ref.overlays.push_back(*extra);
  return resolve(library, ref);
}

void add_reference(CLI::App& command, Arguments& args, int count) {
  command.add_option("role", args.references, count == 1 ? "ROLE[@OVERLAY[,OVERLAY...]]"
                                                         : "two roles: A B, each ROLE[@OVERLAY...]")
      ->required()
      ->expected(count);
}

// --- list ---
void list_arguments(CLI::App& command, Arguments& args) {
  command.add_flag("--ids", args.ids_only, "Print only role ids, one per line");
}
Result list_run(const Context& c) {
  return {list_view(load_library_for(c), c.lang, c.args.ids_only)};
}

// --- describe ---
void describe_arguments(CLI::App& command, Arguments& args) {
  add_reference(command, args, 1);
  command.add_option("--variant", args.variant, "Apply a variant overlay (same as ROLE@VARIANT)");
  command.add_option("--profile", args.profile, "Apply a profile overlay (same as ROLE@PROFILE)");
  command.add_flag("--sources", args.with_sources, "Cite the article and section of every item");
}
Result describe_run(const Context& c) {
  Library library = load_library_for(c);
  Role role = resolve_argument(library, c.args.references.at(0), c.args);
  return {describe_view(library, role, c.lang, c.args.with_sources)};
}

// --- compare and diff ---
void two_references(CLI::App& command, Arguments& args) { add_reference(command, args, 2); }
Result compare_run(const Context& c) {
  Library library = load_library_for(c);
  Role a = resolve(library, c.args.references.at(0));
  Role b = resolve(library, c.args.references.at(1));
  return {compare_view(library, a, b, c.lang)};
}
Result diff_run(const Context& c) {
  Library library = load_library_for(c);
  Role a = resolve(library, c.args.references.at(0));
  Role b = resolve(library, c.args.references.at(1));
  Output output = diff_view(library, a, b, c.lang);
  bool identical = output.data["summary"]["identical"].get<bool>();
  return {std::move(output), identical ? 0 : 1};
}

// --- search ---
void search_arguments(CLI::App& command, Arguments& args) {
  command.add_option("text", args.query, "Text to look for (English or Chinese)")->required();
  command.add_option("--role", args.role_filter, "Only this role (id or alias)");
  command.add_option("--domain", args.domain_filter, "Only this domain (e.g. architecture)");
  command.add_option("--track", args.track_filter, "Only this track")
      ->check(CLI::IsMember(words_of_track()));
}
Result search_run(const Context& c) {
  SearchQuery query{c.args.query, {}, {}, {}};
  if (!c.args.role_filter.empty()) query.role = c.args.role_filter;
  if (!c.args.domain_filter.empty()) query.domain = c.args.domain_filter;
  if (!c.args.track_filter.empty()) query.track = parse_track(c.args.track_filter);
  return {search_view(load_library_for(c), query, c.lang)};
}

// --- ladder ---
void no_arguments(CLI::App&, Arguments&) {}
Result ladder_run(const Context& c) { return {ladder_view(load_library_for(c), c.lang)}; }

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
      sources.push_back({std::string(kBuiltinPrefix) + std::string(file.name), std::string(file.bytes)});
    add_layer(library, sources, result.diagnostics);
    result.paths.push_back("<built-in>");
    result.files = sources.size();
    for (const auto& folder : c.role_folders) {
      result.files += add_path(library, folder, limits, result.diagnostics);
      result.paths.push_back(folder);
    }
  } else {
    add_embedded_library(library);
    for (const auto& path : c.args.paths) {
      result.files += add_path(library, path, limits, result.diagnostics);
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

Library load_library_for(const Context& context) {
  Library library;
  add_embedded_library(library);
  Diagnostics diagnostics;
  LoadLimits limits;
  for (const auto& folder : context.role_folders) add_path(library, folder, limits, diagnostics);
  if (has_errors(diagnostics)) {
    // Fail closed: answering from a partly read library would silently drop someone's roles.
    print_diagnostics(diagnostics);
    std::size_t errors = 0;
    for (const auto& d : diagnostics) errors += d.severity == Diagnostic::Severity::error;
    throw Error(ErrorKind::invalid_data,
                fmt::format("the role folders have {} problem{}", errors, errors == 1 ? "" : "s"),
                "fix them, or check them with 'ctoladder validate FOLDER'");
  }
  print_diagnostics(diagnostics);  // warnings only
  return library;
}

const std::vector<Command>& commands() {
  static const std::vector<Command> table{
      {"list", "List the roles in ladder order", list_arguments, list_run},
      {"describe", "Describe one role, responsibilities grouped by domain", describe_arguments,
       describe_run},
      {"compare", "Compare two roles side by side", two_references, compare_run},
      {"diff", "Show what changes from role A to role B as +/- lines (exit 1 if they differ)",
       two_references, diff_run},
      {"search", "Find responsibilities, names and summaries matching a text", search_arguments,
       search_run},
      {"ladder", "Show the ladder from programmer to CTO, with its tracks", no_arguments,
       ladder_run},
      {"validate", "Check role files or folders and report every problem", validate_arguments,
       validate_run},
  };
  return table;
}

}  // namespace ctoladder::cli
