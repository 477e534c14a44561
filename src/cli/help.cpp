#include "help.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "cli.hpp"
#include "ctoladder/format.hpp"
#include "ctoladder/text.hpp"
#include "flags_zh.hpp"

namespace ctoladder::cli {
namespace {

constexpr std::size_t kIndent = 2;  // before a name
constexpr std::size_t kGap = 3;     // between the names and their description
// Below this many columns for descriptions, each description goes under its names instead.
constexpr std::size_t kMinDescription = 24;
constexpr std::size_t kStackedIndent = 6;

// "a, b or c"; "a、b 或 c".
std::string or_list(const std::vector<std::string>& words, Lang lang) {
  if (words.size() < 2) return words.empty() ? std::string() : words.front();
  std::vector<std::string> head(words.begin(), words.end() - 1);
  return fmt::format(fmt::runtime(tr(lang, "{} or {}", "{} 或 {}")),
                     fmt::join(head, tr(lang, ", ", "、")), words.back());
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
void add_example(std::string& out, const Example& example, std::size_t width, Lang lang) {
  constexpr std::string_view kPrompt = "  $ ";
  constexpr std::string_view kContinued = "      ";
  if (!example.note.empty())
    for (const auto& line : text::wrap(example.shown_note(lang), width == 0 ? 0 : std::max<std::size_t>(
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
                           std::string_view help_text, bool any_short, Lang lang) {
  std::vector<Row> rows;
  const CLI::Option* help = app.get_help_ptr();
  for (const CLI::Option* option : app.get_options()) {
    if (!option->nonpositional() || option == help || option->get_group().empty()) continue;
    if (is_inherited(*option) != inherited) continue;
    std::string description = flag_text(option->get_description(), lang);
    if (option->check_name("--format")) description = format_description(command, lang);
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

void add_exit_codes(std::string& out, std::size_t width, Lang lang) {
  heading(out, tr(lang, "EXIT CODES", "退出码"));
  add_rows(out,
           {{"0", tr(lang, "Success (diff: the roles are the same)", "成功（diff：两个角色相同）")},
            {"1", tr(lang,
                     "diff: the roles differ; search: nothing matches; gap --min: coverage is "
                     "below the minimum",
                     "diff：两个角色不同；search：没有匹配；gap --min：覆盖率低于下限")},
            {"2", tr(lang,
                     "Bad input: a usage error, an unknown role or overlay, role files that do "
                     "not load or validate",
                     "输入有误：用法错误、未知的角色或叠加项、无法加载或校验不通过的角色文件")},
            {"3", tr(lang, "The output could not be written (e.g. the disk is full)",
                     "无法写出输出（如磁盘已满）")},
            {"4", tr(lang, "Internal error (a bug: please report it)",
                     "内部错误（程序缺陷，请报告）")}},
           width);
}

}  // namespace

std::string drawn_by(Format format) {
  std::vector<std::string_view> who;
  for (const auto& command : commands())
    if (!command.hidden && writes_format(command, format)) who.push_back(command.name);
  return fmt::format("{}", fmt::join(who, ", "));
}

std::vector<std::string> format_names_for(const Command* command) {
  std::vector<std::string> names;
  for (const auto& format : formats())
    if (!command || writes_format(*command, format.format)) names.emplace_back(format.name);
  return names;
}

std::string format_description(const Command* command, Lang lang) {
  if (command) {
    std::string_view fallback = format_info(default_format(*command)).name;
    if (command->formats.size() == 1)
      return fmt::format(fmt::runtime(tr(lang, "Output format: {} only", "输出格式：只有 {}")),
                         fallback);
    return fmt::format(fmt::runtime(tr(lang, "Output format: {} (default: {})",
                                       "输出格式：{}（默认：{}）")),
                       or_list(format_names_for(command), lang), fallback);
  }
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
                                    : fmt::format(fmt::runtime(tr(lang, "{} ({})", "{}（{}）")),
                                                  format.name, who));
  }
  return fmt::format(fmt::runtime(tr(lang, "Output format: {} (default: text); pictures: {}",
                                     "输出格式：{}（默认：text）；图形：{}")),
                     fmt::join(plain, tr(lang, ", ", "、")),
                     fmt::join(pictures, tr(lang, ", ", "、")));
}

std::string usage_line(const Command& command, Lang lang) {
  std::string usage(command.usage);
  if (auto at = usage.find("[flags]"); at != std::string::npos && lang == Lang::zh)
    usage.replace(at, 7, "[选项]");
  return fmt::format("ctoladder {} {}", command.name, usage);
}

std::string main_help(const CLI::App& app, std::size_t width, Lang lang) {
  std::string out = tr(lang,
                       "ctoladder knows the software-engineering career ladder, from programmer to "
                       "CTO: describe, compare and search roles, walk growth paths, measure gaps.\n",
                       "ctoladder 了解软件工程师的职业阶梯，从程序员到 CTO：描述、对比和搜索角色，"
                       "查看晋升路径，衡量能力差距。\n");
  if (width != 0) {
    std::string wrapped;
    for (const auto& line : text::wrap(out.substr(0, out.size() - 1), width)) wrapped += line + "\n";
    out = wrapped;
  }
  heading(out, tr(lang, "USAGE", "用法"));
  out += tr(lang, "  ctoladder COMMAND [ARGS...] [flags]\n", "  ctoladder 命令 [参数...] [选项]\n");
  heading(out, tr(lang, "COMMANDS", "命令"));
  std::vector<Row> rows;
  for (const auto& command : commands())
    if (!command.hidden)
      rows.push_back({std::string(command.name), std::string(shown_summary(command, lang))});
  add_rows(out, rows, width);
  heading(out, tr(lang, "FLAGS", "选项"));
  bool any_short = has_short_names(app);
  rows = flag_rows(app, nullptr, /*inherited=*/true,
                   tr(lang, "Show help for ctoladder or a command", "显示 ctoladder 或某个命令的帮助"),
                   any_short, lang);
  if (app.get_option_no_throw("--version"))
    rows.push_back({any_short ? "    --version" : "--version", tr(lang, "Print the version", "显示版本")});
  add_rows(out, rows, width);
  heading(out, tr(lang, "EXAMPLES", "示例"));
  for (const Example& example :
       {Example{"What a CTO does, by domain", "ctoladder describe cto", "CTO 做什么，按领域分组"},
        Example{"Two roles side by side", "ctoladder compare architect cto", "并排对比两个角色"},
        Example{"From programmer to CTO, step by step", "ctoladder path programmer cto",
                "从程序员到 CTO，一步一步"},
        Example{"Data for scripts", "ctoladder diff cto@china cto@us --format json | jq .summary",
                "供脚本使用的数据"}})
    add_example(out, example, width, lang);
  add_exit_codes(out, width, lang);
  heading(out, tr(lang, "LEARN MORE", "了解更多"));
  add_rows(out,
           {{"ctoladder help COMMAND",
             tr(lang, "A command's arguments, flags and examples (or 'ctoladder COMMAND --help')",
                "某个命令的参数、选项和示例（或 'ctoladder COMMAND --help'）")},
            {"man ctoladder", tr(lang, "The manual: role files, environment, files",
                                 "手册：角色文件、环境变量、文件（英文）")}},
           width);
  return out;
}

std::string command_help(const Command& command, const CLI::App& sub, std::size_t width,
                         Lang lang) {
  std::string out;
  for (const auto& line : text::wrap(shown_summary(command, lang), width)) out += line + "\n";
  heading(out, tr(lang, "USAGE", "用法"));
  std::string usage = usage_line(command, lang);
  for (const auto& line : text::wrap(usage, width == 0 ? 0 : std::max<std::size_t>(width, 8) - 2))
    out += "  " + line + "\n";

  std::vector<Row> arguments;
  for (const CLI::Option* option : sub.get_options())
    if (!option->nonpositional() && !option->get_group().empty())
      arguments.push_back({option->get_option_text(), flag_text(option->get_description(), lang)});
  if (!arguments.empty()) {
    heading(out, tr(lang, "ARGUMENTS", "参数"));
    add_rows(out, arguments, width);
  }

  // One name column for both lists of flags, so they line up.
  bool any_short = has_short_names(sub);
  std::string help_text = fmt::format(fmt::runtime(tr(lang, "Show help for {}", "显示 {} 的帮助")),
                                      command.name);
  std::vector<Row> own = flag_rows(sub, &command, false, help_text, any_short, lang);
  std::vector<Row> inherited = flag_rows(sub, &command, true, help_text, any_short, lang);
  std::size_t names_width = 0;
  for (const auto* rows : {&own, &inherited})
    for (const auto& row : *rows) names_width = std::max(names_width, text::display_width(row.names));
  for (auto* rows : {&own, &inherited})
    if (!rows->empty()) rows->front().names = text::pad_right(rows->front().names, names_width);
  if (!own.empty()) {
    heading(out, tr(lang, "FLAGS", "选项"));
    add_rows(out, own, width);
  }
  heading(out, tr(lang, "INHERITED FLAGS", "继承的选项"));
  add_rows(out, inherited, width);

  if (!command.examples.empty()) {
    heading(out, tr(lang, "EXAMPLES", "示例"));
    for (const Example& example : command.examples) add_example(out, example, width, lang);
  }
  heading(out, tr(lang, "LEARN MORE", "了解更多"));
  add_rows(out,
           {{"ctoladder help", tr(lang, "Every command, and the exit codes", "所有命令及退出码")},
            {"man ctoladder", tr(lang, "The manual: role files, environment, files",
                                 "手册：角色文件、环境变量、文件（英文）")}},
           width);
  return out;
}

}  // namespace ctoladder::cli
