// Schema-directed reading of yaml-cpp nodes: every problem becomes a Diagnostic with a 1-based
// position, and the walk only descends where the schema expects a map or a list, so anchors,
// aliases and cyclic aliases cannot make it recurse or repeat work without bound.
#pragma once

#include <yaml-cpp/yaml.h>

#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ctoladder/error.hpp"
#include "ctoladder/model.hpp"

namespace ctoladder::yaml_fields {

class Reader {
 public:
  // `bytes` is the text yaml-cpp parsed: its marks count bytes, users count characters.
  Reader(std::string file, Diagnostics& diagnostics) : Reader(std::move(file), {}, diagnostics) {}
  Reader(std::string file, std::string_view bytes, Diagnostics& diagnostics)
      : file_(std::move(file)), bytes_(bytes), out_(diagnostics) {}

  Location at(const YAML::Node& node) const;
  // `message_zh`: the same in Chinese, for people reading under --lang zh.
  void error(const YAML::Node& node, std::string message, std::string message_zh);
  const std::string& file() const { return file_.str(); }
  // After kMaxErrors errors the reader stops walking lists: the rest would only add noise.
  static constexpr std::size_t kMaxErrors = 50;
  bool saturated() const { return errors_ > kMaxErrors; }

  // Checks `node` is a map whose keys are all in `known` (did-you-mean on typos) and appear
  // once; returns false when it is not a map. Reports missing `required` keys.
  bool check_map(const YAML::Node& node, std::string_view what,
                 std::span<const std::string_view> known,
                 std::span<const std::string_view> required);
  bool check_map(const YAML::Node& node, std::string_view what,
                 std::initializer_list<std::string_view> known,
                 std::initializer_list<std::string_view> required) {
    return check_map(node, what, std::span(known.begin(), known.size()),
                     std::span(required.begin(), required.size()));
  }

  // Values of a map already checked by check_map; an absent key yields nullopt silently.
  std::optional<std::string> string(const YAML::Node& map, std::string_view key);
  std::optional<int> integer(const YAML::Node& map, std::string_view key, int min, int max);
  // `owner` names what the text belongs to in a note on a missing language ("responsibility
  // 'on-call'"), so that a list of such notes says which duty each is about.
  std::optional<Text> text(const YAML::Node& map, std::string_view key, std::string_view owner = {});
  std::optional<Source> source(const YAML::Node& node);
  std::vector<Source> sources(const YAML::Node& map, std::string_view key);
  std::optional<Range> range(const YAML::Node& map, std::string_view key);
  std::vector<std::string> strings(const YAML::Node& map, std::string_view key);
  std::vector<IdRef> ids(const YAML::Node& map, std::string_view key);
  std::optional<IdRef> id(const YAML::Node& map, std::string_view key);
  // An id that is the node itself (a list element); `what` names it in messages.
  std::optional<IdRef> id_at(const YAML::Node& node, std::string_view what);

  // A word from a closed set ("track: management").
  template <typename Enum>
  std::optional<Enum> word(const YAML::Node& map, std::string_view key,
                           std::optional<Enum> (*parse)(std::string_view),
                           const std::vector<std::string>& words);

  // Calls `each` for every element of a list-valued key.
  void for_each(const YAML::Node& map, std::string_view key, std::string_view what,
                const std::function<void(const YAML::Node&)>& each);

  // The value node of `key` in an already checked map (invalid node when absent).
  static YAML::Node get(const YAML::Node& map, std::string_view key);

 private:
  std::optional<std::string> scalar(const YAML::Node& node, std::string_view what);
  std::optional<std::string> id_scalar(const YAML::Node& node, std::string_view what);

  FileName file_;  // shared by every Location this reader makes
  std::string_view bytes_;
  Diagnostics& out_;
  std::size_t errors_ = 0;
  // The last position asked for: the next one on the same line counts on from it, so a
  // 100,000-item flow list on one line costs linear time, not quadratic.
  struct LastMark {
    int line = -1;
    std::size_t byte = 0;
    int column = 0;
  };
  mutable LastMark last_;
};

// The 1-based line and column of a byte offset, counting columns in code points.
Location locate(const FileName& file, std::string_view bytes, std::size_t offset);

// The 1-based position of a yaml-cpp mark, its column counted in characters, not bytes.
Location position(const FileName& file, std::string_view bytes, const YAML::Mark& mark);

// The first NUL byte (anywhere), else the first invalid UTF-8, in the bytes of a text file, as
// one message at its place; `files` names the kind of file ({"role files", "角色文件"}). Role files and have
// files share this check.
std::optional<Diagnostic> check_text_bytes(const FileName& file, std::string_view bytes,
                                           const Text& files);

// Ids are lower-case kebab-case: [a-z0-9] words joined by single '-'.
bool is_valid_id(std::string_view id);

template <typename Enum>
std::optional<Enum> Reader::word(const YAML::Node& map, std::string_view key,
                                 std::optional<Enum> (*parse)(std::string_view),
                                 const std::vector<std::string>& words) {
  auto value = string(map, key);
  if (!value) return std::nullopt;
  if (auto parsed = parse(*value)) return parsed;
  std::string list;
  for (const auto& w : words) list += (list.empty() ? "" : ", ") + w;
  std::string echoed = value->size() > 60 ? value->substr(0, 60) + "..." : *value;
  error(get(map, key),
        "'" + std::string(key) + "' must be one of " + list + ", not '" + echoed + "'",
        "'" + std::string(key) + "' 必须是 " + list + " 之一，而不是 '" + echoed + "'");
  return std::nullopt;
}

}  // namespace ctoladder::yaml_fields
