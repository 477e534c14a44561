#include "yaml_fields.hpp"

#include <fmt/format.h>

#include <climits>
#include <set>
#include <utility>

#include "ctoladder/text.hpp"

namespace ctoladder::yaml_fields {
namespace {

std::string_view kind_name(const YAML::Node& node, Lang lang = Lang::en) {
  switch (node.Type()) {
    case YAML::NodeType::Map:
      return lang == Lang::zh ? "映射" : "a map";
    case YAML::NodeType::Sequence:
      return lang == Lang::zh ? "列表" : "a list";
    case YAML::NodeType::Scalar:
      return lang == Lang::zh ? "文字" : "text";
    default:
      return lang == Lang::zh ? "空值" : "nothing";
  }
}

// A value echoed in a message: a 1 MiB line must not become a 1 MiB message.
std::string shown(std::string_view value) {
  constexpr std::size_t kMax = 60;
  if (value.size() <= kMax) return std::string(value);
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  return fmt::format("{}...", value.substr(0, cut));
}

}  // namespace

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64 || id.front() == '-' || id.back() == '-') return false;
  char previous = 0;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && previous == '-')) return false;
    previous = c;
  }
  return true;
}

std::optional<Diagnostic> check_text_bytes(const FileName& file, std::string_view bytes,
                                           const Text& files) {
  if (auto nul = bytes.find('\0'); nul != std::string_view::npos)
    return diagnostic(locate(file, bytes, nul), {"file contains a NUL byte (is it binary?)",
                                                 "文件中有 NUL 字节（是二进制文件吗？）"});
  if (auto bad = text::find_invalid_utf8(bytes); bad != std::string_view::npos) {
    auto byte = static_cast<unsigned char>(bytes[bad]);
    return diagnostic(
        locate(file, bytes, bad),
        {fmt::format("invalid UTF-8 (byte 0x{:02x}); {} must be UTF-8", byte, files.en),
         fmt::format("无效的 UTF-8（字节 0x{:02x}）；{}必须是 UTF-8 编码", byte, files.zh)});
  }
  return std::nullopt;
}

namespace {

// Characters (code points) in bytes[from, to): every byte but UTF-8 continuation bytes.
int characters_between(std::string_view bytes, std::size_t from, std::size_t to) {
  int characters = 0;
  for (std::size_t i = from; i < to; ++i)
    if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) ++characters;
  return characters;
}

}  // namespace

Location locate(const FileName& file, std::string_view bytes, std::size_t offset) {
  Location where{file, 1, 1};
  for (std::size_t i = 0; i < offset && i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

Location position(const FileName& file, std::string_view bytes, const YAML::Mark& mark) {
  // yaml-cpp marks are 0-based and count bytes; users read 1-based lines and characters.
  Location where{file, 0, 0};
  if (mark.line < 0 || mark.column < 0) return where;
  where.line = mark.line + 1;
  where.column = mark.column + 1;
  if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) > bytes.size()) return where;
  std::size_t end = static_cast<std::size_t>(mark.pos);
  std::size_t start = end - std::min<std::size_t>(end, static_cast<std::size_t>(mark.column));
  where.column = characters_between(bytes, start, end) + 1;
  return where;
}

Location Reader::at(const YAML::Node& node) const {
  if (!node.IsDefined()) return Location{file_, 0, 0};
  const YAML::Mark mark = node.Mark();
  const bool in_bytes = mark.pos >= 0 && static_cast<std::size_t>(mark.pos) <= bytes_.size();
  if (in_bytes && mark.line == last_.line && static_cast<std::size_t>(mark.pos) >= last_.byte) {
    const auto end = static_cast<std::size_t>(mark.pos);
    last_.column += characters_between(bytes_, last_.byte, end);
    last_.byte = end;
    return Location{file_, mark.line + 1, last_.column};
  }
  Location where = position(file_, bytes_, mark);
  if (in_bytes && mark.line >= 0)
    last_ = {mark.line, static_cast<std::size_t>(mark.pos), where.column};
  return where;
}

void Reader::error(const YAML::Node& node, std::string message, std::string message_zh) {
  // A generated or corrupted file can hold thousands of errors; the first ones tell the story.
  ++errors_;
  if (errors_ <= kMaxErrors) {
    out_.push_back({at(node), std::move(message)});
    out_.back().message_zh = std::move(message_zh);
  }
  else if (errors_ == kMaxErrors + 1)
    out_.push_back(
        diagnostic(at(node), {fmt::format("too many errors; stopped after {}", kMaxErrors),
                              fmt::format("错误太多；报告 {} 个后停止", kMaxErrors)}));
}

YAML::Node Reader::get(const YAML::Node& map, std::string_view key) {
  if (!map.IsMap()) return YAML::Node(YAML::NodeType::Undefined);
  for (auto it = map.begin(); it != map.end(); ++it) {
    const YAML::Node name = it->first;
    if (name.IsScalar() && name.Scalar() == key) return it->second;
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

namespace {

// The Chinese of a `what` that messages name ("a role file": "角色文件", the items of a list:
// "next steps": "下一步"); a quoted key as it is.
std::string what_zh(std::string_view what) {
  static constexpr std::pair<std::string_view, std::string_view> kWhat[] = {
      {"a role file", "角色文件"},
      {"a responsibility", "职责"},
      {"a piece of guidance", "建议"},
      {"a next step", "下一步（next）"},
      {"a combination", "组合"},
      {"a rewording", "改写项"},
      {"a domains file", "领域文件"},
      {"a domain", "领域"},
      {"a have file", "have 文件"},
      {"an overlay", "叠加项"},
      {"a source", "出处"},
      {"guidance", "建议"},
      {"next steps", "下一步"},
      {"combinations", "组合"},
      {"responsibilities", "职责"},
      {"rewordings", "改写项"},
      {"domains", "领域"},
      {"text", "文字"},
      {"ids", "id"},
  };
  for (auto [en, zh] : kWhat)
    if (en == what) return std::string(zh);
  // "overlay 'x'" and "'set' of overlay 'x'" (role_parser.cpp).
  constexpr std::string_view kOverlay = "overlay ", kSetOf = "'set' of overlay ";
  if (what.starts_with(kOverlay)) return fmt::format("叠加项 {}", what.substr(kOverlay.size()));
  if (what.starts_with(kSetOf))
    return fmt::format("叠加项 {} 的 'set'", what.substr(kSetOf.size()));
  return std::string(what);
}

bool ascii_at(std::string_view s, std::size_t i) {
  return i < s.size() && static_cast<unsigned char>(s[i]) < 0x80;
}

// what_zh to start a Chinese sentence: a space after it when it ends in Latin ("'summary' 必须…",
// "角色文件必须…").
std::string subject_zh(std::string_view what) {
  std::string zh = what_zh(what);
  return ascii_at(zh, zh.size() - 1) ? zh + " " : zh;
}

// Where an id stands, for "不是{}有效的 id": nothing for the key `id` itself, else " next 中".
std::string id_place_zh(std::string_view what) {
  return what == "id" ? "" : fmt::format(" {} 中", what);
}

// what_zh inside a Chinese sentence: spaced where it meets Chinese with Latin ("是 id 的列表").
std::string inner_zh(std::string_view what) {
  std::string zh = what_zh(what);
  if (zh.empty()) return zh;
  return (ascii_at(zh, 0) ? " " : "") + zh + (ascii_at(zh, zh.size() - 1) ? " " : "");
}

}  // namespace

bool Reader::check_map(const YAML::Node& node, std::string_view what,
                       std::span<const std::string_view> known,
                       std::span<const std::string_view> required) {
  if (!node.IsMap()) {
    error(node, fmt::format("{} must be a map, not {}", what, kind_name(node)),
          fmt::format("{}必须是映射，而不是{}", subject_zh(what), kind_name(node, Lang::zh)));
    return false;
  }
  std::vector<std::string> known_words(known.begin(), known.end());
  std::set<std::string, std::less<>> seen;
  // yaml-cpp keeps duplicate keys silently (and a lookup finds the first), so look for them.
  for (auto it = node.begin(); it != node.end(); ++it) {
    const YAML::Node key = it->first;  // a copy: the iterator's pair is a temporary
    if (!key.IsScalar()) {
      error(key, fmt::format("keys of {} must be plain words, not {}", what, kind_name(key)),
            fmt::format("{}的键必须是普通的词，而不是{}", subject_zh(what),
                        kind_name(key, Lang::zh)));
      continue;
    }
    const std::string& name = key.Scalar();
    if (!seen.insert(name).second) {
      error(key, fmt::format("duplicate key '{}' in {}", shown(name), what),
            fmt::format("{}中的键 '{}' 重复", subject_zh(what), shown(name)));
      continue;
    }
    bool is_known = false;
    for (auto k : known) is_known = is_known || k == name;
    if (!is_known) {
      auto suggestion = text::closest_match(name, known_words);
      error(key,
            suggestion ? fmt::format("unknown key '{}' in {} (did you mean '{}'?)", shown(name),
                                     what, *suggestion)
                       : fmt::format("unknown key '{}' in {}", shown(name), what),
            suggestion ? fmt::format("{}中有未知的键 '{}'（是否想用 '{}'？）", subject_zh(what),
                                     shown(name), *suggestion)
                       : fmt::format("{}中有未知的键 '{}'", subject_zh(what), shown(name)));
    }
  }
  for (auto r : required)
    if (!seen.contains(r))
      error(node, fmt::format("{} is missing required key '{}'", what, r),
            fmt::format("{}缺少必填的键 '{}'", subject_zh(what), r));
  return true;
}

std::optional<std::string> Reader::scalar(const YAML::Node& node, std::string_view what) {
  if (!node.IsScalar()) {
    error(node, fmt::format("'{}' must be text, not {}", what, kind_name(node)),
          fmt::format("'{}' 必须是文字，而不是{}", what, kind_name(node, Lang::zh)));
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<std::string> Reader::string(const YAML::Node& map, std::string_view key) {
  YAML::Node node = get(map, key);
  if (!node.IsDefined()) return std::nullopt;
  auto value = scalar(node, key);
  if (value && value->empty()) {
    error(node, fmt::format("'{}' must not be empty", key), fmt::format("'{}' 不能为空", key));
    return std::nullopt;
  }
  return value;
}

std::optional<std::string> Reader::id_scalar(const YAML::Node& node, std::string_view what) {
  auto value = scalar(node, what);
  if (!value) return std::nullopt;
  if (!is_valid_id(*value)) {
    // `Mentoring`: the id is right but for its case.
    if (std::string lower = text::fold_case(*value); is_valid_id(lower))
      error(node,
            fmt::format("'{}' is not a valid id for {}: ids are lower case (did you mean '{}'?)",
                        shown(*value), what, lower),
            fmt::format("'{}' 不是{}有效的 id：id 都是小写（是否想用 '{}'？）", shown(*value),
                        id_place_zh(what), lower));
    else
      error(node,
            fmt::format("'{}' is not a valid id for {} (use lower-case words joined by '-', at "
                        "most 64 characters)",
                        shown(*value), what),
            fmt::format("'{}' 不是{}有效的 id（请用 '-' 连接的小写英文单词，最多 64 个字符）",
                        shown(*value), id_place_zh(what)));
    return std::nullopt;
  }
  return value;
}

std::optional<int> Reader::integer(const YAML::Node& map, std::string_view key, int min, int max) {
  YAML::Node node = get(map, key);
  if (!node.IsDefined()) return std::nullopt;
  auto value = scalar(node, key);
  if (!value) return std::nullopt;
  long parsed = 0;
  bool ok = !value->empty() && value->size() <= 9;
  for (char c : *value) {
    ok = ok && c >= '0' && c <= '9';
    if (ok) parsed = parsed * 10 + (c - '0');
  }
  if (!ok || parsed < min || parsed > max) {
    error(
        node,
        fmt::format("'{}' must be a whole number from {} to {}, not '{}'", key, min, max,
                    shown(*value)),
        fmt::format("'{}' 必须是 {} 到 {} 之间的整数，而不是 '{}'", key, min, max, shown(*value)));
    return std::nullopt;
  }
  return static_cast<int>(parsed);
}

std::optional<Text> Reader::text(const YAML::Node& map, std::string_view key, std::string_view owner) {
  YAML::Node node = get(map, key);
  if (!node.IsDefined()) return std::nullopt;
  std::string what = fmt::format("'{}'", key);
  if (node.IsScalar()) {
    // `summary: Leads the team`: the text is right, the shape is not; show the shape.
    error(node,
          fmt::format("{} must be a map, not text: write {}: {{en: \"...\"}} (and zh: for "
                      "Chinese)",
                      what, key),
          fmt::format("{} 必须是映射，而不是文字：请写成 {}: {{en: \"...\"}}（中文用 zh:）", what,
                      key));
    return std::nullopt;
  }
  if (!check_map(node, what, {"en", "zh"}, {})) return std::nullopt;
  // Either language or both: a one-language library is valid. A missing one is a note, which
  // `validate --require-lang` turns into an error where the text is.
  bool has_en = get(node, "en").IsDefined(), has_zh = get(node, "zh").IsDefined();
  if (!has_en && !has_zh) {
    error(node, fmt::format("{} needs 'en', 'zh' or both", what),
          fmt::format("{} 需要 'en'、'zh' 或两者都有", what));
    return std::nullopt;
  }
  auto en = has_en ? string(node, "en") : std::optional<std::string>("");
  auto zh = has_zh ? string(node, "zh") : std::optional<std::string>("");
  if (!en || !zh) return std::nullopt;
  if (!has_en || !has_zh) {
    Lang missing = has_en ? Lang::zh : Lang::en;
    out_.push_back(diagnostic(at(node),
                              {fmt::format("{}{}{} has no '{}' text", owner,
                                           owner.empty() ? "" : ": ", what, lang_code(missing)),
                               fmt::format("{}{}{} 没有 '{}' 文字", owner, owner.empty() ? "" : "：",
                                           what, lang_code(missing))},
                              Diagnostic::Severity::note));
    out_.back().lacks = missing;
  }
  return Text{*en, *zh};
}

std::optional<Source> Reader::source(const YAML::Node& node) {
  if (!check_map(node, "'source'", {"article", "section"}, {"article", "section"}))
    return std::nullopt;
  auto article = string(node, "article");
  auto section = string(node, "section");
  if (!article || !section) return std::nullopt;
  return Source{*article, *section};
}

std::vector<Source> Reader::sources(const YAML::Node& map, std::string_view key) {
  std::vector<Source> result;
  for_each(map, key, "a source", [&](const YAML::Node& item) {
    if (auto s = source(item)) result.push_back(*s);
  });
  return result;
}

std::optional<Range> Reader::range(const YAML::Node& map, std::string_view key) {
  YAML::Node node = get(map, key);
  if (!node.IsDefined()) return std::nullopt;
  if (!check_map(node, fmt::format("'{}'", key), {"min", "max"}, {})) return std::nullopt;
  Range r{integer(node, "min", 0, 1'000'000), integer(node, "max", 0, 1'000'000)};
  if (!r.min && !r.max) {
    // `min: six` was reported where it is written: no second message about the range.
    if (get(node, "min").IsDefined() || get(node, "max").IsDefined()) return std::nullopt;
    error(node, fmt::format("'{}' needs 'min', 'max' or both", key),
          fmt::format("'{}' 需要 'min'、'max' 或两者都有", key));
    return std::nullopt;
  }
  if (r.min && r.max && *r.min > *r.max) {
    error(node, fmt::format("'{}' has min {} greater than max {}", key, *r.min, *r.max),
          fmt::format("'{}' 的 min {} 大于 max {}", key, *r.min, *r.max));
    return std::nullopt;
  }
  return r;
}

void Reader::for_each(const YAML::Node& map, std::string_view key, std::string_view what,
                      const std::function<void(const YAML::Node&)>& each) {
  YAML::Node node = get(map, key);
  if (!node.IsDefined() || node.IsNull()) return;
  if (!node.IsSequence()) {
    error(node, fmt::format("'{}' must be a list of {}, not {}", key, what, kind_name(node)),
          fmt::format("'{}' 必须是{}的列表，而不是{}", key, inner_zh(what),
                      kind_name(node, Lang::zh)));
    return;
  }
  for (const auto& item : node) {
    if (saturated()) return;
    each(item);
  }
}

std::vector<std::string> Reader::strings(const YAML::Node& map, std::string_view key) {
  std::vector<std::string> result;
  for_each(map, key, "text", [&](const YAML::Node& item) {
    if (auto s = scalar(item, key)) {
      if (s->empty())
        error(item, fmt::format("'{}' must not contain empty text", key),
              fmt::format("'{}' 中不能有空的文字", key));
      else
        result.push_back(*s);
    }
  });
  return result;
}

std::vector<IdRef> Reader::ids(const YAML::Node& map, std::string_view key) {
  std::vector<IdRef> result;
  for_each(map, key, "ids", [&](const YAML::Node& item) {
    if (auto s = id_scalar(item, key)) result.push_back({*s, at(item)});
  });
  return result;
}

std::optional<IdRef> Reader::id_at(const YAML::Node& node, std::string_view what) {
  if (auto s = id_scalar(node, what)) return IdRef{*s, at(node)};
  return std::nullopt;
}

std::optional<IdRef> Reader::id(const YAML::Node& map, std::string_view key) {
  YAML::Node node = get(map, key);
  if (!node.IsDefined()) return std::nullopt;
  if (auto s = id_scalar(node, key)) return IdRef{*s, at(node)};
  return std::nullopt;
}

}  // namespace ctoladder::yaml_fields
