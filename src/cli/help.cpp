#include "help.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "cli.hpp"
#include "ctoladder/format.hpp"
#include "ctoladder/text.hpp"

namespace ctoladder::cli {
namespace {

constexpr std::size_t kIndent = 2;  // before a name
constexpr std::size_t kGap = 3;     // between the names and their description
// Below this many columns for descriptions, each description goes under its names instead.
constexpr std::size_t kMinDescription = 24;
constexpr std::size_t kStackedIndent = 6;

// "a, b or c".
std::string or_list(const std::vector<std::string>& words) {
  if (words.size() < 2) return words.empty() ? std::string() : words.front();
  std::vector<std::string> head(words.begin(), words.end() - 1);
  return fmt::format("{} or {}", fmt::join(head, ", "), words.back());
}

struct Row {
  std::string names;
  std::string description;
};

// Rows as a two-column list: names, then the description wrapped beside them; under them when
// the terminal leaves too little room beside.
void add_rows(std::string& out, const std::vector<Row>& rows, std::size_t width) {
  std::size_t names_width = 0;
  for (const auto& row : rows) names_width = std::max(names_width, text::display_width(row.names));
  std::size_t column = kIndent + names_width + kGap;
  bool stacked = width != 0 && width < column + kMinDescription;
  for (const auto& row : rows) {
    std::string indent(kIndent, ' ');
    if (stacked) {
      // Names at the left edge, each description indented under its names.
      std::string_view names = row.names;
      while (names.starts_with(' ')) names.remove_prefix(1);
      while (names.ends_with(' ')) names.remove_suffix(1);
      out += indent + std::string(names) + "\n";
      for (const auto& line : text::wrap(row.description, width - kStackedIndent))
        out += std::string(kStackedIndent, ' ') + line + "\n";
      continue;
    }
    auto lines = text::wrap(row.description, width == 0 ? 0 : width - column);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      std::string line =
          i == 0 ? indent + text::pad_right(row.names, names_width + kGap) + lines[i]
                 : std::string(column, ' ') + lines[i];
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
    }
  }
}

void heading(std::string& out, std::string_view title) {
  out += "\n";
  out += title;
  out += "\n";
}

// Words of a shell command, split at spaces outside quotes: a line may break only there.
std::vector<std::string> shell_words(std::string_view command) {
  std::vector<std::string> words(1);
  char quote = 0;
  for (char ch : command) {
    if (quote) {
      if (ch == quote) quote = 0;
    } else if (ch == '\'' || ch == '"') {
      quote = ch;
    } else if (ch == ' ') {
      if (!words.back().empty()) words.emplace_back();
      continue;
    }
    words.back() += ch;
  }
  return words;
}

// "  # note" lines, then "  $ command", continued with " \" on the next lines when it is wider
// than the terminal: still a command a shell runs as typed.
void add_example(std::string& out, const Example& example, std::size_t width) {
  constexpr std::string_view kPrompt = "  $ ";
  constexpr std::string_view kContinued = "      ";
  if (!example.note.empty())
    for (const auto& line : text::wrap(example.note, width == 0 ? 0 : std::max<std::size_t>(
                                                                          width, 24) - 4))
      out += "  # " + line + "\n";
  std::string line(kPrompt);
  std::size_t line_words = 0;
  for (const auto& word : shell_words(example.command)) {
    // Room for " word" and, should another line follow, " \".
    if (width != 0 && line_words > 0 &&
        text::display_width(line) + 1 + text::display_width(word) + 2 > width) {
      out += line + " \\\n";
      line = std::string(kContinued);
      line_words = 0;
    }
    if (line_words > 0) line += ' ';
    line += word;
    ++line_words;
  }
  out += line + "\n";
}

bool is_inherited(const CLI::Option& option) {
  return option.get_group() == kInheritedGroup;
}

// "-o, --output FILE"; "    --format FORMAT" when some row has a short name, so long names line
// up.
std::string option_names(const CLI::Option& option, bool any_short) {
  std::string names;
  const auto& shorts = option.get_snames();
  const auto& longs = option.get_lnames();
  if (!shorts.empty())
    names = "-" + shorts.front() + (longs.empty() ? "" : ", ");
  else if (any_short)
    names = "    ";
  if (!longs.empty()) names += "--" + longs.front();
  if (option.get_expected_max() != 0) {
    std::string value = option.get_option_text();
    if (value.empty()) {
      value = longs.empty() ? std::string("VALUE") : longs.front();
      std::transform(value.begin(), value.end(), value.begin(), [](unsigned char ch) {
        return ch == '-' ? '_' : static_cast<char>(std::toupper(ch));
      });
    }
    names += " " + value;
  }
  return names;
}

// The flags of `app` (its own, or the inherited ones), and -h/--help with the inherited ones.
std::vector<Row> flag_rows(const CLI::App& app, const Command* command, bool inherited,
                           std::string_view help_text, bool any_short) {
  std::vector<Row> rows;
  const CLI::Option* help = app.get_help_ptr();
  for (const CLI::Option* option : app.get_options()) {
    if (!option->nonpositional() || option == help || option->get_group().empty()) continue;
    if (is_inherited(*option) != inherited) continue;
    std::string description = option->get_description();
    if (option->check_name("--format")) description = format_description(command);
    rows.push_back({option_names(*option, any_short), description});
  }
  if (inherited && help) rows.push_back({option_names(*help, any_short), std::string(help_text)});
  return rows;
}

bool has_short_names(const CLI::App& app) {
  for (const CLI::Option* option : app.get_options())
    if (option->nonpositional() && !option->get_snames().empty() && !option->get_group().empty())
      return true;
  return false;
}

void add_exit_codes(std::string& out, std::size_t width) {
  heading(out, "EXIT CODES");
  add_rows(out,
           {{"0", "Success (diff: the roles are the same)"},
            {"1", "diff: the roles differ; search: nothing matches; gap --min: coverage is below "
                  "the minimum"},
            {"2", "Bad input: a usage error, an unknown role or overlay, role files that do not "
                  "load or validate"},
            {"3", "The output could not be written (e.g. the disk is full)"},
            {"4", "Internal error (a bug: please report it)"}},
           width);
}

}  // namespace

std::string drawn_by(Format format) {
  std::vector<std::string_view> who;
  for (const auto& command : commands())
    for (Format drawn : command.pictures)
      if (drawn == format) who.push_back(command.name);
  return fmt::format("{}", fmt::join(who, ", "));
}

std::vector<std::string> format_names_for(const Command* command) {
  std::vector<std::string> names;
  for (const auto& format : formats()) {
    bool drawn = !command;
    if (command)
      for (Format picture : command->pictures) drawn = drawn || picture == format.format;
    if (!format.picture || drawn) names.emplace_back(format.name);
  }
  return names;
}

std::string format_description(const Command* command) {
  if (command)
    return fmt::format("Output format: {} (default: text)", or_list(format_names_for(command)));
  // Before the command word: pictures name the commands that draw them.
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
  return fmt::format("Output format: {} (default: text); pictures: {}", fmt::join(plain, ", "),
                     fmt::join(pictures, ", "));
}

std::string usage_line(const Command& command) {
  return fmt::format("ctoladder {} {}", command.name, command.usage);
}

std::string main_help(const CLI::App& app, std::size_t width) {
  std::string out = "ctoladder knows the software-engineering career ladder, from programmer to "
                    "CTO: describe, compare and search roles, walk growth paths, measure gaps.\n";
  if (width != 0) {
    std::string wrapped;
    for (const auto& line : text::wrap(out.substr(0, out.size() - 1), width)) wrapped += line + "\n";
    out = wrapped;
  }
  heading(out, "USAGE");
  out += "  ctoladder COMMAND [ARGS...] [flags]\n";
  heading(out, "COMMANDS");
  std::vector<Row> rows;
  for (const auto& command : commands())
    if (!command.hidden) rows.push_back({std::string(command.name), std::string(command.summary)});
  add_rows(out, rows, width);
  heading(out, "FLAGS");
  bool any_short = has_short_names(app);
  rows = flag_rows(app, nullptr, /*inherited=*/true, "Show help for ctoladder or a command",
                   any_short);
  if (app.get_option_no_throw("--version"))
    rows.push_back({any_short ? "    --version" : "--version", "Print the version"});
  add_rows(out, rows, width);
  heading(out, "EXAMPLES");
  for (const Example& example :
       {Example{"What a CTO does, by domain", "ctoladder describe cto"},
        Example{"Two roles side by side", "ctoladder compare architect cto"},
        Example{"From programmer to CTO, step by step", "ctoladder path programmer cto"},
        Example{"Data for scripts", "ctoladder diff cto@china cto@us --format json | jq .summary"}})
    add_example(out, example, width);
  add_exit_codes(out, width);
  heading(out, "LEARN MORE");
  add_rows(out,
           {{"ctoladder help COMMAND", "A command's arguments, flags and examples (or "
                                       "'ctoladder COMMAND --help')"},
            {"man ctoladder", "The manual: role files, environment, files"}},
           width);
  return out;
}

std::string command_help(const Command& command, const CLI::App& sub, std::size_t width) {
  std::string out;
  for (const auto& line : text::wrap(command.summary, width)) out += line + "\n";
  heading(out, "USAGE");
  std::string usage = usage_line(command);
  for (const auto& line : text::wrap(usage, width == 0 ? 0 : std::max<std::size_t>(width, 8) - 2))
    out += "  " + line + "\n";

  std::vector<Row> arguments;
  for (const CLI::Option* option : sub.get_options())
    if (!option->nonpositional() && !option->get_group().empty())
      arguments.push_back({option->get_option_text(), option->get_description()});
  if (!arguments.empty()) {
    heading(out, "ARGUMENTS");
    add_rows(out, arguments, width);
  }

  // One name column for both lists of flags, so they line up.
  bool any_short = has_short_names(sub);
  std::string help_text = fmt::format("Show help for {}", command.name);
  std::vector<Row> own = flag_rows(sub, &command, false, help_text, any_short);
  std::vector<Row> inherited = flag_rows(sub, &command, true, help_text, any_short);
  std::size_t names_width = 0;
  for (const auto* rows : {&own, &inherited})
    for (const auto& row : *rows) names_width = std::max(names_width, text::display_width(row.names));
  for (auto* rows : {&own, &inherited})
    if (!rows->empty()) rows->front().names = text::pad_right(rows->front().names, names_width);
  if (!own.empty()) {
    heading(out, "FLAGS");
    add_rows(out, own, width);
  }
  heading(out, "INHERITED FLAGS");
  add_rows(out, inherited, width);

  if (!command.examples.empty()) {
    heading(out, "EXAMPLES");
    for (const Example& example : command.examples) add_example(out, example, width);
  }
  heading(out, "LEARN MORE");
  add_rows(out,
           {{"ctoladder help", "Every command, and the exit codes"},
            {"man ctoladder", "The manual: role files, environment, files"}},
           width);
  return out;
}

}  // namespace ctoladder::cli
