// Builds the CLI11 app from the command table, settles the common options, runs the command,
// and turns every error into one `ctoladder: error: ...` line and an exit code.
#include <fmt/format.h>

#include <csignal>
#include <iostream>

#include "cli.hpp"
#include "commands.hpp"
#include "ctoladder/error.hpp"
#include "ctoladder/format.hpp"
#include "ctoladder/text.hpp"
#include "environment.hpp"
#include "pager.hpp"

namespace ctoladder::cli {
namespace {

// The --format values and their help line, from the format table; pictures name the commands
// that draw them: "...; pictures: dot, mermaid (ladder), svg (chart)".
const std::vector<std::string>& format_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const auto& format : formats()) all.emplace_back(format.name);
    return all;
  }();
  return names;
}

std::string drawn_by(Format format) {
  std::vector<std::string_view> who;
  for (const auto& command : commands())
    for (Format drawn : command.pictures)
      if (drawn == format) who.push_back(command.name);
  return fmt::format("{}", fmt::join(who, ", "));
}

const std::string& format_help() {
  static const std::string help = [] {
    std::vector<std::string> plain, pictures;
    for (std::size_t i = 0; i < formats().size(); ++i) {
      const FormatInfo& format = formats()[i];
      if (!format.picture) {
        plain.emplace_back(format.name);
        continue;
      }
      // Pictures drawn by the same commands share one "(command)".
      std::string who = drawn_by(format.format);
      bool same_as_next = i + 1 < formats().size() && formats()[i + 1].picture &&
                          drawn_by(formats()[i + 1].format) == who;
      pictures.push_back(same_as_next ? std::string(format.name)
                                      : fmt::format("{} ({})", format.name, who));
    }
    return fmt::format("Output format: {}; pictures: {}", fmt::join(plain, ", "),
                       fmt::join(pictures, ", "));
  }();
  return help;
}

// The common options that take a value, by their CLI11 names: add_common_options adds them by
// these names and takes_value reads them, so the word after one is never taken for a command.
constexpr std::string_view kFormatOption = "--format";
constexpr std::string_view kLangOption = "--lang";
constexpr std::string_view kRolesOption = "--roles";
constexpr std::string_view kColorOption = "--color,--colour";
constexpr std::string_view kWidthOption = "--width";
constexpr std::string_view kValueOptions[] = {kFormatOption, kLangOption, kRolesOption,
                                              kColorOption, kWidthOption};

void add_common_options(CLI::App& app, CommonOptions& options) {
  // The description is filled in only when help is shown (describe_formats): building it from
  // the tables on every run would cost start-up time for nothing.
  app.add_option(std::string(kFormatOption), options.format)->check(CLI::IsMember(format_names()));
  app.add_option(std::string(kLangOption), options.lang,
                 "Language of the output: en or zh (default: from LANG)")
      ->check(CLI::IsMember({"en", "zh"}));
  app.add_option(std::string(kRolesOption), options.roles,
                 "A folder of your own role files, layered over the built-in library (repeatable)");
  app.add_option(std::string(kColorOption), options.color, "Colour: auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_option(std::string(kWidthOption), options.width,
                 "Wrap text to N columns (0: never wrap; default: the terminal's width, or no "
                 "wrapping when output is not a terminal)")
      ->check(CLI::Range(0L, 100000L))
      ->option_text("N");
  app.add_flag("--no-pager", options.no_pager, "Never send long output through $PAGER");
  app.add_flag("--no-cache", options.no_cache,
               "Parse every role file afresh; do not read or write the parse cache");
}

// Sets the help line of --format in the app and its commands, just before help is printed.
void describe_formats(CLI::App& app) {
  if (CLI::Option* option = app.get_option_no_throw(std::string(kFormatOption)))
    option->description(format_help());
  for (CLI::App* sub : app.get_subcommands({})) describe_formats(*sub);
}

void print_error(const std::string& message, const std::string& hint = {}) {
  // A message may list problems on several lines; escape each line, keep the breaks.
  std::string_view rest = message;
  std::cerr << "ctoladder: error: ";
  for (auto newline = rest.find('\n'); newline != std::string_view::npos;
       newline = rest.find('\n')) {
    std::cerr << text::escape_for_terminal(rest.substr(0, newline)) << '\n';
    rest.remove_prefix(newline + 1);
  }
  std::cerr << text::escape_for_terminal(rest) << '\n';
  if (!hint.empty()) std::cerr << "ctoladder: hint: " << text::escape_for_terminal(hint) << '\n';
}

// Options that take a value, so the word after them is not mistaken for a command.
bool takes_value(std::string_view arg) {
  for (std::string_view names : kValueOptions)
    for (std::size_t start = 0; start <= names.size();) {
      std::size_t comma = std::min(names.find(',', start), names.size());
      if (names.substr(start, comma - start) == arg) return true;
      start = comma + 1;
    }
  return false;
}

// CLI11 2.1 has no "did you mean" for commands; check the command word ourselves. Sets
// `command` to the command word when there is one and no option before it asks for help or the
// version (those need every command in the app), and `options_before` when an option comes
// before it (only then are the options before a command needed).
bool check_command_word(int argc, char** argv, const Command*& command_word, bool& options_before) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") return true;
    if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "--version") return true;
    if (takes_value(arg)) {
      options_before = true;
      ++i;
      continue;
    }
    if (arg.starts_with("-")) {
      options_before = true;
      continue;
    }
    command_word = find_command(arg);
    if (command_word) return true;
    std::vector<std::string> names;
    for (const auto& command : commands())
      if (!command.hidden) names.emplace_back(command.name);
    auto suggestion = text::closest_match(arg, names);
    print_error(suggestion
                    ? fmt::format("unknown command '{}' (did you mean '{}'?)", arg, *suggestion)
                    : fmt::format("unknown command '{}'", arg),
                fmt::format("commands: {}; run 'ctoladder --help'", fmt::join(names, ", ")));
    return false;
  }
  return true;
}

Context settle(const CommonOptions& before, const CommonOptions& after) {
  auto pick = [](const std::string& local, const std::string& global) {
    return local.empty() ? global : local;
  };
  Context context;
  if (std::string format = pick(after.format, before.format); !format.empty()) {
    const FormatInfo* info = find_format(format);
    // CLI11 checked the name against the same table; never fall back to text.
    if (!info) throw std::logic_error("--format " + format + " has no row in the format table");
    context.render.format = info->format;
  }
  std::string lang = pick(after.lang, before.lang);
  context.lang = lang.empty() ? language_from_environment() : lang == "zh" ? Lang::zh : Lang::en;
  std::string colour = pick(after.color, before.color);
  context.render.color = colour_enabled(colour.empty() ? "auto" : colour);
  context.render.width = output_width(after.width >= 0 ? after.width : before.width);
  // Later layers win: CTOLADDER_ROLES, then --roles before the command, then after it.
  context.role_folders = role_folders_from_environment();
  for (const auto* list : {&before.roles, &after.roles})
    context.role_folders.insert(context.role_folders.end(), list->begin(), list->end());
  if (!before.no_cache && !after.no_cache) context.cache_dir = cache_folder();
  return context;
}

// dot, mermaid and svg are pictures only some commands draw: refuse the rest before running.
void check_picture_format(const Command& command, Format format) {
  if (!is_picture(format)) return;
  for (Format drawn : command.pictures)
    if (drawn == format) return;
  auto name = [](Format f) { return std::string(format_info(f).name); };
  std::vector<std::string> takes;
  for (const auto& other : formats())
    if (!other.picture) takes.emplace_back(other.name);
  for (Format drawn : command.pictures) takes.push_back(name(drawn));
  throw Error(ErrorKind::usage,
              fmt::format("'{}' cannot draw --format {}", command.name, name(format)),
              fmt::format("--format {} works with: {}; '{}' takes {}", name(format),
                          drawn_by(format), command.name, fmt::join(takes, ", ")));
}

int run_parsed(CommandLine& line) {
  const Command* chosen = nullptr;
  CommandRun* run = nullptr;
  for (const CLI::App* sub : line.app.get_subcommands())
    for (auto& [command, command_run] : line.runs)
      if (sub->get_name() == command->name) chosen = command, run = command_run.get();
  if (!chosen) {
    std::cerr << line.app.help();
    return kBadInput;
  }
  Context context = settle(line.before, line.after);
  check_picture_format(*chosen, context.render.format);
  std::optional<Result> early = run->before_loading(context);
  Result result = early ? std::move(*early)
                        : run->run(context, load_library(context, chosen->loads,
                                                         chosen->loads == Loads::named_roles
                                                             ? run->named_roles()
                                                             : std::vector<std::string>{}));
  if (result.has_output) {
    std::string error;
    bool pipe_closed = false;
    // Long text goes through $PAGER on a terminal; raw bytes and data formats never do.
    bool may_page = !result.raw && context.render.format == Format::text && !line.before.no_pager &&
                    !line.after.no_pager;
    if (!write_output(result.raw ? *result.raw : render(result.output, context.render), may_page,
                      error, pipe_closed)) {
      // The reader went away (`ctoladder list | head -1`): nothing to report.
      if (pipe_closed) return 128 + SIGPIPE;
      print_error(fmt::format("cannot write output: {}", error));
      return kOutputError;
    }
  }
  return result.exit_code;
}

}  // namespace

CommandLine::CommandLine(std::string_view only, bool options_before)
    : app("ctoladder: the software-engineering career ladder, from programmer to CTO",
          "ctoladder") {
  app.set_version_flag("--version", std::string("ctoladder ") + CTOLADDER_VERSION);
  app.require_subcommand(0, 1);
  // Each option costs CLI11 real set-up time; `ctoladder compare a b` needs only the command's.
  if (only.empty() || options_before) add_common_options(app, before);
  app.footer(
      "A ROLE is an id or alias (case-insensitive), optionally with overlays: cto@startup,china.\n"
      "Exit codes: 0 ok, 1 diff found differences or gap --min not met, 2 bad input, 3 output\n"
      "error, 4 internal error.");
  for (const auto& command : commands()) {
    if (!only.empty() && command.name != only) continue;
    CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
    if (command.hidden)
      sub->group("");  // not in --help
    else
      add_common_options(*sub, after);
    runs.emplace_back(&command, command.make());
    runs.back().second->add_options(*sub);
  }
}

int run(int argc, char** argv) {
  const Command* command_word = nullptr;
  bool options_before = false;
  if (!check_command_word(argc, argv, command_word, options_before)) return kBadInput;
  // Only the command asked for: setting up all of them costs more than most commands' work.
  CommandLine line(command_word ? command_word->name : std::string_view(), options_before);
  CLI::App& app = line.app;

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    describe_formats(app);
    return app.exit(e, std::cout, std::cerr);
  } catch (const CLI::CallForAllHelp& e) {
    describe_formats(app);
    return app.exit(e, std::cout, std::cerr);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e, std::cout, std::cerr);
  } catch (const CLI::ParseError& e) {
    std::string where;
    for (const CLI::App* sub : app.get_subcommands()) where = sub->get_name() + " ";
    print_error(e.what(), fmt::format("run 'ctoladder {}--help' for usage", where));
    return kBadInput;
  }

  try {
    return run_parsed(line);
  } catch (const Error& e) {
    print_error(e.what(), e.hint());
    return e.kind() == ErrorKind::io ? kOutputError : kBadInput;
  } catch (const std::bad_alloc&) {
    print_error("out of memory");
    return kInternal;
  } catch (const std::exception& e) {
    print_error(fmt::format("internal error: {} (please report this)", e.what()));
    return kInternal;
  }
}

}  // namespace ctoladder::cli
