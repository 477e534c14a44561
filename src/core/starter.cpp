#include "ctoladder/starter.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "ctoladder/error.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/text.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/validate.hpp"
#include "ctoladder/vocabulary.hpp"
#include "yaml_fields.hpp"

namespace ctoladder {
namespace {

// "staff-engineer" -> "Staff engineer"; "tl-1" -> "TL 1": a word of one or two letters, or a
// well-known title, reads as an abbreviation ("Tl 1" reads as a typo).
std::string title_from_id(std::string_view id) {
  static constexpr std::string_view kAbbreviations[] = {"ceo", "cfo", "cio", "coo", "cpo",
                                                        "cto", "sre", "swe", "sde", "vp"};
  std::string title;
  std::size_t start = 0;
  while (start <= id.size()) {
    std::size_t end = std::min(id.find('-', start), id.size());
    std::string word(id.substr(start, end - start));
    bool letters = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    bool abbreviation = letters && (word.size() <= 2 || std::find(std::begin(kAbbreviations),
                                                                  std::end(kAbbreviations), word) !=
                                                             std::end(kAbbreviations));
    for (std::size_t i = 0; i < word.size(); ++i)
      if ((abbreviation || (i == 0 && start == 0)) && word[i] >= 'a' && word[i] <= 'z')
        word[i] = char(word[i] - 'a' + 'A');
    title += (start == 0 ? "" : " ") + word;
    start = end + 1;
  }
  return title;
}

// A field's value as `new` writes it in YAML.
std::string yaml_value(const Text& text) {
  // Only the languages the text has: a one-language parent gives a one-language starter.
  if (!text.has(Lang::zh)) return fmt::format("{{en: {}}}", yaml_quote(text.en));
  if (!text.has(Lang::en)) return fmt::format("{{zh: {}}}", yaml_quote(text.zh));
  return fmt::format("{{en: {}, zh: {}}}", yaml_quote(text.en), yaml_quote(text.zh));
}
std::string yaml_value(const Range& range) {
  std::string out = "{";
  if (range.min) out += fmt::format("min: {}", *range.min);
  if (range.max) out += fmt::format("{}max: {}", range.min ? ", " : "", *range.max);
  return out + "}";
}
template <class Enum>
requires std::is_enum_v<Enum>
std::string yaml_value(Enum value) {
  return std::string(to_string(value));
}
// An unset optional field shows the field's example.
template <class Value>
std::string yaml_value(const Value& value, std::string_view) {
  return yaml_value(value);
}
template <class Value>
std::string yaml_value(const std::optional<Value>& value, std::string_view example) {
  return value ? yaml_value(*value) : std::string(example);
}

// The id of the rung above: the last number one up (e1 -> e2, dev-1 -> dev-2), else ID-2.
std::string next_rung(std::string_view id) {
  std::size_t digits = id.size();
  while (digits > 0 && id[digits - 1] >= '0' && id[digits - 1] <= '9') --digits;
  if (digits == id.size() || id.size() - digits > 9) return std::string(id) + "-2";
  return std::string(id.substr(0, digits)) + std::to_string(std::stol(std::string(id.substr(digits))) + 1);
}

// Words joined by ", " and cut into comment lines no wider than about 96 columns.
std::string comment_list(const std::vector<std::string>& words, std::string_view indent) {
  std::string out;
  std::string line(indent);
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string word = words[i] + (i + 1 < words.size() ? "," : "");
    if (line.size() > indent.size() && line.size() + 1 + word.size() > 96) {
      out += line + "\n";
      line = std::string(indent);
    }
    if (line.size() > indent.size()) line += ' ';
    line += word;
  }
  if (line.size() > indent.size()) out += line + "\n";
  return out;
}

}  // namespace

std::string yaml_quote(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20 || c == 0x7f)
          out += fmt::format("\\x{:02x}", c);
        else
          out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

namespace {

// A role of its own, the first rung of a company's ladder: every required field with a value
// to replace, English only (a one-language library is valid).
std::string standalone_role(const Library& library, std::string_view id) {
  std::string out;
  auto line = [&out](std::string_view text) {
    out += text;
    out += '\n';
  };
  std::string title = title_from_id(id);
  line(fmt::format("# {}: a role of your own, the first rung of a ladder.", id));
  line(fmt::format("# Made by `ctoladder new {}`. It is valid as it stands; replace the values. Texts",
                   id));
  line("# may be English only, or {en: ..., zh: ...}. Format: docs/role-format.md or `man ctoladder`;");
  line(fmt::format("# check it with `ctoladder validate FILE`, see it with `ctoladder describe {}`.", id));
  line("# The next rung: `ctoladder new ID --from " + std::string(id) + "`.");
  line(fmt::format("id: {}", id));
  auto field = [&line](std::string_view key, const std::string& value, std::string_view comment) {
    std::string text = fmt::format("{}: {}", key, value);
    if (!comment.empty()) text = fmt::format("{:<34}# {}", text + "  ", comment);
    line(text);
  };
  field("name", fmt::format("{{en: {}}}", yaml_quote(title)), "add zh: \"...\" for a Chinese name");
  field("aliases", "[]", "other names for the role, any language");
  field("rank", "1", "position on the ladder, higher is more senior");
  for_each_field([&](const auto& f) {
    using Value = typename std::remove_cvref_t<decltype(f)>::value_type;
    std::string comment(f.info.hint);
    std::string value;
    if constexpr (std::is_enum_v<Value>) {
      comment += fmt::format("{}", fmt::join(words_of<Value>(), " | "));
      value = words_of<Value>().front();
    } else if constexpr (std::is_same_v<Value, Text>) {
      value = fmt::format("{{en: {}}}", yaml_quote(fmt::format("The {} of {}.", f.info.label_en, title)));
    } else {
      value = std::string(f.info.example);
    }
    field(f.info.key, value, comment);
  });
  field("# next", "[" + next_rung(id) + "]", "the roles one step up");
  field("sources", "[{article: our-ladder.md, section: " + title + "}]",
        "where the role-level facts come from");
  std::vector<std::string> domains;
  for (const auto& d : library.domains()) domains.push_back(d.id);
  line("responsibilities:");
  line("  # Reuse the ids other roles use for the same duty (`ctoladder search WORD`), so comparisons");
  line("  # match them. Domains:");
  out += comment_list(domains, "  #  ");
  line("  - id: my-first-duty");
  line(fmt::format("    domain: {}", domains.empty() ? "architecture" : domains.front()));
  line("    text: {en: \"What the role does.\"}");
  line("    source: {article: our-ladder.md, section: " + title + "}");
  return out;
}

}  // namespace

std::string starter_role(const Library& library, std::string_view id, std::string_view base) {
  if (!yaml_fields::is_valid_id(id))
    throw Error(ErrorKind::usage,
                Text{fmt::format("'{}' is not a valid role id", id),
                     fmt::format("'{}' 不是有效的角色 id", id)},
                Text{"use lower-case words joined by '-', at most 64 characters, e.g. "
                     "staff-engineer",
                     "请用 '-' 连接的小写英文单词，最多 64 个字符，如 staff-engineer"});
  if (base.empty()) return standalone_role(library, id);
  const RoleDef& def = find_role(library, base);
  // `new senior-engineer --from senior-engineer` writes a refinement: a file of the same id
  // that extends the role of that id in a lower layer (the built-in one, say) and changes a part.
  const bool refines = def.id == id;
  Role from = resolve(library, RoleRef{def.id, {}});

  std::string out;
  auto line = [&out](std::string_view text) {
    out += text;
    out += '\n';
  };
  if (refines) {
    line(fmt::format("# {}: your own version of {} ({}).", id, from.id, from.name.in(Lang::en)));
    line("# With `extends:` its own id, this file refines the role of that id in a layer below");
    line("# (the built-in one, say) instead of replacing it: what you leave out stays as it is.");
  } else {
    line(fmt::format("# {}: a role of your own, starting from {} ({}).", id, from.id,
                     from.name.in(Lang::en)));
  }
  line(fmt::format("# Made by `ctoladder new {} --from {}`. It is valid as it stands: everything",
                   id, from.id));
  line(fmt::format("# {} states is inherited. Uncomment and edit what differs; the values shown",
                   from.id));
  line(fmt::format("# are {}'s. Format: docs/role-format.md or `man ctoladder`; check it with",
                   from.id));
  line("# `ctoladder validate FILE`, see it with `ctoladder --roles FOLDER describe " +
       std::string(id) + "`.");
  line(fmt::format("id: {}", id));
  line(fmt::format("extends: {}", from.id));
  std::string title = title_from_id(id);
  // English only: a Chinese name copied from the English one would pass --require-lang zh.
  if (refines)
    line(fmt::format("# name: {{en: {}}}  # the name stays {}'s unless you set one",
                     yaml_quote(from.name.in(Lang::en)), from.id));
  else
    line(fmt::format("name: {{en: {}}}  # add zh: \"...\" for a Chinese name", yaml_quote(title)));
  bool base_has_zh = from.name.has(Lang::zh);
  line("");
  line(fmt::format("# Inherited from {}; uncomment a line to change it.", from.id));
  // "# key: value" with the comment lined up after it.
  auto field = [&line](std::string_view key, const std::string& value, std::string_view comment) {
    std::string text = fmt::format("# {}: {}", key, value);
    if (!comment.empty()) text = fmt::format("{:<34}# {}", text + "  ", comment);
    line(text);
  };
  field("aliases", "[]", "other names for the role, any language");
  field("rank", std::to_string(from.rank), "position on the ladder, higher is more senior");
  for_each_field([&](const auto& f) {
    using Value = typename std::remove_cvref_t<decltype(f)>::value_type;
    std::string comment(f.info.hint);
    if constexpr (std::is_enum_v<Value>)
      comment += fmt::format("{}", fmt::join(words_of<Value>(), " | "));
    // A field the base lacks shows the field's example, said to be one: "the values shown are
    // e1's" must stay true.
    const auto& value = from.*f.resolved;
    if constexpr (requires { value.has_value(); })
      if (!value) comment = fmt::format("{} has none; an example. {}", from.id, comment);
    field(f.info.key, yaml_value(value, f.info.example), comment);
  });
  // `next` is not inherited, except by a refinement, whose `next` adds to the lower role's.
  if (refines)
    field("next", "[your-next-role]",
          from.next.empty() ? std::string("roles one step up")
                            : fmt::format("added to {}'s: {}", from.id, fmt::join(from.next, ", ")));
  else
    field("next", "[" + next_rung(id) + "]",
          fmt::format("not inherited from {}: the roles one step up from {}", from.id, id));
  field("sources", "", "where the role-level facts come from");
  line("#   - {article: our-ladder.md, section: " + title + "}");
  line("");

  std::vector<std::string> domains;
  for (const auto& d : library.domains()) domains.push_back(d.id);
  std::string domain = domains.empty() ? "architecture" : domains.front();
  line(fmt::format("# Duties added to {}'s; an entry with an inherited id replaces that duty.",
                   from.id));
  line("# Reuse the ids other roles use for the same duty, so comparisons match them. Domains:");
  out += comment_list(domains, "#  ");
  line("# responsibilities:");
  line("#   - id: my-new-duty");
  line(fmt::format("#     domain: {}", domain));
  line(base_has_zh ? "#     text: {en: \"What the role does.\", zh: \"这个角色做什么。\"}"
                   : "#     text: {en: \"What the role does.\"}");
  line("#     source: {article: our-ladder.md, section: " + title + "}");

  std::vector<std::string> inherited;
  for (const auto& r : from.responsibilities) inherited.push_back(r.id);
  if (!inherited.empty()) {
    line("");
    line(fmt::format("# Inherited duties to drop. {} has:", from.id));
    out += comment_list(inherited, "#  ");
    line(fmt::format("# remove: [{}]", inherited.front()));
  }
  // Guidance is inherited, and the base's speaks of the base ("the tech manager"): say so here,
  // where the choice is made, not only on a page later.
  if (!from.guidance.empty() && !refines) {
    line("");
    line(fmt::format("# {}'s guidance ({}) is inherited and shown as \"inherited from {}\"; to "
                     "drop it:",
                     from.id, text::count_noun(from.guidance.size(), "item"), from.id));
    line("# guidance: []");
  }
  if (!from.overlays.empty()) {
    std::vector<std::string> names;
    for (const auto& o : from.overlays) names.push_back(o.name);
    line("");
    line(fmt::format("# Overlays are not inherited ({} has: {}); add your own under `overlays:`.",
                     from.id, fmt::join(names, ", ")));
  }
  return out;
}

// Reads the starter as it will be read: its own problems only, with the library around it.
void check_starter(const Library& library, const std::string& path, const std::string& yaml) {
  Library check = library;
  Diagnostics diagnostics;
  add_layer(check, {{path, yaml}}, diagnostics);
  validate_library(check, diagnostics);
  for (const auto& d : diagnostics)
    if (d.severity == Diagnostic::Severity::error && d.where.file == path)
      throw std::logic_error("the starter role file does not validate: " + d.format());
}

}  // namespace ctoladder
