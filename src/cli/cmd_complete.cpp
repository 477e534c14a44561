// `__complete` (hidden): candidates for the last word of a command line being typed, for the shell
// completion scripts in completions/. Driven by the CLI11 app built from the command table, so a
// new command or option completes without touching the scripts.
//
//   ctoladder __complete describe ar      -> architect
//   ctoladder __complete describe cto@    -> cto@startup, cto@enterprise, cto@us, cto@china
//   ctoladder __complete --commands       -> "command<TAB>option<TAB>option..." per command
//
// Candidates are printed one per line. A value that is a path prints the single line ":files" or
// ":dirs" instead, and the script lets the shell complete file names.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "commands.hpp"
#include "ctoladder/embedded.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/text.hpp"
#include "ctoladder/vocabulary.hpp"

namespace ctoladder::cli {
namespace {

bool takes_value(const CLI::Option& option) {
  return option.nonpositional() && option.get_expected_max() != 0;
}

std::vector<std::string> option_names(const CLI::Option& option) {
  std::vector<std::string> names;
  for (const auto& name : option.get_lnames()) names.push_back("--" + name);
  for (const auto& name : option.get_snames()) names.push_back("-" + name);
  return names;
}

// The visible commands of the app, in table order.
std::vector<const CLI::App*> visible_commands(const CLI::App& app) {
  std::vector<const CLI::App*> result;
  for (const auto& command : commands())
    if (!command.hidden) result.push_back(app.get_subcommand(std::string(command.name)));
  return result;
}

// The option called `name` ("--format", "-o") of the command, else of the app.
const CLI::Option* find_option(const CLI::App& app, const CLI::App* command,
                               std::string_view name) {
  for (const CLI::App* scope : {command, &app}) {
    if (!scope) continue;
    for (const CLI::Option* option : scope->get_options())
      for (const auto& candidate : option_names(*option))
        if (candidate == name) return option;
  }
  return nullptr;
}

// The values a CLI::IsMember check allows, read from the option's type name "TEXT:{a,b,c}".
std::vector<std::string> allowed_values(const CLI::Option& option) {
  std::vector<std::string> values;
  std::string type = option.get_type_name();
  auto open = type.find('{');
  auto close = type.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return values;
  std::string list = type.substr(open + 1, close - open - 1);
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = std::min(list.find(',', start), list.size());
    if (comma > start) values.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return values;
}

// What the words before the one being completed say.
struct Typed {
  const CLI::App* command = nullptr;
  bool unknown_command = false;
  bool after_dashes = false;
  const CLI::Option* pending = nullptr;       // an option still waiting for its value
  std::vector<std::string> positionals;       // given to the command
  std::vector<std::string> folders;           // --roles values
  bool no_builtin = false;                    // --no-builtin given
  std::map<std::string, std::string> values;  // option name -> last value
};

Typed read_words(const CLI::App& app, const std::vector<std::string>& words) {
  Typed t;
  auto take_value = [&t](const CLI::Option& option, const std::string& value) {
    t.values[option.get_name()] = value;
    if (option.get_name() == "--roles") t.folders.push_back(value);
  };
  for (const auto& word : words) {
    // A bare --color is always: a word after it that is no colour is the next word of the line.
    if (t.pending && t.pending->get_name() == "--color") {
      auto colours = allowed_values(*t.pending);
      if (std::find(colours.begin(), colours.end(), word) == colours.end()) t.pending = nullptr;
    }
    if (t.pending) {
      take_value(*t.pending, word);
      t.pending = nullptr;
    } else if (!t.after_dashes && word == "--") {
      t.after_dashes = true;
    } else if (!t.after_dashes && word.size() > 1 && word[0] == '-') {
      auto equals = word.find('=');
      const CLI::Option* option = find_option(app, t.command, word.substr(0, equals));
      if (option && option->get_name() == "--no-builtin") t.no_builtin = true;
      if (option && takes_value(*option)) {
        if (equals == std::string::npos)
          t.pending = option;
        else
          take_value(*option, word.substr(equals + 1));
      }
    } else if (!t.command && !t.unknown_command) {
      for (const CLI::App* command : visible_commands(app))
        if (command->get_name() == word) t.command = command;
      t.unknown_command = !t.command;
    } else {
      t.positionals.push_back(word);
    }
  }
  return t;
}

// Collects candidates that start with the prefix, once each, in order.
class Candidates {
 public:
  explicit Candidates(std::string prefix, bool ignore_case = false)
      : prefix_(std::move(prefix)), ignore_case_(ignore_case) {
    if (ignore_case_) folded_prefix_ = text::fold_case(prefix_);
  }
  void add(const std::string& word, const std::string& before = {}) {
    std::string full = before + word;
    bool match = ignore_case_ ? text::fold_case(full).starts_with(folded_prefix_)
                              : full.starts_with(prefix_);
    // A candidate with a line break or a leading ':' would be misread by the scripts.
    if (!match || full.empty() || full[0] == ':' || full.find('\n') != std::string::npos) return;
    for (const auto& seen : words_)
      if (seen == full) return;
    words_.push_back(std::move(full));
  }
  void add_all(const std::vector<std::string>& words, const std::string& before = {}) {
    for (const auto& word : words) add(word, before);
  }
  bool empty() const { return words_.empty(); }
  std::string text() const {
    std::string out;
    for (const auto& word : words_) out += word + "\n";
    return out;
  }

 private:
  std::string prefix_, folded_prefix_;
  bool ignore_case_;
  std::vector<std::string> words_;
};

// The library the command line would use, read quietly: a folder with problems still
// contributes what loads.
Library library_for(const Context& c, const Typed& typed) {
  Library library;
  add_embedded_library(library);
  Diagnostics ignored;
  LoadLimits limits;
  for (const auto* list : {&c.role_folders, &typed.folders})
    for (const auto& folder : *list) add_path(library, folder, limits, ignored);
  if (!c.builtin || typed.no_builtin) library.hide_roles_from(kBuiltinPrefix);
  return library;
}

// Role ids; aliases only when the prefix matches no id (`首` or `coder`), so a bare <Tab> offers
// the roles once each, not every name of them.
void add_role_words(const Library& library, Candidates& out, const std::string& before = {}) {
  for (const auto& role : library.roles()) out.add(role.id, before);
  if (!out.empty()) return;
  for (const auto& role : library.roles())
    for (const auto& alias : role.aliases) out.add(alias, before);
}

// Every responsibility id of the library, its roles' and their overlays', once each.
std::vector<std::string> duty_ids(const Library& library) {
  std::vector<std::string> ids;
  for (const auto& role : library.roles()) {
    for (const auto& r : role.responsibilities) ids.push_back(r.id);
    for (const auto& overlay : role.overlays)
      for (const auto& r : overlay.add) ids.push_back(r.id);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// gap --have takes a file or a comma-separated list of ids: after a comma, ids; a word that names
// no file in the folder it is in, ids; otherwise (an empty word too) the shell's file names.
std::string complete_have(const Context& c, const Typed& typed, const std::string& word,
                          const std::string& before) {
  const auto comma = word.rfind(',');
  if (comma == std::string::npos) {
    if (word.empty() || word.find('/') != std::string::npos || word[0] == '~' || word[0] == '.')
      return ":files\n";
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(".", error))
      if (entry.path().filename().string().starts_with(word)) return ":files\n";
  }
  const std::string list = comma == std::string::npos ? "" : word.substr(0, comma + 1);
  Candidates out(before + word);
  out.add_all(duty_ids(library_for(c, typed)), before + list);
  return out.text();
}

// Whether the role's data declares `name` in conflict with one of `chosen` (a combination with
// `conflict:`): such a pair is refused, so completion does not offer it.
bool conflicts_with(const RoleDef& role, const std::string& name,
                    const std::vector<std::string>& chosen) {
  for (const auto& other : chosen)
    if (const Combination* c = find_combination(role, name, other); c && c->conflict) return true;
  return false;
}

// ROLE, or ROLE@OVERLAY,... with overlays of unused axes that the role does not declare in
// conflict with those already named.
void complete_reference(const Library& library, const std::string& word, Candidates& out) {
  auto at = word.find('@');
  if (at == std::string::npos) {
    add_role_words(library, out);
    return;
  }
  const RoleDef* role = library.lookup(word.substr(0, at));
  if (!role) return;
  std::string typed = word.substr(at + 1);
  auto comma = typed.rfind(',');
  std::string before = word.substr(0, comma == std::string::npos ? at + 1 : at + 1 + comma + 1);
  std::vector<std::string> used_names;
  std::vector<Axis> used_axes;
  if (comma != std::string::npos) {
    for (const auto& name : parse_reference("x@" + typed.substr(0, comma)).overlays) {
      used_names.push_back(name);
      for (const auto& overlay : role->overlays)
        if (overlay.name == name) used_axes.push_back(overlay.axis);
    }
  }
  for (const auto& overlay : role->overlays) {
    bool used = std::find(used_names.begin(), used_names.end(), overlay.name) != used_names.end() ||
                std::find(used_axes.begin(), used_axes.end(), overlay.axis) != used_axes.end();
    if (!used && !conflicts_with(*role, overlay.name, used_names)) out.add(overlay.name, before);
  }
}

// Overlay names of one axis, for --variant and --profile: the named role's, else every role's;
// of the named role, not one its data declares in conflict with an overlay already chosen (in
// the reference or by the other flag).
void complete_overlay(const Library& library, const Typed& typed, Axis axis, Candidates& out) {
  const RoleDef* role = nullptr;
  std::vector<std::string> chosen;
  if (!typed.positionals.empty()) {
    std::string first = typed.positionals.front();
    role = library.lookup(first.substr(0, first.find('@')));
    // The overlays named after '@', split by hand: a half-typed word must not throw.
    if (auto at = first.find('@'); at != std::string::npos)
      for (std::size_t from = at + 1; from <= first.size();) {
        std::size_t comma = std::min(first.find(',', from), first.size());
        if (comma > from) chosen.push_back(first.substr(from, comma - from));
        from = comma + 1;
      }
  }
  for (const char* flag : {"--variant", "--profile"})
    if (auto it = typed.values.find(flag); it != typed.values.end()) chosen.push_back(it->second);
  for (const auto& def : library.roles())
    if (!role || &def == role)
      for (const auto& overlay : def.overlays)
        if (overlay.axis == axis && !(role && conflicts_with(def, overlay.name, chosen)))
          out.add(overlay.name);
}

// Returns a directive (":files", ":dirs") instead of candidates for path values.
std::string complete_value(const Context& c, const Typed& typed, const CLI::Option& option,
                           const std::string& word, const std::string& before) {
  std::string name = option.get_name();
  if (name == "--roles") return ":dirs\n";
  if (name == "--output" || name == "-o") return ":files\n";
  if (name == "--have") return complete_have(c, typed, word, before);
  bool roles = name == "--role" || name == "--from" || name == "--via";
  Candidates out(before + word, roles);
  if (auto values = allowed_values(option); !values.empty()) {
    out.add_all(values, before);
  } else if (roles || name == "--domain" || name == "--variant" || name == "--profile") {
    Library library = library_for(c, typed);
    if (roles) {
      add_role_words(library, out, before);
    } else if (name == "--domain") {
      for (const auto& domain : library.domains()) out.add(domain.id, before);
    } else {
      Candidates overlays(word);
      complete_overlay(library, typed, name == "--variant" ? Axis::variant : Axis::profile,
                       overlays);
      return overlays.text();
    }
  }
  return out.text();
}

std::string complete_positional(const Context& c, const Typed& typed, const std::string& word) {
  // The positional the next word fills, by the counts each one takes.
  std::size_t index = typed.positionals.size();
  const CLI::Option* slot = nullptr;
  for (const CLI::Option* option : typed.command->get_options()) {
    if (option->nonpositional()) continue;
    std::size_t count = static_cast<std::size_t>(std::max(0, option->get_items_expected_max()));
    if (index < count) {
      slot = option;
      break;
    }
    index -= count;
  }
  if (!slot) return {};
  if (slot->get_name() == "path") return ":files\n";
  if (slot->get_name() == "command") {  // help COMMAND
    Candidates out(word);
    for (const CLI::App* command : visible_commands(*typed.command->get_parent()))
      out.add(command->get_name());
    return out.text();
  }
  if (slot->get_name() != "role") return {};
  Candidates out(word, true);
  complete_reference(library_for(c, typed), word, out);
  return out.text();
}

// One line per command: its name, then the names of its options; the first line is the app.
std::string command_table(const CLI::App& app) {
  std::string out;
  auto line = [&out](const std::string& name, const CLI::App& scope) {
    out += name;
    for (const CLI::Option* option : scope.get_options())
      if (option->nonpositional())
        for (const auto& option_name : option_names(*option)) out += "\t" + option_name;
    out += "\n";
  };
  line("ctoladder", app);
  for (const CLI::App* command : visible_commands(app)) line(command->get_name(), *command);
  return out;
}

class Complete final : public CommandRun {
 public:
  void add_options(CLI::App& command) override {
    // Every word after `__complete` is a word of the command line being typed, options included.
    command.prefix_command();
    command.allow_extras();
    command.set_help_flag();
    command.add_flag("--commands", list_commands_,
                     "Print every command with its options: COMMAND<TAB>OPTION...");
    // A `--` before the first plain word (`ctoladder -- describe c<TAB>`) would end __complete's
    // own options and go back to the main app, which then rejects the words. CLI11 keeps a `--`
    // only in a command with a positional still to fill: this one never takes a word (its check
    // refuses every value), so the `--` and every word after it stay in remaining(), in order.
    command
        .add_option_function<std::string>(
            "never", [](const std::string&) {}, "(takes no word)")
        ->check(CLI::Validator([](std::string&) { return std::string("not a word"); }, ""));
    command.validate_positionals();
    command.callback([&command, this] { words_ = command.remaining(); });
  }

  Result run(const Context& c, const Library&) override {
    CommandLine line;
    const CLI::App& app = line.app;
    Result result;
    if (list_commands_ && words_.empty()) {
      result.raw = command_table(app);
      return result;
    }
    std::vector<std::string> words = words_;
    std::string word = words.empty() ? std::string() : words.back();
    if (!words.empty()) words.pop_back();
    Typed typed = read_words(app, words);

    if (typed.pending) {
      result.raw = complete_value(c, typed, *typed.pending, word, {});
    } else if (!typed.after_dashes && word.starts_with("--") &&
               word.find('=') != std::string::npos) {
      auto equals = word.find('=');
      const CLI::Option* option = find_option(app, typed.command, word.substr(0, equals));
      if (option && takes_value(*option))
        result.raw =
            complete_value(c, typed, *option, word.substr(equals + 1), word.substr(0, equals + 1));
    } else if (!typed.after_dashes && word.starts_with("-")) {
      Candidates out(word);
      const CLI::App& scope = typed.command ? *typed.command : app;
      for (const CLI::Option* option : scope.get_options())
        if (option->nonpositional())
          for (const auto& name : option_names(*option))
            if (name.starts_with("--")) out.add(name);
      result.raw = out.text();
    } else if (typed.unknown_command) {
      result.raw = std::string();
    } else if (!typed.command) {
      Candidates out(word);
      for (const CLI::App* command : visible_commands(app)) out.add(command->get_name());
      result.raw = out.text();
    } else {
      result.raw = complete_positional(c, typed, word);
    }
    if (!result.raw) result.raw = std::string();
    return result;
  }

 private:
  std::vector<std::string> words_;  // the command line typed so far
  bool list_commands_ = false;
};

}  // namespace

std::unique_ptr<CommandRun> make_complete() {
  return std::make_unique<Complete>();
}

}  // namespace ctoladder::cli
