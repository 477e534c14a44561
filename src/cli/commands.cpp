#include "commands.hpp"

#include <fmt/format.h>

#include <iostream>

#include "ctoladder/atomic_file.hpp"
#include "ctoladder/embedded.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/text.hpp"
#include "ctoladder/validate.hpp"

namespace ctoladder::cli {

// Each command's options and run live in its cmd_*.cpp.
std::unique_ptr<CommandRun> make_list();
std::unique_ptr<CommandRun> make_describe();
std::unique_ptr<CommandRun> make_compare();
std::unique_ptr<CommandRun> make_diff();
std::unique_ptr<CommandRun> make_search();
std::unique_ptr<CommandRun> make_ladder();
std::unique_ptr<CommandRun> make_path();
std::unique_ptr<CommandRun> make_gap();
std::unique_ptr<CommandRun> make_chart();
std::unique_ptr<CommandRun> make_site();
std::unique_ptr<CommandRun> make_validate();
std::unique_ptr<CommandRun> make_where();
std::unique_ptr<CommandRun> make_new();
std::unique_ptr<CommandRun> make_schema();
std::unique_ptr<CommandRun> make_complete();

namespace {

constexpr Format kGraphs[] = {Format::dot, Format::mermaid};
constexpr Format kCharts[] = {Format::svg};

// The order here is the order of `ctoladder --help`.
constexpr Command kCommands[] = {
    {"list", "List the roles in ladder order", Loads::library, {}, false, make_list},
    {"describe",
     "Describe one role, responsibilities grouped by domain",
     Loads::named_roles,
     {},
     false,
     make_describe},
    {"compare", "Compare two roles side by side", Loads::named_roles, {}, false, make_compare},
    {"diff",
     "Show what changes from role A to role B as +/- lines (exit 1 if they differ)",
     Loads::named_roles,
     {},
     false,
     make_diff},
    {"search",
     "Find responsibilities, names and summaries matching a text",
     Loads::library,
     {},
     false,
     make_search},
    {"ladder", "Show the ladder from programmer to CTO, with its tracks", Loads::library, kGraphs,
     false, make_ladder},
    {"path",
     "Show the steps up the ladder from role A to role B: what each gains and leaves",
     Loads::library,
     {},
     false,
     make_path},
    {"gap",
     "Measure what you hold against a role: coverage per domain, what is missing",
     Loads::library,
     {},
     false,
     make_gap},
    {"chart", "Chart responsibilities per domain for roles: bars, or --format svg", Loads::library,
     kCharts, false, make_chart},
    {"site",
     "Write the ladder as a static web site into a folder",
     Loads::library,
     {},
     false,
     make_site},
    {"validate",
     "Check role files or folders and report every problem",
     Loads::nothing,
     {},
     false,
     make_validate},
    {"where",
     "Show which file each role comes from, and what it replaced",
     Loads::library,
     {},
     false,
     make_where},
    {"new",
     "Write a starter role file that extends an existing role",
     Loads::library,
     {},
     false,
     make_new},
    {"schema",
     "Print the JSON Schema of role files, for editors and linters",
     Loads::nothing,
     {},
     false,
     make_schema},
    {"__complete",
     "Print completion candidates for the shell scripts (internal)",
     Loads::nothing,
     {},
     true,
     make_complete},
};

}  // namespace

std::span<const Command> commands() {
  return kCommands;
}

const Command* find_command(std::string_view name) {
  for (const auto& command : kCommands)
    if (command.name == name) return &command;
  return nullptr;
}

void print_diagnostics(const Diagnostics& diagnostics) {
  // A broken folder of thousands of files must not flood the terminal; --format json has them all.
  constexpr std::size_t kMaxShown = 100;
  for (std::size_t i = 0; i < diagnostics.size() && i < kMaxShown; ++i)
    std::cerr << text::escape_for_terminal(diagnostics[i].format()) << '\n';
  if (diagnostics.size() > kMaxShown)
    std::cerr << fmt::format("ctoladder: {} more problems not shown (--format json lists all)\n",
                             diagnostics.size() - kMaxShown);
}

void add_roles(CLI::App& command, std::vector<std::string>& roles, int count,
               const std::string& description) {
  std::string help = !description.empty() ? description
                     : count == 1         ? "ROLE[@OVERLAY[,OVERLAY...]]"
                                          : "two roles: A B, each ROLE[@OVERLAY...]";
  CLI::Option* option = command.add_option("role", roles, help)->required();
  if (count > 0) option->expected(count);
}

void add_output_file(CLI::App& command, std::string& file) {
  command.add_option("--output,-o", file,
                     "Write to FILE (replaced atomically) instead of standard output");
}

Result deliver(const Context& context, const std::string& file, Output output) {
  Result result;
  if (file.empty()) {
    result.output = std::move(output);
    return result;
  }
  RenderOptions options = context.render;
  options.color = false;
  write_file_atomically(file, render(output, options), /*overwrite=*/true);
  result.has_output = false;
  return result;
}

namespace {

// Prints every problem and throws when any is an error; prints warnings and returns otherwise.
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

// The library is never destroyed: freeing ten thousand roles one string at a time costs more
// than listing them, and the process is about to end anyway. It stays reachable from here, so
// leak checkers do not count it.
const Library& keep_until_exit(Library library) {
  static auto* kept = new std::vector<Library*>;
  kept->push_back(new Library(std::move(library)));
  return *kept->back();
}

// Just the roles named, from their files when they are named by id, else from the built-in
// library (where aliases are known without loading anything). Null when a name needs the whole
// library to resolve or to be explained.
const Library* load_named_roles(const Context& context, const std::vector<std::string>& named) {
  std::vector<std::string> ids;
  for (const auto& reference : named) {
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
  Diagnostics diagnostics;
  if (!add_roles_by_id(lazy, context.role_folders, ids, LoadLimits{}, diagnostics,
                       &add_embedded_role))
    return nullptr;
  if (!context.role_folders.empty())  // the built-in roles were checked at build time
    validate_library(lazy, diagnostics, {.check_next = false});
  fail_closed(diagnostics);
  return &keep_until_exit(std::move(lazy));
}

}  // namespace

const Library& load_library(const Context& context, Loads loads,
                            const std::vector<std::string>& named) {
  if (loads == Loads::nothing) return keep_until_exit(Library{});
  if (loads == Loads::named_roles && !named.empty())
    if (const Library* lazy = load_named_roles(context, named)) return *lazy;
  // Everything: for whole-library commands, and for names only a full load can resolve or
  // explain (an alias in a user folder, a typo that gets a suggestion).
  Library library;
  add_embedded_library(library);
  Diagnostics diagnostics;
  LoadLimits limits;
  for (const auto& folder : context.role_folders)
    add_path(library, folder, limits, diagnostics, context.cache_dir);
  // Parse errors first: cross-checks over a half-read library would only add noise.
  if (!has_errors(diagnostics) && !context.role_folders.empty())
    validate_library(library, diagnostics);
  fail_closed(diagnostics);
  return keep_until_exit(std::move(library));
}

}  // namespace ctoladder::cli
