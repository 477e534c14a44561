// The command table (commands.cpp): one row per command drives help, dispatch, completion, the
// picture check and what is loaded before the command runs. A command's own options live in its
// cmd_*.cpp, so editing one command rebuilds one file.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ctoladder/error.hpp"
#include "ctoladder/format.hpp"
#include "ctoladder/library.hpp"
#include "ctoladder/model.hpp"
#include "ctoladder/report.hpp"

namespace ctoladder::cli {

// What the dispatcher loads before a command runs.
enum class Loads {
  nothing,      // the command reads what it needs itself, or nothing (validate, schema)
  named_roles,  // the roles named on the command line (named_roles()), else everything
  library,      // the built-in library with every user folder layered over it
};

// The settled common options: format, language, colour, width, role folders.
struct Context {
  RenderOptions render;
  Lang lang = Lang::en;
  std::vector<std::string> role_folders;
  std::string cache_dir;  // empty: no parse cache
  bool format_given = false;  // --format was on the command line (else the command's default)
  // False with --no-builtin or CTOLADDER_BUILTIN=off: the built-in roles are loaded only as
  // parents of the user's roles, and no command shows them.
  bool builtin = true;
};

// What a command hands back: its output, and the exit code when it is not 0.
struct Result {
  Output output;
  int exit_code = 0;
  bool has_output = true;
  // Bytes to write as they are, whatever the format (schema, completions); set, it replaces output.
  std::optional<std::string> raw{};
};

// One run of a command: its own options, filled in by CLI11, and what it does with them.
class CommandRun {
 public:
  virtual ~CommandRun() = default;
  // Adds the command's arguments and options (the common ones are added by the dispatcher).
  virtual void add_options(CLI::App& command) = 0;
  // The ROLE arguments, for Loads::named_roles.
  virtual std::vector<std::string> named_roles() const { return {}; }
  // Checks that need no library, so that a usage error does not wait for a load; a result here
  // is the command's answer and nothing is loaded (gap --template).
  virtual std::optional<Result> before_loading(const Context&) { return std::nullopt; }
  // `library` is what the row's Loads asked for (empty for Loads::nothing).
  virtual Result run(const Context& context, const Library& library) = 0;
};

// One example in a command's help: what it shows (in English and Chinese), and the command line.
struct Example {
  std::string_view note;
  std::string_view command;
  std::string_view note_zh = {};
  std::string_view shown_note(Lang lang) const {
    return lang == Lang::zh && !note_zh.empty() ? note_zh : note;
  }
};

struct Command {
  std::string_view name;
  std::string_view summary;
  std::string_view summary_zh;  // the summary in Chinese, for help under --lang zh
  // What follows `ctoladder NAME` in the usage line, e.g. "A B [flags]": help and every usage
  // error show it.
  std::string_view usage;
  std::span<const Example> examples;
  Loads loads;
  // The formats the command writes, its default first (`--format` absent); every other format is
  // refused before the command runs, and help and completion offer only these. Pictures (dot,
  // mermaid, svg) are drawn by the command itself into Output::raw.
  std::span<const Format> formats;
  bool hidden = false;  // left out of --help, the man page and completion (e.g. __complete)
  std::unique_ptr<CommandRun> (*make)();
};

inline Format default_format(const Command& command) {
  return command.formats.empty() ? Format::text : command.formats.front();
}
bool writes_format(const Command& command, Format format);

inline std::string_view shown_summary(const Command& command, Lang lang) {
  return lang == Lang::zh && !command.summary_zh.empty() ? command.summary_zh : command.summary;
}

// Every command, in help order.
std::span<const Command> commands();
const Command* find_command(std::string_view name);
// "unknown command 'lst' (did you mean 'list'?)", with the commands as the hint.
Error unknown_command_error(std::string_view word);

// Options every command takes (given before or after the command name).
struct CommonOptions {
  std::string format;
  std::string lang;
  std::string color;
  std::vector<std::string> roles;
  long width = -1;  // --width N; negative: not given
  bool no_header = false;
  bool no_pager = false;
  bool no_cache = false;
  bool no_builtin = false;
};

// The CLI11 app built from the command table, each option bound to the runs and common options
// held here (so it does not move). Used to parse the command line and, by `__complete`, to know
// every command and option. With `only`, just that command (enough to parse a command line whose
// command word is known); without `options_before`, also without the options that may come
// before the command word.
struct CommandLine {
  explicit CommandLine(std::string_view only = {}, bool options_before = true);
  CommandLine(const CommandLine&) = delete;
  CommandLine& operator=(const CommandLine&) = delete;

  CLI::App app;
  CommonOptions before, after;  // given before and after the command word
  std::vector<std::pair<const Command*, std::unique_ptr<CommandRun>>> runs;
};

// Checks in our words (CLI11's own say "TEXT:{a,b} not in ..." and "Value x not in range"). The
// description of one_of, "{a,b,c}" from `offered` (default: `values`), is what `__complete`
// offers.
CLI::Validator one_of(std::vector<std::string> values, std::vector<std::string> offered = {});
CLI::Validator number_in(double low, double high, bool whole = false);

// Helpers the commands share.
// Each problem on a line of stderr, its message in `lang` when translated.
void print_diagnostics(const Diagnostics& diagnostics, Lang lang = Lang::en);
// In file, line and column order, as a compiler lists them, however the files were read; a
// problem of a whole file (line 0: the roles it blocks) follows the ones in it.
void sort_by_place(Diagnostics& diagnostics);
// ROLE positionals: `count` of them (0: one or more), shown in help and errors as `names`.
void add_roles(CLI::App& command, std::vector<std::string>& roles, int count,
               const std::string& names, const std::string& description = {});
// --output FILE and --force, for the commands whose output is a file people keep (pictures).
struct OutputFile {
  std::string file;
  bool force = false;  // write a file whose name is a format name (`-o json`)
  std::string command;  // the command's name, for its formats
  void add_options(CLI::App& command);
  // Refuses `-o json` without --force: almost always `--format json` mistyped. Refuses a file
  // whose extension names another format than the one written (`chart cto -o x.svg` without
  // --format svg would fill x.svg with text).
  void check(const Context& context) const;
};
// The result for standard output, or with `file`, rendered without colour and written to it
// atomically.
Result deliver(const Context& context, const OutputFile& file, Output output);

// What a load forgives, for `new`: a role folder that does not exist yet (it is about to be made)
// and `next` steps naming the role about to be written.
struct LoadTolerance {
  bool missing_folders = false;
  std::string coming_role;
};

// The library as `loads` says: the built-in one with the user folders layered over it, or just
// the roles `named`. Throws Error(invalid_data) after printing every problem when a folder does
// not load. The library lives until the process exits.
const Library& load_library(const Context& context, Loads loads,
                            const std::vector<std::string>& named = {},
                            const LoadTolerance& tolerance = {});

}  // namespace ctoladder::cli
