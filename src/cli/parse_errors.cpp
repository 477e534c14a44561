// Parse errors in our own words. CLI11 decides whether a command line parses; when it does not,
// this walks the words again to say what is wrong the way a person would ("unknown flag
// '--formt' for 'list' (did you mean '--format'?)", "too many arguments for 'describe': it takes
// 1 (ROLE), got 2: cto architect"), with the command's usage line as the hint. The walk only
// chooses the words of a failure CLI11 found, so it can never make a good command line fail.
#include "parse_errors.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <regex>

#include "ctoladder/text.hpp"
#include "help.hpp"

namespace ctoladder::cli {
namespace {

const CLI::App* find_subcommand(const CLI::App& app, std::string_view name) {
  for (const CLI::App* sub : app.get_subcommands({}))
    if (sub->get_name() == name) return sub;
  return nullptr;
}

bool takes_value(const CLI::Option& option) {
  return option.get_expected_max() != 0;
}

const CLI::Option* find_flag(const CLI::App& scope, const std::string& name) {
  for (const CLI::Option* option : scope.get_options())
    if (option->nonpositional() && option->check_name(name)) return option;
  return nullptr;
}

// "--format" (a long name), "-o" (a short one), as typed: "--format=json" is "--format", "-ojson"
// is "-o".
std::string flag_name(std::string_view word) {
  if (word.starts_with("--")) return std::string(word.substr(0, word.find('=')));
  return std::string(word.substr(0, 2));
}

bool has_inline_value(std::string_view word) {
  return word.starts_with("--") ? word.find('=') != std::string_view::npos : word.size() > 2;
}

// A negative number is a value, not a flag.
bool looks_like_flag(std::string_view word) {
  return word.size() > 1 && word[0] == '-' && !(word[1] >= '0' && word[1] <= '9');
}

Text usage_hint(const Command* command) {
  if (!command)
    return {"usage: ctoladder COMMAND [ARGS...] [flags] ('ctoladder --help' for more)",
            "用法：ctoladder 命令 [参数...] [选项]（详见 'ctoladder --help'）"};
  return {fmt::format("usage: {} ('ctoladder {} --help' for more)", usage_line(*command),
                      command->name),
          fmt::format("用法：{}（详见 'ctoladder {} --help'）", usage_line(*command, Lang::zh),
                      command->name)};
}

// The values a one_of check allows, from its description "{a,b,c}".
std::vector<std::string> offered_values(const CLI::Option& option) {
  std::vector<std::string> values;
  std::string type = option.get_type_name();
  auto open = type.find('{');
  auto close = type.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return values;
  std::string list = type.substr(open + 1, close - open - 1);
  for (std::size_t start = 0; start <= list.size();) {
    std::size_t comma = std::min(list.find(',', start), list.size());
    if (comma > start) values.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return values;
}

std::string value_name(const CLI::Option& option, Lang lang = Lang::en) {
  std::string text = option.get_option_text();
  return text.empty() ? tr(lang, "a value", "一个值") : text;
}

// What the words say, read the way CLI11 reads them.
struct Walk {
  std::string unknown_flag;                   // the first flag no scope knows, as typed
  // A flag that needs a value and has none: at the end, before another flag, or `--width=`
  // (CLI11 would take the next word, `--width= --format tsv` reads "--format" as the width).
  const CLI::Option* missing_value = nullptr;
  // A switch given a value it cannot read as true or false: `--no-header=maybe`.
  const CLI::Option* switch_value = nullptr;
  std::string switch_word;
  std::vector<std::string> positionals;       // the command's
};

Walk walk(const std::vector<std::string>& args, const CLI::App& root, const Command* command) {
  Walk w;
  const CLI::App* scope = &root;
  bool after_dashes = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (!after_dashes && word == "--") {
      after_dashes = true;
      continue;
    }
    if (!after_dashes && looks_like_flag(word)) {
      const CLI::Option* option = find_flag(*scope, flag_name(word));
      if (!option) {
        w.unknown_flag = word.starts_with("--") ? flag_name(word) : word;
        return w;
      }
      if (!takes_value(*option)) {
        // CLI11 reads `--no-header=false` as a switch turned off; anything else is a mistake.
        if (word.starts_with("--") && has_inline_value(word)) {
          bool readable = true;
          try {
            CLI::detail::to_flag_value(word.substr(word.find('=') + 1));
          } catch (const std::exception&) {
            readable = false;
          }
          if (!readable) {
            w.switch_value = option;
            w.switch_word = word;
            return w;
          }
        }
        continue;
      }
      if (word.starts_with("--") && word.ends_with("=")) {
        w.missing_value = option;
        return w;
      }
      if (has_inline_value(word)) continue;
      if (i + 1 >= args.size() || (looks_like_flag(args[i + 1]) && args[i + 1] != "-")) {
        w.missing_value = option;
        return w;
      }
      ++i;  // its value
      continue;
    }
    if (scope == &root && command && word == command->name) {
      if (const CLI::App* sub = find_subcommand(root, word)) scope = sub;
      continue;
    }
    w.positionals.push_back(word);
  }
  return w;
}

// How many positional words the command takes: at least `min`, at most `max`; `names` as help
// shows them.
struct Expected {
  std::size_t min = 0, max = 0;
  std::vector<std::string> names;
};

Expected expected_positionals(const CLI::App& sub) {
  Expected e;
  for (const CLI::Option* option : sub.get_options()) {
    if (option->nonpositional() || option->get_group().empty()) continue;
    int most = option->get_items_expected_max();
    int least = option->get_required() ? std::max(1, option->get_items_expected_min()) : 0;
    e.min += static_cast<std::size_t>(least);
    e.max = most >= (1 << 20) || e.max >= (1u << 20) ? (1u << 20)
                                                     : e.max + static_cast<std::size_t>(most);
    e.names.push_back(option->get_option_text());
  }
  return e;
}

std::optional<Error> positional_error(const Walk& w, const CLI::App& sub, const Command& command) {
  Expected e = expected_positionals(sub);
  std::size_t got = w.positionals.size();
  if (got >= e.min && got <= e.max) return std::nullopt;
  std::string names = fmt::format("{}", fmt::join(e.names, " "));
  auto takes = [&](Lang lang) {
    // The Chinese puts a space between a Chinese word and a number, none between two words:
    // "应为 1 个", "应为至少 1 个".
    return e.max == 0             ? tr(lang, "none", " 0 个")
           : e.max >= (1u << 20) ? fmt::format(fmt::runtime(tr(lang, "at least {} ({})", "至少 {} 个（{}）")), e.min, names)
           : e.min == e.max      ? fmt::format(fmt::runtime(tr(lang, "{} ({})", " {} 个（{}）")), e.max, names)
                                 : fmt::format(fmt::runtime(tr(lang, "up to {} ({})", "至多 {} 个（{}）")), e.max, names);
  };
  auto given = [&](Lang lang) {
    return got == 0 ? tr(lang, "none", " 0 个")
                    : fmt::format(fmt::runtime(tr(lang, "{}: {}", " {} 个：{}")), got,
                                  fmt::join(w.positionals, " "));
  };
  return Error(ErrorKind::usage,
               Text{fmt::format("{} for '{}': it takes {}, got {}",
                                got > e.max ? "too many arguments" : "missing argument",
                                command.name, takes(Lang::en), given(Lang::en)),
                    fmt::format("'{}' 的参数{}：应为{}，实际{}", command.name,
                                got > e.max ? "过多" : "不足", takes(Lang::zh), given(Lang::zh))},
               usage_hint(&command));
}

// The Chinese of what one_of and number_in say (commands.cpp), as CLI11 reports it:
// "--lang: 'fr' is not one of en, zh (did you mean 'en'?)", "--min: '200' is not a number from 0
// to 100".
std::optional<std::string> validation_message_zh(const std::string& message) {
  static const std::regex one_of(R"(^(\S+): '(.*)' is not one of (.*?)( \(did you mean '(.*)'\?\))?$)");
  static const std::regex number(R"(^(\S+): '(.*)' is not a (whole )?number from (\S+) to (\S+)$)");
  std::smatch m;
  if (std::regex_match(message, m, one_of)) {
    std::string zh = fmt::format("{} 的值 '{}' 无效，可选：{}", m[1].str(), m[2].str(), m[3].str());
    if (m[5].matched) zh += fmt::format("（是否想用 '{}'？）", m[5].str());
    return zh;
  }
  if (std::regex_match(message, m, number))
    return fmt::format("{} 的值 '{}' 无效：应为 {} 到 {} 之间的{}", m[1].str(), m[2].str(),
                       m[4].str(), m[5].str(), m[3].matched ? "整数" : "数");
  return std::nullopt;
}

}  // namespace

Error unknown_command_error(std::string_view word) {
  std::vector<std::string> names;
  for (const auto& command : commands())
    if (!command.hidden) names.emplace_back(command.name);
  auto suggestion = text::closest_match(word, names);
  return Error(ErrorKind::usage,
               suggestion
                   ? Text{fmt::format("unknown command '{}' (did you mean '{}'?)", word, *suggestion),
                          fmt::format("未知命令 '{}'（是否想用 '{}'？）", word, *suggestion)}
                   : Text{fmt::format("unknown command '{}'", word),
                          fmt::format("未知命令 '{}'", word)},
               Text{fmt::format("commands: {}; run 'ctoladder --help'", fmt::join(names, ", ")),
                    fmt::format("可用命令：{}；详见 'ctoladder --help'", fmt::join(names, ", "))});
}

Error unknown_flag_error(std::string_view typed, const CLI::App& scope, const Command* command) {
  std::string where = command ? fmt::format(" for '{}'", command->name) : std::string();
  std::string where_zh = command ? fmt::format("'{}' 的", command->name) : std::string();
  std::vector<std::string> names;
  for (const CLI::Option* option : scope.get_options()) {
    if (!option->nonpositional() || option->get_group().empty()) continue;
    for (const auto& name : option->get_lnames()) names.push_back("--" + name);
  }
  std::string word(typed);
  // "-format": one dash too few.
  std::optional<std::string> suggestion;
  if (!word.starts_with("--") && word.size() > 2 &&
      std::find(names.begin(), names.end(), "-" + word) != names.end())
    suggestion = "-" + word;
  else
    suggestion = text::closest_match(word, names);
  if (suggestion)
    return Error(ErrorKind::usage,
                 Text{fmt::format("unknown flag '{}'{} (did you mean '{}'?)", word, where,
                                  *suggestion),
                      fmt::format("{}未知选项 '{}'（是否想用 '{}'？）", where_zh, word, *suggestion)},
                 usage_hint(command));
  // A flag of other commands: say which.
  CommandLine all;
  std::vector<std::string_view> owners;
  std::string name = flag_name(word);
  for (const auto& other : commands()) {
    if (other.hidden || &other == command) continue;
    if (const CLI::App* sub = find_subcommand(all.app, other.name))
      if (find_flag(*sub, name)) owners.push_back(other.name);
  }
  if (!owners.empty() && !command)
    return Error(ErrorKind::usage,
                 Text{fmt::format("unknown flag '{}' before the command: it is a flag of {}", word,
                                  fmt::join(owners, ", ")),
                      fmt::format("命令前的选项 '{}' 无效：它是 {} 的选项", word,
                                  fmt::join(owners, "、"))},
                 Text{fmt::format("put it after the command word: ctoladder {} {}",
                                  owners.front(), word),
                      fmt::format("请放在命令之后：ctoladder {} {}", owners.front(), word)});
  // `list -o x`: the command writes to standard output, a redirection does what -o would.
  auto hint_for = [&](const std::string& flag) {
    if (!command || (flag != "--output" && flag != "-o")) return usage_hint(command);
    return Text{fmt::format("'{}' writes to standard output: ctoladder {} ... > FILE",
                            command->name, command->name),
                fmt::format("'{}' 写到标准输出：ctoladder {} ... > FILE", command->name,
                            command->name)};
  };
  if (!owners.empty())
    return Error(ErrorKind::usage,
                 Text{fmt::format("unknown flag '{}'{}: it is a flag of {}", word, where,
                                  fmt::join(owners, ", ")),
                      fmt::format("{}未知选项 '{}'：它是 {} 的选项", where_zh, word,
                                  fmt::join(owners, "、"))},
                 hint_for(name));
  // A near miss of another command's flag: `list --ouput` is `--output`, which list lacks.
  std::vector<std::string> elsewhere;
  for (const auto& other : commands()) {
    if (other.hidden || &other == command) continue;
    if (const CLI::App* sub = find_subcommand(all.app, other.name))
      for (const CLI::Option* option : sub->get_options())
        if (option->nonpositional() && !option->get_group().empty())
          for (const auto& long_name : option->get_lnames()) elsewhere.push_back("--" + long_name);
  }
  if (auto near = text::closest_match(word, elsewhere); near && command) {
    for (const auto& other : commands()) {
      if (other.hidden || &other == command) continue;
      if (const CLI::App* sub = find_subcommand(all.app, other.name))
        if (find_flag(*sub, *near)) owners.push_back(other.name);
    }
    return Error(
        ErrorKind::usage,
        Text{fmt::format("unknown flag '{}'{}: '{}' is a flag of {}, not of '{}'", word, where,
                         *near, fmt::join(owners, ", "), command->name),
             fmt::format("{}未知选项 '{}'：'{}' 是 {} 的选项，'{}' 没有", where_zh, word, *near,
                         fmt::join(owners, "、"), command->name)},
        hint_for(*near));
  }
  return Error(ErrorKind::usage,
               Text{fmt::format("unknown flag '{}'{}", word, where),
                    fmt::format("{}未知选项 '{}'", where_zh, word)},
               usage_hint(command));
}

Error explain_parse_error(const CLI::ParseError& error, const std::vector<std::string>& args,
                          const CLI::App& root, const Command* command) {
  Walk w = walk(args, root, command);
  const CLI::App* sub =
      command ? find_subcommand(root, command->name) : nullptr;
  if (!w.unknown_flag.empty()) return unknown_flag_error(w.unknown_flag, sub ? *sub : root, command);
  if (w.missing_value) {
    auto values = offered_values(*w.missing_value);
    std::string name = w.missing_value->get_name();
    return Error(ErrorKind::usage,
                 values.empty()
                     ? Text{fmt::format("{} needs a value ({})", name, value_name(*w.missing_value)),
                            fmt::format("{} 需要一个值（{}）", name,
                                        value_name(*w.missing_value, Lang::zh))}
                     : Text{fmt::format("{} needs a value: {}", name, fmt::join(values, ", ")),
                            fmt::format("{} 需要一个值：{}", name, fmt::join(values, "、"))},
                 usage_hint(command));
  }
  if (w.switch_value) {
    std::string name = w.switch_value->get_name();
    std::string value = w.switch_word.substr(w.switch_word.find('=') + 1);
    return Error(ErrorKind::usage,
                 Text{fmt::format("{} is a switch: it takes no value, not '{}'", name, value),
                      fmt::format("{} 是开关选项，不接受值 '{}'", name, value)},
                 Text{fmt::format("write {} alone (or {}=false to leave it off); {}", name, name,
                                  usage_hint(command).en),
                      fmt::format("单独写 {}（或写 {}=false 表示不开启）；{}", name, name,
                                  usage_hint(command).zh)});
  }
  if (sub && command)
    if (auto problem = positional_error(w, *sub, *command)) return *problem;
  std::string raw = error.what();
  // "--from is required": the only RequiredError left once the positionals are counted.
  if (error.get_name() == "RequiredError" && command && raw.ends_with(" is required")) {
    std::string name = raw.substr(0, raw.size() - std::string_view(" is required").size());
    const CLI::Option* option = sub ? find_flag(*sub, name) : nullptr;
    std::string value = option ? " " + value_name(*option) : std::string();
    return Error(ErrorKind::usage,
                 Text{fmt::format("'{}' needs {}{}", command->name, name, value),
                      fmt::format("'{}' 需要 {}{}", command->name, name, value)},
                 usage_hint(command));
  }
  // Our validators (one_of, number_in) word CLI11's ValidationError: "--lang: 'fr' is not ...".
  if (auto zh = validation_message_zh(raw))
    return Error(ErrorKind::usage, Text{raw, *zh}, usage_hint(command));
  // A failure none of the above explains: CLI11's words, inside ours and in the user's language.
  Text message{fmt::format("cannot read the command line: {}", raw),
               fmt::format("无法解析命令行：{}", raw)};
  return Error(ErrorKind::usage, message, usage_hint(command));
}

}  // namespace ctoladder::cli
