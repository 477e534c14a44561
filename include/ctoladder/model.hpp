// The role model: what a role file says (RoleDef) and what a reference resolves to (Role).
// Changing a struct a role file parses into? Update src/core/model_codec.cpp and bump
// kCacheFormat in src/core/parse_cache.cpp, or old caches will be misread.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ctoladder {

enum class Lang { en, zh };

// A human-facing string in both languages.
struct Text {
  std::string en;
  std::string zh;
  const std::string& in(Lang lang) const { return lang == Lang::zh ? zh : en; }
  bool operator==(const Text&) const = default;
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
  bool operator==(const Responsibility&) const = default;
};

// The scalar fields a role defines and an overlay or a child role may override.
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
  Location where;
  bool operator==(const Overlay&) const = default;
};

// A role exactly as its file states it; fields may be missing when inherited via `extends`.
struct RoleDef {
  std::string id;
  std::optional<Text> name;
  std::vector<std::string> aliases;
  std::optional<int> rank;
  Fields fields;
  std::vector<IdRef> next;
  std::optional<IdRef> extends;
  std::vector<Source> sources;
  std::vector<Responsibility> responsibilities;
  std::vector<IdRef> remove;
  std::vector<Overlay> overlays;
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
};

// A role after `extends` and overlays are applied: every required field is present.
struct Role {
  std::string id;
  Text name;
  std::vector<std::string> aliases;
  int rank = 0;
  Track track = Track::individual_contributor;
  Scope scope = Scope::task;
  std::optional<Range> years;
  std::optional<Range> team_size;
  std::optional<Coding> coding;
  Text summary;
  Text purpose;
  std::vector<std::string> next;
  std::vector<Source> sources;
  std::vector<Responsibility> responsibilities;
  std::vector<std::string> applied;   // overlay names, in the order applied
  std::vector<OverlayInfo> overlays;  // overlays this role offers
  std::string file;                   // the file the role came from

  // "cto@startup,china": how to refer to exactly this resolved role.
  std::string reference() const;
};

}  // namespace ctoladder
