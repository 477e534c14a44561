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
#include "help.hpp"
#include "pager.hpp"
#include "parse_errors.hpp"

namespace ctoladder::cli {
namespace {

// The common options that take a value, by their CLI11 names: add_common_options adds them by
// these names and takes_value reads them, so the word after one is never taken for a command.
constexpr std::string_view kFormatOption = "--format";
constexpr std::string_view kLangOption = "--lang";
constexpr std::string_view kRolesOption = "--roles";
constexpr std::string_view kColorOption = "--color,--colour";
constexpr std::string_view kWidthOption = "--width";
constexpr std::string_view kValueOptions[] = {kFormatOption, kLangOption, kRolesOption,
                                              kColorOption, kWidthOption};
constexpr std::string_view kColourWords[] = {"auto", "always", "never"};

// The options every command takes, in the inherited group of help. `command` is the command they
// follow (nullptr: before the command word), for the formats --format offers.
void add_common_options(CLI::App& app, CommonOptions& options, const Command* command) {
  static const std::vector<std::string> all_formats = format_names_for(nullptr);
  app.add_option(std::string(kFormatOption), options.format)
      ->check(one_of(all_formats, format_names_for(command)))
      ->option_text("FORMAT")
      ->group(kInheritedGroup);
  app.add_flag("--no-header", options.no_header,
               "Leave out the header: the first row of tsv, the column names of text tables")
      ->group(kInheritedGroup);
  app.add_option(std::string(kLangOption), options.lang,
                 "Language of the output: en or zh (default: from LANG)")
      ->check(one_of({"en", "zh"}))
      ->option_text("LANG")
      ->group(kInheritedGroup);
  app.add_option(std::string(kRolesOption), options.roles,
                 "A folder of your own role files, layered over the built-in library (repeatable)")
      ->allow_extra_args(false)  // `--roles a list`: a folder and a command, not two folders
      ->option_text("FOLDER")
      ->group(kInheritedGroup);
  app.add_option(std::string(kColorOption), options.color,
                 "Colour: auto, always or never (default: auto; a bare --color: always)")
      ->check(one_of({"auto", "always", "never"}))
      ->option_text("WHEN")
      ->group(kInheritedGroup);
  app.add_option(std::string(kWidthOption), options.width,
                 "Wrap text to N columns (0: never wrap; default: the terminal's width, or no "
                 "wrapping when output is not a terminal)")
      ->check(number_in(0, 100000, /*whole=*/true))
      ->option_text("N")
      ->group(kInheritedGroup);
  app.add_flag("--no-pager", options.no_pager, "Never send long output through $PAGER")
      ->group(kInheritedGroup);
  app.add_flag("--no-builtin", options.no_builtin,
               "Show only the roles of your folders: the built-in roles stay as parents your "
               "roles extend, but no command shows them (also CTOLADDER_BUILTIN=off)")
      ->group(kInheritedGroup);
  app.add_flag("--no-cache", options.no_cache,
               "Parse every role file afresh; do not read or write the parse cache")
      ->group(kInheritedGroup);
}

// A repeated flag takes the last value, as in rg and git (CLI11 refuses it by default); a
// repeatable one (--roles, --via) keeps them all. Positional arguments keep CLI11's count check:
// `describe cto architect` is an error, not architect.
void take_last_value(CLI::App& app) {
  for (CLI::Option* option : app.get_options())
    if (option->nonpositional()) option->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
}

// The prefixes stay ASCII in every language: scripts and tests find errors by `ctoladder: error:`
// as by the exit code (git translates its "error: " and scripts parsing it must force LC_ALL=C;
// ctoladder's --lang zh is often set for the data alone). The message and hint are translated.
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

bool is_one_of(std::string_view word, std::span<const std::string_view> names) {
  return std::find(names.begin(), names.end(), word) != names.end();
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

// The words after the program name, with a bare `--color` (or `--colour`) made `--color=always`,
// as for ls and grep: `--color never` keeps its value, `--color list` is colour and a command.
// The words of `__complete` are the line being typed and stay as they are.
// The words that came right after a bare --color: when one of them is refused (an unknown command,
// an argument too many), it was meant as the colour, and the error says so.
std::vector<std::string>& after_bare_colour() {
  static std::vector<std::string> words;
  return words;
}

// `--color sometimes`: the error --color=sometimes gets, naming the values, with did-you-mean.
Error colour_value_error(const std::string& word) {
  std::vector<std::string> values(std::begin(kColourWords), std::end(kColourWords));
  auto suggestion = text::closest_match(word, values);
  std::string list = fmt::format("{}", fmt::join(values, ", "));
  return Error(
      ErrorKind::usage,
      Text{fmt::format("--color: '{}' is not one of {}{}", word, list,
                       suggestion ? fmt::format(" (did you mean '{}'?)", *suggestion) : ""),
           fmt::format("--color 的值 '{}' 无效，可选：{}{}", word, list,
                       suggestion ? fmt::format("（是否想用 '{}'？）", *suggestion) : "")},
      Text{"a bare --color means always; choose with --color=always, --color=auto or "
           "--color=never",
           "单独的 --color 即 always；可写 --color=always、--color=auto 或 --color=never"});
}

std::vector<std::string> arguments(int argc, char** argv) {
  std::vector<std::string> args(argv + std::min(argc, 1), argv + argc);
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--" || args[i] == "__complete") break;
    if ((args[i] == "--color" || args[i] == "--colour") &&
        (i + 1 == args.size() || !is_one_of(args[i + 1], kColourWords))) {
      if (i + 1 < args.size() && !args[i + 1].starts_with("-"))
        after_bare_colour().push_back(args[i + 1]);
      args[i] += "=always";
    } else if (takes_value(args[i])) {
      ++i;
    }
  }
  return args;
}

// CLI11 2.1 has no "did you mean" for commands or flags; check the words before the command
// ourselves. Returns the command word when there is one and no option before it asks for help or
// the version (those need every command in the app); sets `options_before` when an option comes
// before it (only then are the options before a command needed).
const Command* check_command_word(const std::vector<std::string>& args, bool& options_before) {
  std::unique_ptr<CLI::App> common;  // the options allowed before a command, made when needed
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    if (arg == "--") return nullptr;
    if (arg == "-h" || arg == "--help" || arg == "--version") return nullptr;
    if (takes_value(arg)) {
      options_before = true;
      ++i;
      continue;
    }
    if (arg.starts_with("-") && arg.size() > 1) {
      options_before = true;
      if (!common) {
        common = std::make_unique<CLI::App>();
        static CommonOptions ignored;
        add_common_options(*common, ignored, nullptr);
      }
      std::string name(arg.substr(0, arg.find('=')));
      bool known = false;
      for (const CLI::Option* option : common->get_options())
        known = known || (option->nonpositional() && option->check_name(name));
      if (!known) throw unknown_flag_error(arg.starts_with("--") ? name : arg, *common, nullptr);
      continue;
    }
    if (const Command* command = find_command(arg)) return command;
    const auto& meant = after_bare_colour();
    if (std::find(meant.begin(), meant.end(), arg) != meant.end())
      throw colour_value_error(std::string(arg));
    throw unknown_command_error(arg);
  }
  return nullptr;
}

// The language of help and errors, known before the command line parses (a parse error needs it
// too): the last --lang en|zh before `--`, else LC_ALL, LC_MESSAGES, LANG.
Lang early_language(const std::vector<std::string>& args) {
  std::optional<Lang> lang;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--" || args[i] == "__complete") break;
    std::string_view value;
    if (args[i] == kLangOption && i + 1 < args.size())
      value = args[++i];
    else if (args[i].starts_with("--lang="))
      value = std::string_view(args[i]).substr(7);
    if (value == "zh") lang = Lang::zh;
    if (value == "en") lang = Lang::en;
  }
  return lang ? *lang : language_from_environment();
}

// `command`: the command on the line, whose default format applies when --format is absent.
Context settle(const CommonOptions& before, const CommonOptions& after,
               const Command* command = nullptr) {
  auto pick = [](const std::string& local, const std::string& global) {
    return local.empty() ? global : local;
  };
  Context context;
  if (command) context.render.format = default_format(*command);
  if (std::string format = pick(after.format, before.format); !format.empty()) {
    const FormatInfo* info = find_format(format);
    // CLI11 checked the name against the same table; never fall back to text.
    if (!info) throw std::logic_error("--format " + format + " has no row in the format table");
    context.render.format = info->format;
    context.format_given = true;
  }
  std::string lang = pick(after.lang, before.lang);
  context.lang = lang.empty() ? language_from_environment() : lang == "zh" ? Lang::zh : Lang::en;
  std::string colour = pick(after.color, before.color);
  context.render.color = colour_enabled(colour.empty() ? "auto" : colour);
  context.render.width = output_width(after.width >= 0 ? after.width : before.width);
  context.render.header = !before.no_header && !after.no_header;
  // Later layers win: CTOLADDER_ROLES, then --roles before the command, then after it.
  context.role_folders = role_folders_from_environment();
  for (const auto* list : {&before.roles, &after.roles})
    context.role_folders.insert(context.role_folders.end(), list->begin(), list->end());
  if (!before.no_cache && !after.no_cache) context.cache_dir = cache_folder();
  context.builtin = !before.no_builtin && !after.no_builtin && builtin_from_environment();
  return context;
}

// A format the command's row does not list is refused before running, never ignored: `schema
// --format tsv` printing JSON would leave a script reading the wrong thing.
void check_format(const Command& command, Format format) {
  if (writes_format(command, format)) return;
  std::string name(format_info(format).name);
  std::string takes = fmt::format("{}", fmt::join(format_names_for(&command), ", "));
  Text hint = is_picture(format)
                  ? Text{fmt::format("--format {} works with: {}; '{}' takes {}", name,
                                     drawn_by(format), command.name, takes),
                         fmt::format("--format {} 适用于：{}；'{}' 可用：{}", name, drawn_by(format),
                                     command.name, takes)}
                  : Text{fmt::format("'{}' takes --format {}", command.name, takes),
                         fmt::format("'{}' 可用的 --format：{}", command.name, takes)};
  throw Error(ErrorKind::usage,
              is_picture(format)
                  ? Text{fmt::format("'{}' cannot draw --format {}", command.name, name),
                         fmt::format("'{}' 不能输出 --format {}", command.name, name)}
                  : Text{fmt::format("'{}' cannot write --format {}", command.name, name),
                         fmt::format("'{}' 不能输出 --format {}", command.name, name)},
              hint);
}

// --no-header leaves out a header only tsv and text have: refused for the other formats rather
// than ignored, so a script asking for it learns that its json or markdown keeps what it had.
void check_header_format(Format format, bool header) {
  if (header || format_info(format).header) return;
  std::string name(format_info(format).name);
  throw Error(ErrorKind::usage,
              Text{fmt::format("--no-header: --format {} has no header to leave out", name),
                   fmt::format("--no-header：--format {} 没有可省略的表头", name)},
              Text{format == Format::markdown
                       ? "a markdown table needs its header row; --no-header works with --format "
                         "tsv and text"
                       : "--no-header works with --format tsv and text",
                   format == Format::markdown
                       ? "markdown 表格必须有表头行；--no-header 适用于 --format tsv 和 text"
                       : "--no-header 适用于 --format tsv 和 text"});
}

// The command CLI11 parsed, with its run; null when the line has no command.
std::pair<const Command*, CommandRun*> chosen_command(CommandLine& line) {
  for (const CLI::App* sub : line.app.get_subcommands())
    for (auto& [command, command_run] : line.runs)
      if (sub->get_name() == command->name) return {command, command_run.get()};
  return {nullptr, nullptr};
}

int run_parsed(CommandLine& line) {
  auto [chosen, run] = chosen_command(line);
  if (!chosen) {
    // A bare `ctoladder`: the help, on stderr, as a usage error.
    Context context = settle(line.before, line.after);
    std::cerr << main_help(line.app, context.render.width, context.lang);
    return kBadInput;
  }
  Context context = settle(line.before, line.after, chosen);
  check_format(*chosen, context.render.format);
  check_header_format(context.render.format, context.render.header);
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
      print_error(fmt::format(fmt::runtime(tr(context.lang, "cannot write output: {}",
                                               "无法写出输出：{}")),
                              error));
      return kOutputError;
    }
    // After the data (and the pager), on stderr: `search code | wc -l` counts matches only.
    if (!result.raw && !result.output.summary.empty() &&
        (context.render.format == Format::text || context.render.format == Format::markdown))
      for (const auto& line : text::wrap(text::escape_for_terminal(result.output.summary),
                                         context.render.width))
        std::cerr << line << '\n';
  }
  return result.exit_code;
}

// Help and --version: written as data is, so a full disk or a closed pipe is not a success.
int print_text(const std::string& text, Lang lang) {
  std::string error;
  bool pipe_closed = false;
  if (!write_stdout(text, error, pipe_closed)) {
    if (pipe_closed) return 128 + SIGPIPE;
    print_error(fmt::format(fmt::runtime(tr(lang, "cannot write output: {}", "无法写出输出：{}")),
                            error));
    return kOutputError;
  }
  return kOk;
}

// `--help` and `-h`: the help of the command on the line, else of ctoladder.
int print_help(CommandLine& line, Lang lang) {
  std::size_t width = settle(line.before, line.after).render.width;
  const Command* command = chosen_command(line).first;
  std::string help;
  if (command) {
    for (const CLI::App* sub : line.app.get_subcommands())
      if (sub->get_name() == command->name) help = command_help(*command, *sub, width, lang);
  } else {
    help = main_help(line.app, width, lang);
  }
  return print_text(help, lang);
}

}  // namespace

CommandLine::CommandLine(std::string_view only, bool options_before)
    : app("ctoladder: the software-engineering career ladder, from programmer to CTO",
          "ctoladder") {
  app.set_version_flag("--version", std::string("ctoladder ") + CTOLADDER_VERSION);
  app.set_help_flag("-h,--help", "Show help");
  app.require_subcommand(0, 1);
  // Each option costs CLI11 real set-up time; `ctoladder compare a b` needs only the command's.
  if (only.empty() || options_before) add_common_options(app, before, nullptr);
  for (const auto& command : commands()) {
    if (!only.empty() && command.name != only) continue;
    CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
    if (command.hidden)
      sub->group("");  // not in --help
    else
      add_common_options(*sub, after, &command);
    runs.emplace_back(&command, command.make());
    runs.back().second->add_options(*sub);
    take_last_value(*sub);
  }
  take_last_value(app);
}

int run(int argc, char** argv) {
  // The user's --roles, for hints that name a command ("--roles A --roles B ").
  std::string roles_given;
  Lang lang = language_from_environment();
  try {
    std::vector<std::string> args = arguments(argc, argv);
    lang = early_language(args);
    bool options_before = false;
    const Command* command_word = check_command_word(args, options_before);
    // Only the command asked for: setting up all of them costs more than most commands' work.
    CommandLine line(command_word ? command_word->name : std::string_view(), options_before);
    try {
      // CLI11 takes the words last to first.
      std::vector<std::string> reversed(args.rbegin(), args.rend());
      line.app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
      return print_help(line, lang);
    } catch (const CLI::CallForAllHelp&) {
      return print_help(line, lang);
    } catch (const CLI::CallForVersion&) {
      return print_text(std::string("ctoladder ") + CTOLADDER_VERSION + "\n", lang);
    } catch (const CLI::ParseError& e) {
      // `describe cto architect --help`: the help asked for, not the mistake before it.
      for (const auto& arg : args) {
        if (arg == "--") break;
        if (arg == "-h" || arg == "--help") return print_help(line, lang);
      }
      Error explained = explain_parse_error(
          e, args, line.app, chosen_command(line).first ? chosen_command(line).first : command_word);
      // `list --color sometimes`: the word refused as an argument too many was meant as the colour.
      if (explained.message(Lang::en).starts_with("too many arguments")) {
        for (const auto& word : after_bare_colour())
          if (explained.message(Lang::en).find(word) != std::string::npos)
            throw colour_value_error(word);
      }
      throw explained;
    }
    for (const auto* list : {&line.before.roles, &line.after.roles})
      for (const auto& folder : *list)
        roles_given += fmt::format("--roles {} ",
                                   folder.find_first_of(" '\"$") == std::string::npos
                                       ? folder
                                       : "'" + folder + "'");
    return run_parsed(line);
  } catch (const Error& e) {
    // The core's hints name commands without the user's --roles; a 'ctoladder list' that
    // forgot them would list other roles than the ones asked about.
    std::string hint = e.hint(lang);
    if (auto at = hint.find("'ctoladder list'"); at != std::string::npos && !roles_given.empty())
      hint.replace(at, 16, "'ctoladder " + roles_given + "list'");
    // Forgetting --roles is the usual reason a role of one's own is unknown.
    if (e.kind() == ErrorKind::unknown_role && roles_given.empty() && !hint.empty())
      hint += tr(lang, "; a role of your own needs its folder: --roles FOLDER",
                 "；你自己的角色需要用 --roles FOLDER 指明所在目录");
    print_error(e.message(lang), hint);
    return e.kind() == ErrorKind::io ? kOutputError : kBadInput;
  } catch (const std::bad_alloc&) {
    print_error(tr(lang, "out of memory", "内存不足"));
    return kInternal;
  } catch (const std::exception& e) {
    print_error(fmt::format(fmt::runtime(tr(lang, "internal error: {} (please report this)",
                                            "内部错误：{}（请报告此问题）")),
                            e.what()));
    return kInternal;
  }
}

}  // namespace ctoladder::cli
