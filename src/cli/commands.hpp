// The command table: one row per command drives both help and dispatch.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ctoladder/error.hpp"
#include "ctoladder/library.hpp"
#include "ctoladder/model.hpp"
#include "ctoladder/report.hpp"

namespace ctoladder::cli {

// Options every command takes (given before or after the command name).
struct CommonOptions {
  std::string format;
  std::string lang;
  std::string color;
  std::vector<std::string> roles;
  bool no_pager = false;
  bool no_cache = false;
};

// Everything any command can be given; each command binds the part it uses.
struct Arguments {
  CommonOptions global;
  CommonOptions local;
  std::vector<std::string> references;  // ROLE[@OVERLAY...]
  std::vector<std::string> paths;       // validate
  std::string query;                    // search
  std::string role_filter, domain_filter, track_filter;
  std::string variant, profile;
  bool ids_only = false;
  bool with_sources = false;
  std::vector<std::string> via;    // path --via
  std::string have, gap_from;      // gap --have FILE|IDS, --from ROLE
  double min_percent = -1;         // gap --min PERCENT (negative: not given)
  bool have_template = false;      // gap --template
  std::string chart_scale = "count";  // chart --scale count|share|domain
  std::string from, output_file;   // new
  bool force = false;              // new
  std::vector<std::string> words;  // __complete: the command line typed so far
  bool list_commands = false;      // __complete --commands
};

// What a command hands back: its output, and the exit code when it is not 0.
struct Result {
  Output output;
  int exit_code = 0;
  bool has_output = true;
  // Bytes to write as they are, whatever the format (schema, completions); set, it replaces output.
  std::optional<std::string> raw{};
};

// The settled common options: format, language, colour, width, role folders.
struct Context {
  RenderOptions render;
  Lang lang = Lang::en;
  std::vector<std::string> role_folders;
  std::string cache_dir;  // empty: no parse cache
  const Arguments& args;
};

struct Command {
  std::string_view name;
  std::string_view summary;
  void (*add_arguments)(CLI::App& command, Arguments& args);
  Result (*run)(const Context& context);
  bool hidden = false;  // left out of --help, the man page and completion (e.g. __complete)
  // dot, mermaid, svg: the pictures the command draws (Output::raw); other commands refuse them.
  std::vector<Format> pictures{};
};

// Every command, in help order. Each lives in its own cmd_*.cpp.
const std::vector<Command>& commands();
Command list_command();
Command describe_command();
Command compare_command();
Command diff_command();
Command search_command();
Command ladder_command();
Command validate_command();
Command where_command();
Command new_command();
Command schema_command();
Command complete_command();
Command path_command();
Command gap_command();
Command chart_command();
Command site_command();
// `ladder` that also draws itself with --format dot or mermaid (cmd_chart.cpp).
Command drawn_ladder_command();

// Builds the CLI11 app from the command table, binding every option to `args`. Used to parse
// the command line and, by `__complete`, to know every command and option. With `only`, just
// that command (enough to parse a command line whose command word is known); without
// `options_before`, also without the options that may come before the command word.
std::unique_ptr<CLI::App> make_app(Arguments& args, std::string_view only = {},
                                   bool options_before = true);

// Helpers the commands share.
void print_diagnostics(const Diagnostics& diagnostics);
// Resolves ROLE[@OVERLAY...] plus --variant / --profile.
Role resolve_argument(const Library& library, const std::string& reference, const Arguments& args);
void add_reference(CLI::App& command, Arguments& args, int count);
void no_arguments(CLI::App& command, Arguments& args);

// The library a command works on: the built-in one with the user folders layered over it.
// Throws Error(invalid_data) after printing every problem when a folder does not load.
// With `references`, tries to read only the files of the roles named (by id) first. The library
// lives until the process exits.
const Library& load_library_for(const Context& context,
                                const std::vector<std::string>& references = {});

}  // namespace ctoladder::cli
