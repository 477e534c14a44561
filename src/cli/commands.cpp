#include "commands.hpp"

#include <fmt/format.h>

#include <iostream>

#include "ctoladder/embedded.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/text.hpp"
#include "ctoladder/validate.hpp"
#include "ctoladder/vocabulary.hpp"

namespace ctoladder::cli {

void print_diagnostics(const Diagnostics& diagnostics) {
  // A broken folder of thousands of files must not flood the terminal; --format json has them all.
  constexpr std::size_t kMaxShown = 100;
  for (std::size_t i = 0; i < diagnostics.size() && i < kMaxShown; ++i)
    std::cerr << text::escape_for_terminal(diagnostics[i].format()) << '\n';
  if (diagnostics.size() > kMaxShown)
    std::cerr << fmt::format("ctoladder: {} more problems not shown (--format json lists all)\n",
                             diagnostics.size() - kMaxShown);
}

Role resolve_argument(const Library& library, const std::string& reference, const Arguments& args) {
  RoleRef ref = parse_reference(reference);
  // --variant and --profile are the same as @variant and @profile, but each names its axis.
  for (auto [extra, axis] :
       {std::pair{&args.variant, Axis::variant}, std::pair{&args.profile, Axis::profile}}) {
    if (extra->empty()) continue;
    const RoleDef& def = find_role(library, ref.role);
    for (const auto& overlay : def.overlays)
      if (overlay.name == text::fold_case(*extra) && overlay.axis != axis)
        throw Error(ErrorKind::usage,
                    fmt::format("'{}' is a {} of '{}', not a {}", overlay.name,
                                to_string(overlay.axis), def.id, to_string(axis)),
                    fmt::format("use --{} {}, or {}@{}", to_string(overlay.axis), overlay.name,
                                def.id, overlay.name));
    ref.overlays.push_back(*extra);
  }
  return resolve(library, ref);
}

void add_reference(CLI::App& command, Arguments& args, int count) {
  command
      .add_option(
          "role", args.references,
          count == 1 ? "ROLE[@OVERLAY[,OVERLAY...]]" : "two roles: A B, each ROLE[@OVERLAY...]")
      ->required()
      ->expected(count);
}

void no_arguments(CLI::App&, Arguments&) {}

// Prints every problem and throws when any is an error; prints warnings and returns otherwise.
void fail_closed(const Diagnostics& diagnostics);

namespace {

// The library is never destroyed: freeing ten thousand roles one string at a time costs more
// than listing them, and the process is about to end anyway. It stays reachable from here, so
// leak checkers do not count it.
const Library& keep_until_exit(Library library) {
  static auto* kept = new std::vector<Library*>;
  kept->push_back(new Library(std::move(library)));
  return *kept->back();
}

}  // namespace

const Library& load_library_for(const Context& context,
                                const std::vector<std::string>& references) {
  LoadLimits limits;
  if (!references.empty()) {
    // A command about a few roles builds just those: from their files when they are named by
    // id, else from the built-in library (where aliases are known without loading anything).
    std::vector<std::string> ids;
    for (const auto& reference : references) {
      std::string id = parse_reference(reference).role;
      if (context.role_folders.empty()) {
        if (auto builtin = embedded_role_id(id)) id = *builtin;
      } else {
        for (char& ch : id)
          if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      }
      ids.push_back(id);
    }
    Library lazy;
    add_embedded_domains(lazy);
    Diagnostics lazy_diagnostics;
    if (add_roles_by_id(lazy, context.role_folders, ids, limits, lazy_diagnostics,
                        &add_embedded_role)) {
      if (!context.role_folders.empty())  // the built-in roles were checked at build time
        validate_library(lazy, lazy_diagnostics, {.check_next = false});
      fail_closed(lazy_diagnostics);
      return keep_until_exit(std::move(lazy));
    }
  }
  // Everything: for whole-library commands, and for names only a full load can resolve or
  // explain (an alias in a user folder, a typo that gets a suggestion).
  Library library;
  add_embedded_library(library);
  Diagnostics diagnostics;
  for (const auto& folder : context.role_folders)
    add_path(library, folder, limits, diagnostics, context.cache_dir);
  // Parse errors first: cross-checks over a half-read library would only add noise.
  if (!has_errors(diagnostics) && !context.role_folders.empty())
    validate_library(library, diagnostics);
  fail_closed(diagnostics);
  return keep_until_exit(std::move(library));
}

void fail_closed(const Diagnostics& diagnostics) {
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
}

const std::vector<Command>& commands() {
  // The order here is the order of `ctoladder --help`.
  static const std::vector<Command> table{
      list_command(),   describe_command(),     compare_command(), diff_command(),
      search_command(), drawn_ladder_command(), path_command(),    gap_command(),
      chart_command(),  site_command(),         validate_command(),     where_command(),   new_command(),
      schema_command(), complete_command(),
  };
  return table;
}

}  // namespace ctoladder::cli
