// The role model: what a role file says (RoleDef) and what a reference resolves to (Role).
// A new scalar role field is a member of Fields, a member of Role and a row of kRoleFields
// (below); everything that reads, stores, builds or shows fields goes over that list.
// Changing the shape of any other struct a role file parses into? Update
// src/core/model_codec.cpp, src/tools/embed_roles.cpp and the parser, and bump kCacheFormat in
// src/core/parse_cache.cpp, or old caches will be misread. (A change to kRoleFields needs no
// bump: the cache header holds the fields' layout.)
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

namespace ctoladder {

enum class Lang { en, zh };

inline Lang other_lang(Lang lang) { return lang == Lang::zh ? Lang::en : Lang::zh; }
inline const char* lang_code(Lang lang) { return lang == Lang::zh ? "zh" : "en"; }

// A short text of the program's own (a heading, a message) in `lang`: both languages side by side
// where it is written. The views, help and errors all use this one pattern.
inline std::string tr(Lang lang, std::string_view en, std::string_view zh) {
  return std::string(lang == Lang::zh ? zh : en);
}

// A human-facing string in English, Chinese or both: a one-language library is valid, so either
// may be empty (never both, once parsed).
struct Text {
  std::string en;
  std::string zh;
  bool has(Lang lang) const { return !(lang == Lang::zh ? zh : en).empty(); }
  // The language a reader asking for `lang` gets: `lang`, or the other when the text lacks it.
  Lang shown_lang(Lang lang) const { return has(lang) || !has(other_lang(lang)) ? lang : other_lang(lang); }
  // The text in `lang`, or in the other language when it lacks `lang` (data: TSV, pictures).
  const std::string& in(Lang lang) const { return shown_lang(lang) == Lang::zh ? zh : en; }
  // As in(), for people: a fallback is marked with its language ("[en] Ship code").
  std::string shown(Lang lang) const {
    Lang got = shown_lang(lang);
    return got == lang ? in(lang) : fmt_fallback(got, in(lang));
  }
  bool operator==(const Text&) const = default;

 private:
  static std::string fmt_fallback(Lang got, const std::string& value) {
    return std::string("[") + lang_code(got) + "] " + value;
  }
};

// Where a statement comes from: an article file and its own section heading.
struct Source {
  std::string article;
  std::string section;
  bool operator==(const Source&) const = default;
};

// A file's name, shared by every Location in that file: a role file has dozens of them, and
// 10,000 files' worth of copies of each name was a sixth of a loaded library's memory.
class FileName {
 public:
  FileName() = default;
  FileName(std::string name)  // NOLINT: implicit, a FileName stands in for a string
      : name_(name.empty() ? nullptr : std::make_shared<const std::string>(std::move(name))) {}
  FileName(const char* name) : FileName(std::string(name)) {}
  FileName(std::string_view name) : FileName(std::string(name)) {}

  const std::string& str() const { return name_ ? *name_ : empty_string(); }
  operator const std::string&() const { return str(); }  // NOLINT: reads as the string
  bool empty() const { return !name_; }
  bool operator==(const FileName& other) const {
    return name_ == other.name_ || str() == other.str();
  }
  bool operator==(std::string_view other) const { return str() == other; }
  bool operator==(const std::string& other) const { return str() == other; }
  bool operator==(const char* other) const { return str() == other; }

 private:
  static const std::string& empty_string() {
    static const std::string kEmpty;
    return kEmpty;
  }
  std::shared_ptr<const std::string> name_;
};

// A place in a file; line and column are 1-based, 0 when unknown.
struct Location {
  FileName file;
  int line = 0;
  int column = 0;
  bool operator==(const Location&) const = default;
};

enum class Track { individual_contributor, management, executive };
enum class Scope { task, module, system, product_line, platform, company };
enum class Coding { core, part, none };
enum class Axis { variant, profile };

// An inclusive range of whole numbers with either end open.
struct Range {
  std::optional<int> min;
  std::optional<int> max;
  bool operator==(const Range&) const = default;
};

struct Responsibility {
  std::string id;
  std::string domain;
  Text text;
  std::optional<Text> how;  // how this role holds a duty other roles share
  Source source;
  Location where;
  std::vector<Source> also;  // further sources saying the same (a YAML `source:` list's rest)
  bool operator==(const Responsibility&) const = default;
};

// Why a statement that is not a duty stands (a `next` link, a rank, how two overlays combine):
// an article says so (`source`), or it is the project's own reading (`inference` says why).
// A user's own role file may give neither.
struct Basis {
  std::optional<Source> source;
  std::optional<Text> inference;
  bool operator==(const Basis&) const = default;
};

// Advice for someone planning a move, from an article: on a role, a step up, or an overlay.
struct Guidance {
  Text text;
  Source source;
  Location where;
  bool operator==(const Guidance&) const = default;
};

// One `next` link: a step up the ladder, why it is there, and advice for taking it.
struct NextStep {
  std::string id;
  Basis basis;
  std::vector<Guidance> guidance;
  Location where;
  bool operator==(const NextStep&) const = default;
};

// The scalar fields a role defines and an overlay or a child role may override; each one has a
// row in kRoleFields.
struct Fields {
  std::optional<Track> track;
  std::optional<Scope> scope;
  std::optional<Range> years;
  std::optional<Range> team_size;
  std::optional<Coding> coding;
  std::optional<Text> summary;
  std::optional<Text> purpose;
  bool operator==(const Fields&) const = default;
};

struct Reword {
  std::string id;
  std::optional<Text> text;
  std::optional<Text> how;
  Location where;
  bool operator==(const Reword&) const = default;
};

struct IdRef {
  std::string id;
  Location where;
  bool operator==(const IdRef&) const = default;
};

struct Overlay {
  std::string name;
  Axis axis = Axis::variant;
  Text summary;
  Source source;
  Fields set;
  std::vector<Responsibility> add;
  std::vector<IdRef> remove;
  std::vector<Reword> reword;
  std::vector<Guidance> guidance;
  Location where;
  bool operator==(const Overlay&) const = default;
};

// What the data says about using two overlays (of different axes) together: how they combine
// (`note`), or, with `conflict`, why the role refuses the combination.
struct Combination {
  std::vector<IdRef> overlays;  // exactly two
  bool conflict = false;
  Text note;
  Basis basis;
  Location where;
  bool operator==(const Combination&) const = default;
};

// A role exactly as its file states it; fields may be missing when inherited via `extends`.
struct RoleDef {
  std::string id;
  std::optional<Text> name;
  std::vector<std::string> aliases;
  std::vector<Location> alias_where;  // where each alias is written (empty for built-in roles)
  std::optional<int> rank;
  Basis rank_basis;
  Fields fields;
  std::vector<NextStep> next;
  std::optional<IdRef> extends;
  std::vector<Source> sources;
  std::vector<Responsibility> responsibilities;
  std::vector<IdRef> remove;
  std::vector<Overlay> overlays;
  std::vector<Guidance> guidance;
  // The file says `guidance:`, even as an empty list: `guidance: []` clears what it inherits.
  bool guidance_stated = false;
  std::vector<Combination> combinations;
  Location where;  // the file, at the role's `id`
  bool operator==(const RoleDef&) const = default;
};

struct Domain {
  std::string id;
  Text name;
  Text summary;
  std::vector<Source> sources;
  Location where;
  bool operator==(const Domain&) const = default;
};

struct OverlayInfo {
  std::string name;
  Axis axis = Axis::variant;
  Text summary;
  bool operator==(const OverlayInfo&) const = default;
};

// A piece of guidance on a resolved role, with where it comes from: the role itself
// (`overlay` empty) or one of its applied overlays.
struct RoleGuidance {
  Guidance item;
  std::string overlay;
  // The role it was written for when this role inherits it through `extends` (advice about
  // "the tech manager" shown on a company's engineering manager says whose it is); empty: its own.
  std::string inherited_from = {};
  bool operator==(const RoleGuidance&) const = default;
};

// A role after `extends` and overlays are applied: every required field is present.
struct Role {
  std::string id;
  Text name;
  std::vector<std::string> aliases;
  int rank = 0;
  Basis rank_basis;
  Track track = Track::individual_contributor;
  Scope scope = Scope::task;
  std::optional<Range> years;
  std::optional<Range> team_size;
  std::optional<Coding> coding;
  Text summary;
  Text purpose;
  std::vector<std::string> next;      // ids of next_steps, for views that need only ids
  std::vector<NextStep> next_steps;
  std::vector<Source> sources;
  std::vector<Responsibility> responsibilities;
  std::vector<RoleGuidance> guidance;  // the role's, then each applied overlay's
  std::vector<Combination> combined;   // what the data says about the applied overlays together
  std::vector<std::string> applied;   // overlay names, in the role's order (not as typed)
  std::vector<OverlayInfo> overlays;  // overlays this role offers
  std::string file;                   // the file the role came from
  bool operator==(const Role&) const = default;

  // "cto@startup,china": how to refer to exactly this resolved role.
  std::string reference() const;
};

// How a role field is named and shown; the value is a member of Fields and of Role.
struct FieldInfo {
  std::string_view key;       // in role files, JSON, messages and compare's rows
  std::string_view label_en;  // the row label of `describe` and `compare`
  std::string_view label_zh;
  std::string_view unit_en = {};  // after a range's numbers: "3-8 years"
  std::string_view unit_zh = {};
  std::string_view hint = {};     // the comment `ctoladder new` writes beside the field
  std::string_view example = {};  // the value `new` shows when the parent leaves it unset
};

// One role field: where a file or an overlay states it (always optional: it may be inherited)
// and where a resolved Role holds it. A field whose Role member is not optional is required:
// a role without `extends` must state it.
template <class Value, class Resolved>
struct RoleField {
  using value_type = Value;
  // Prose (Text) fields are searched, and left out of `list` and `path` rows.
  static constexpr bool prose = std::is_same_v<Value, Text>;
  static constexpr bool required = !std::is_same_v<Resolved, std::optional<Value>>;
  static_assert(required ? std::is_same_v<Resolved, Value> : true,
                "a Role member is the field's value, or an optional one");

  FieldInfo info;
  std::optional<Value> Fields::*stated;
  Resolved Role::*resolved;
};

// The one list of role fields, in the order files list them and `compare` shows them. The
// parser, the parse cache, the built-in library generator, resolve, compare, `describe`, JSON
// output, `search` and `new` all go over it (tests/unit/fields_test.cpp checks every one).
// A value type other than Track, Scope, Coding, Range or Text also needs a reader in
// role_parser.cpp, a literal in embed_roles.cpp and a display in compare.cpp.
inline constexpr auto kRoleFields = std::make_tuple(
    RoleField<Track, Track>{{"track", "track", "路线"}, &Fields::track, &Role::track},
    RoleField<Scope, Scope>{{"scope", "scope", "范围"}, &Fields::scope, &Role::scope},
    RoleField<Range, std::optional<Range>>{
        {"years", "years", "年限", "years", "年", "typical years of experience", "{min: 0}"},
        &Fields::years, &Role::years},
    RoleField<Range, std::optional<Range>>{{"team_size", "team size", "团队规模", "people", "人",
                                            "team size at which the role is needed", "{min: 10}"},
                                           &Fields::team_size, &Role::team_size},
    RoleField<Coding, std::optional<Coding>>{
        {"coding", "hands-on coding", "亲自编码", {}, {}, "hands-on coding: ", "part"},
        &Fields::coding, &Role::coding},
    RoleField<Text, Text>{{"summary", "summary", "概述"}, &Fields::summary, &Role::summary},
    RoleField<Text, Text>{{"purpose", "purpose", "作用"}, &Fields::purpose, &Role::purpose});

// Calls `visit(field)` for every row of kRoleFields, in order.
template <class Visit>
constexpr void for_each_field(Visit&& visit) {
  std::apply([&](const auto&... field) { (visit(field), ...); }, kRoleFields);
}

}  // namespace ctoladder
