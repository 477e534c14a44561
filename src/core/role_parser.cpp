#include "ctoladder/role_parser.hpp"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include "ctoladder/vocabulary.hpp"
#include "yaml_fields.hpp"

namespace ctoladder {
namespace {

using yaml_fields::locate;
using yaml_fields::Reader;

// Problems yaml-cpp would not report, or would report badly, checked on the raw bytes.
bool check_bytes(const SourceText& source, std::string_view bytes, Diagnostics& out) {
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    out.push_back(
        diagnostic({source.path, 0, 0}, {"file is empty (expected a role: id, name, rank, ...)",
                                         "文件是空的（应为一个角色：id、name、rank……）"}));
    return false;
  }
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    out.push_back(
        diagnostic({source.path, 1, 1}, {"file is UTF-16; role files must be UTF-8",
                                         "文件是 UTF-16 编码；角色文件必须是 UTF-8 编码"}));
    return false;
  }
  if (auto problem =
          yaml_fields::check_text_bytes(source.path, bytes, {"role files", "角色文件"})) {
    out.push_back(std::move(*problem));
    return false;
  }
  // yaml-cpp spends about a microsecond per alias it resolves; a role file needs few or none, so
  // a flood of them is refused before parsing (a bomb of one-letter aliases is 1 s per MB).
  constexpr std::size_t kMaxAliases = 1000;
  std::size_t aliases = 0;
  for (std::size_t i = 0; i + 1 < bytes.size(); ++i) {
    char before = i == 0 ? '\n' : bytes[i - 1];
    if (bytes[i] == '*' && std::string_view(" \t\n[{,:-").find(before) != std::string_view::npos &&
        bytes[i + 1] != ' ' && ++aliases > kMaxAliases) {
      out.push_back(diagnostic(
          locate(source.path, bytes, i),
          {fmt::format("more than {} YAML aliases; role files need few or none", kMaxAliases),
           fmt::format("YAML 别名（alias）超过 {} 个；角色文件很少需要别名", kMaxAliases)}));
      return false;
    }
  }
  return true;
}

// `source:` is one citation, or a list of them when more than one place says the same.
std::vector<Source> parse_citations(Reader& r, const YAML::Node& node) {
  auto s = Reader::get(node, "source");
  if (!s.IsDefined()) return {};
  if (!s.IsSequence()) {
    auto one = r.source(s);
    return one ? std::vector<Source>{*one} : std::vector<Source>{};
  }
  std::vector<Source> all = r.sources(node, "source");
  if (all.empty() && s.size() == 0)
    r.error(s, "'source' lists no citation", "'source' 中没有列出任何出处");
  return all;
}

std::optional<Responsibility> parse_responsibility(Reader& r, const YAML::Node& node) {
  if (!r.check_map(node, "a responsibility", {"id", "domain", "text", "how", "source"},
                   {"id", "domain", "text", "source"}))
    return std::nullopt;
  Responsibility item;
  auto id = r.id(node, "id");
  auto domain = r.id(node, "domain");
  std::string owner = id ? fmt::format("responsibility '{}'", id->id) : std::string();
  auto text = r.text(node, "text", owner);
  item.how = r.text(node, "how", owner);
  std::vector<Source> sources = parse_citations(r, node);
  if (!id || !domain || !text || sources.empty()) return std::nullopt;
  item.id = id->id;
  item.domain = domain->id;
  item.text = *text;
  item.source = sources.front();
  item.also.assign(sources.begin() + 1, sources.end());
  item.where = r.at(node);
  return item;
}

// `source` and/or `inference` of a map already checked by check_map.
Basis parse_basis(Reader& r, const YAML::Node& node) {
  Basis basis;
  if (auto s = Reader::get(node, "source"); s.IsDefined()) basis.source = r.source(s);
  basis.inference = r.text(node, "inference");
  return basis;
}

std::vector<Guidance> parse_guidance(Reader& r, const YAML::Node& map) {
  std::vector<Guidance> result;
  r.for_each(map, "guidance", "guidance", [&](const YAML::Node& node) {
    if (!r.check_map(node, "a piece of guidance", {"text", "source"}, {"text", "source"})) return;
    auto text = r.text(node, "text");
    std::optional<Source> source;
    if (auto s = Reader::get(node, "source"); s.IsDefined()) source = r.source(s);
    if (text && source) result.push_back({*text, *source, r.at(node)});
  });
  return result;
}

// A `next` entry: an id, or a map {id, source | inference, guidance}.
std::vector<NextStep> parse_next(Reader& r, const YAML::Node& root) {
  std::vector<NextStep> result;
  auto list = Reader::get(root, "next");
  if (!list.IsDefined()) return result;
  if (!list.IsSequence()) {
    r.error(list, "'next' must be a list of role ids or {id, source | inference, guidance} maps",
            "'next' 必须是角色 id 或 {id, source | inference, guidance} 映射的列表");
    return result;
  }
  r.for_each(root, "next", "next steps", [&](const YAML::Node& node) {
    if (!node.IsMap()) {
      if (auto id = r.id_at(node, "next")) result.push_back({id->id, {}, {}, id->where});
      return;
    }
    if (!r.check_map(node, "a next step", {"id", "source", "inference", "guidance"}, {"id"}))
      return;
    auto id = r.id(node, "id");
    Basis basis = parse_basis(r, node);
    auto guidance = parse_guidance(r, node);
    if (id) result.push_back({id->id, std::move(basis), std::move(guidance), id->where});
  });
  return result;
}

std::vector<Combination> parse_combinations(Reader& r, const YAML::Node& root) {
  std::vector<Combination> result;
  r.for_each(root, "combinations", "combinations", [&](const YAML::Node& node) {
    if (!r.check_map(node, "a combination", {"overlays", "combine", "conflict", "source", "inference"},
                     {"overlays"}))
      return;
    Combination c;
    c.where = r.at(node);
    c.overlays = r.ids(node, "overlays");
    auto combine = r.text(node, "combine");
    auto conflict = r.text(node, "conflict");
    c.basis = parse_basis(r, node);
    if (c.overlays.size() != 2) {
      r.error(node, "a combination names exactly two overlays", "一个组合必须恰好列出两个叠加项");
      return;
    }
    if (combine.has_value() == conflict.has_value()) {
      r.error(node,
              "a combination states either 'combine' (how the two overlays combine) or "
              "'conflict' (why they cannot)",
              "一个组合只写 'combine'（两个叠加项如何组合）或 'conflict'（为何不能组合）之一");
      return;
    }
    if (!c.basis.source && !c.basis.inference) {
      r.error(node, "a combination needs a 'source' or an 'inference' (the project's reasoning)",
              "组合需要 'source' 或 'inference'（本项目的推理）");
      return;
    }
    c.conflict = conflict.has_value();
    c.note = conflict ? *conflict : *combine;
    result.push_back(std::move(c));
  });
  return result;
}

std::vector<Responsibility> parse_responsibilities(Reader& r, const YAML::Node& map,
                                                   std::string_view key) {
  std::vector<Responsibility> result;
  r.for_each(map, key, "responsibilities", [&](const YAML::Node& item) {
    if (auto parsed = parse_responsibility(r, item)) result.push_back(std::move(*parsed));
  });
  return result;
}

// One field's value, by its type (see kRoleFields in model.hpp).
void read_field(Reader& r, const YAML::Node& map, std::string_view key, std::optional<Text>& to) {
  to = r.text(map, key);
}
void read_field(Reader& r, const YAML::Node& map, std::string_view key, std::optional<Range>& to) {
  to = r.range(map, key);
}
template <class Enum>
requires std::is_enum_v<Enum>
void read_field(Reader& r, const YAML::Node& map, std::string_view key, std::optional<Enum>& to) {
  to = r.word<Enum>(map, key, parse_word<Enum>, words_of<Enum>());
}

// The scalar fields shared by a role and an overlay's `set`.
void parse_fields(Reader& r, const YAML::Node& map, Fields& fields) {
  for_each_field([&](const auto& f) { read_field(r, map, f.info.key, fields.*f.stated); });
}

// The keys of a role file, and those a role without `extends` must state, in the order
// messages and did-you-mean suggestions go over them.
struct RoleKeys {
  std::vector<std::string_view> fields;  // what an overlay's `set` may hold
  std::vector<std::string_view> known;
  std::vector<std::string_view> required_at_root;
};

const RoleKeys& role_keys() {
  static const RoleKeys keys = [] {
    RoleKeys k;
    k.known = {"id", "name", "aliases", "rank", "rank_basis"};
    k.required_at_root = {"name", "rank"};
    for_each_field([&](const auto& f) {
      k.fields.push_back(f.info.key);
      if (f.required) k.required_at_root.push_back(f.info.key);
    });
    k.known.insert(k.known.end(), k.fields.begin(), k.fields.end());
    for (auto key : {"next", "extends", "sources", "responsibilities", "remove", "overlays",
                     "guidance", "combinations"})
      k.known.push_back(key);
    k.required_at_root.push_back("sources");
    k.required_at_root.push_back("responsibilities");
    return k;
  }();
  return keys;
}

std::optional<Overlay> parse_overlay(Reader& r, const YAML::Node& name, const YAML::Node& node) {
  Overlay overlay;
  overlay.where = r.at(name);
  if (!name.IsScalar() || !yaml_fields::is_valid_id(name.Scalar())) return std::nullopt;
  overlay.name = name.Scalar();
  std::string what = fmt::format("overlay '{}'", overlay.name);
  if (!r.check_map(node, what,
                   {"axis", "summary", "source", "set", "add", "remove", "reword", "guidance"},
                   {"axis", "summary", "source"}))
    return std::nullopt;
  auto axis = r.word<Axis>(node, "axis", parse_word<Axis>, words_of<Axis>());
  auto summary = r.text(node, "summary");
  std::optional<Source> source;
  if (auto s = Reader::get(node, "source"); s.IsDefined()) source = r.source(s);
  if (auto set = Reader::get(node, "set"); set.IsDefined()) {
    if (r.check_map(set, fmt::format("'set' of {}", what), role_keys().fields, {}))
      parse_fields(r, set, overlay.set);
  }
  overlay.add = parse_responsibilities(r, node, "add");
  overlay.remove = r.ids(node, "remove");
  r.for_each(node, "reword", "rewordings", [&](const YAML::Node& item) {
    if (!r.check_map(item, "a rewording", {"id", "text", "how"}, {"id"})) return;
    Reword reword;
    reword.where = r.at(item);
    auto id = r.id(item, "id");
    std::string owner = id ? fmt::format("rewording of '{}'", id->id) : std::string();
    reword.text = r.text(item, "text", owner);
    reword.how = r.text(item, "how", owner);
    if (!reword.text && !reword.how)
      r.error(item, "a rewording needs 'text', 'how' or both",
              "改写项需要 'text'、'how' 或两者都有");
    else if (id)
      overlay.reword.push_back({id->id, reword.text, reword.how, reword.where});
  });
  overlay.guidance = parse_guidance(r, node);
  if (!axis || !summary || !source) return std::nullopt;
  overlay.axis = *axis;
  overlay.summary = *summary;
  overlay.source = *source;
  return overlay;
}

std::optional<RoleDef> parse_role(Reader& r, const YAML::Node& root) {
  constexpr std::string_view kRequired[] = {"id"};
  if (!r.check_map(root, "a role file", role_keys().known, kRequired))
    return std::nullopt;
  RoleDef role;
  auto id = r.id(root, "id");
  role.where = id ? id->where : r.at(root);
  role.name = r.text(root, "name");
  role.aliases = r.strings(root, "aliases");
  if (auto list = Reader::get(root, "aliases"); list.IsSequence())
    for (const auto& item : list)  // the items strings() kept, in its order
      if (item.IsScalar() && !item.Scalar().empty()) role.alias_where.push_back(r.at(item));
  role.rank = r.integer(root, "rank", 1, 1000);
  if (auto basis = Reader::get(root, "rank_basis"); basis.IsDefined()) {
    if (r.check_map(basis, "'rank_basis'", {"source", "inference"}, {}))
      role.rank_basis = parse_basis(r, basis);
    if (!Reader::get(root, "rank").IsDefined())
      r.error(basis, "'rank_basis' says why the role's 'rank' is what it is; give 'rank' too",
              "'rank_basis' 说明角色的 'rank' 为何如此；请同时给出 'rank'");
  }
  parse_fields(r, root, role.fields);
  role.next = parse_next(r, root);
  role.guidance = parse_guidance(r, root);
  role.guidance_stated = Reader::get(root, "guidance").IsDefined();
  role.combinations = parse_combinations(r, root);
  role.extends = r.id(root, "extends");
  role.sources = r.sources(root, "sources");
  role.responsibilities = parse_responsibilities(r, root, "responsibilities");
  role.remove = r.ids(root, "remove");

  // Without `extends` nothing can be inherited, so the role must state everything itself.
  if (!Reader::get(root, "extends").IsDefined()) {
    for (auto key : role_keys().required_at_root)
      if (!Reader::get(root, key).IsDefined())
        r.error(root, fmt::format("a role file is missing required key '{}'", key),
                fmt::format("角色文件缺少必填的键 '{}'", key));
    if (auto list = Reader::get(root, "responsibilities");
        list.IsDefined() && role.responsibilities.empty() &&
        (list.IsNull() || (list.IsSequence() && list.size() == 0)))
      r.error(list, "'responsibilities' is empty; a role without 'extends' needs at least one",
              "'responsibilities' 是空的；没有 'extends' 的角色至少需要一项职责");
    if (auto remove = Reader::get(root, "remove"); remove.IsDefined())
      r.error(remove, "'remove' only makes sense with 'extends'",
              "'remove' 只能与 'extends' 一起使用");
  }

  if (auto overlays = Reader::get(root, "overlays"); overlays.IsDefined()) {
    if (!overlays.IsMap()) {
      r.error(overlays, "'overlays' must be a map from overlay name to overlay",
              "'overlays' 必须是从叠加项名称到叠加项的映射");
    } else {
      // Overlay names are user-chosen, so check_map cannot list them; check duplicates here.
      std::vector<std::string> seen;
      for (auto it = overlays.begin(); it != overlays.end(); ++it) {
        const YAML::Node name = it->first;  // a copy: the iterator's pair is a temporary
        if (!name.IsScalar() || !yaml_fields::is_valid_id(name.Scalar())) {
          r.error(name, "overlay names must be ids (lower-case words joined by '-')",
                  "叠加项名称必须是 id（用 '-' 连接的小写英文单词）");
          continue;
        }
        if (std::find(seen.begin(), seen.end(), name.Scalar()) != seen.end()) {
          r.error(name, fmt::format("duplicate overlay '{}'", name.Scalar()),
                  fmt::format("叠加项 '{}' 重复", name.Scalar()));
          continue;
        }
        seen.push_back(name.Scalar());
        // validate tries every pair of overlays, so their number must stay small.
        constexpr std::size_t kMaxOverlays = 64;
        if (seen.size() > kMaxOverlays) {
          r.error(name, fmt::format("a role may have at most {} overlays", kMaxOverlays),
                  fmt::format("一个角色最多有 {} 个叠加项", kMaxOverlays));
          break;
        }
        if (auto overlay = parse_overlay(r, name, it->second))
          role.overlays.push_back(std::move(*overlay));
      }
    }
  }
  if (!id) return std::nullopt;
  role.id = id->id;
  return role;
}

std::vector<Domain> parse_domains(Reader& r, const YAML::Node& root) {
  std::vector<Domain> result;
  if (!r.check_map(root, "a domains file", {"domains"}, {"domains"})) return result;
  r.for_each(root, "domains", "domains", [&](const YAML::Node& node) {
    if (!r.check_map(node, "a domain", {"id", "name", "summary", "sources"},
                     {"id", "name", "summary"}))
      return;
    auto id = r.id(node, "id");
    auto name = r.text(node, "name");
    auto summary = r.text(node, "summary");
    auto sources = r.sources(node, "sources");
    if (id && name && summary) result.push_back({id->id, *name, *summary, sources, id->where});
  });
  return result;
}

}  // namespace

bool is_domains_file(std::string_view path) {
  auto slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return name == "domains.yaml" || name == "domains.yml";
}

ParsedFile parse_file(const SourceText& source, Diagnostics& diagnostics) {
  ParsedFile result;
  std::string_view bytes = source.bytes;
  // A UTF-8 byte-order mark is harmless; skip it so positions stay right.
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (!check_bytes(source, bytes, diagnostics)) return result;

  // A second document starts with a `---` line after some content. Found by scanning, because
  // YAML::LoadAll never ends on some inputs (yaml-cpp 0.7 bug, jbeder/yaml-cpp#1040: a leading
  // ',' yields empty documents forever); YAML::Load reads only the first document.
  bool seen_content = false;
  for (std::size_t start = 0; start < bytes.size();) {
    std::size_t end = bytes.find('\n', start);
    std::string_view line = bytes.substr(start, end == std::string_view::npos ? end : end - start);
    if (line.starts_with("---") && seen_content) {
      diagnostics.push_back(diagnostic(locate(source.path, bytes, start),
                                       {"a role file holds one YAML document, found a second",
                                        "角色文件只能有一个 YAML 文档，这里出现了第二个"}));
      return result;
    }
    auto first = line.find_first_not_of(" \t\r");
    if (first != std::string_view::npos && line[first] != '#' && !line.starts_with("---") &&
        !line.starts_with("%"))
      seen_content = true;
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  std::vector<YAML::Node> documents;
  try {
    documents.push_back(YAML::Load(std::string(bytes)));
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp may mark the end of the stream, a line past the text; point at the last text.
    Location where = yaml_fields::position(source.path, bytes, e.mark);
    if (e.mark.pos >= 0 && static_cast<std::size_t>(e.mark.pos) >= bytes.size())
      where = locate(source.path, bytes, bytes.find_last_not_of(" \t\r\n"));
    diagnostics.push_back(diagnostic(where, {"nesting is too deep (yaml-cpp stops at 500 levels)",
                                             "嵌套太深（yaml-cpp 最多 500 层）"}));
    return result;
  } catch (const YAML::Exception& e) {
    Location where{source.path, 0, 0};
    if (!e.mark.is_null()) where = yaml_fields::position(source.path, bytes, e.mark);
    // yaml-cpp's message for a tab in the indentation ("illegal map value") does not say why.
    int line = 1;
    for (std::size_t start = 0; start < bytes.size() && (where.line == 0 || line <= where.line);
         ++line) {
      if (bytes[start] == '\t') {
        diagnostics.push_back(
            {{source.path, line, 1}, "a tab is used for indentation; YAML allows only spaces"});
        diagnostics.back().message_zh = "缩进中用了制表符；YAML 只允许用空格缩进";
        return result;
      }
      std::size_t newline = bytes.find('\n', start);
      if (newline == std::string_view::npos) break;
      start = newline + 1;
    }
    // An unquoted ': ' inside a text ("text: {en: Plan: ship it}") is the usual cause of these
    // on a line with a flow map or list; on a plain line, a key indented too far or too little.
    auto line_at = [&bytes](int wanted) {
      std::size_t start = 0;
      for (int n = 1; n < wanted; ++n) {
        std::size_t newline = bytes.find('\n', start);
        if (newline == std::string_view::npos) return std::string_view();
        start = newline + 1;
      }
      return bytes.substr(start, bytes.find('\n', start) - start);
    };
    bool flow = line_at(where.line).find_first_of("{[") != std::string_view::npos;
    std::string hint, hint_zh;
    // A '[' or '{' left open ("next: [dev-2" and a new line) is reported where the reader gave
    // up, often the next key: name the line that opened it instead of blaming a ': '.
    bool sequence = e.msg == "end of sequence flow not found";
    if (sequence || e.msg == "end of map flow not found") {
      char open = sequence ? '[' : '{', close = sequence ? ']' : '}';
      for (int n = where.line; n >= 1 && n + 3 > where.line; --n) {
        std::string_view text = line_at(n);
        int depth = 0;
        char quote = 0;
        for (char c : text) {
          if (quote) quote = c == quote ? 0 : quote;
          else if (c == '"' || c == '\'') quote = c;
          else if (c == '#') break;
          else depth += (c == open) - (c == close);
        }
        if (depth > 0) {
          hint = fmt::format(" (the '{}' on line {} is not closed: end it with '{}' on that line)",
                             open, n, close);
          hint_zh = fmt::format("（第 {} 行的 '{}' 没有闭合：请在该行末尾加上 '{}'）", n, open, close);
          break;
        }
      }
    }
    for (std::string_view cause : {"end of map flow not found", "illegal map value",
                                   "end of sequence flow not found"})
      if (e.msg == cause && hint.empty() && (flow || e.msg != "illegal map value")) {
        hint = " (if a text holds ': ', put it in quotes: {en: \"Plan: ship it\"})";
        hint_zh = "（文字中含有 ': ' 时请加引号：{en: \"Plan: ship it\"}）";
      }
    for (std::string_view cause : {"illegal map value", "end of map not found",
                                   "end of sequence not found"})
      if (e.msg == cause && hint.empty()) {
        hint = " (check the indentation of this line and the one above: keys of one map line up)";
        hint_zh = "（请检查这一行和上一行的缩进：同一映射的键应当对齐）";
      }
    // yaml-cpp's own words stay English: they name YAML's terms.
    diagnostics.push_back({where, fmt::format("invalid YAML: {}{}", e.msg, hint)});
    diagnostics.back().message_zh = fmt::format("YAML 语法错误：{}{}", e.msg, hint_zh);
    return result;
  }
  if (documents.empty() || documents.front().IsNull()) {
    diagnostics.push_back(
        diagnostic({source.path, 0, 0}, {"file holds no YAML document", "文件中没有 YAML 文档"}));
    return result;
  }
  Reader reader(source.path, bytes, diagnostics);
  if (is_domains_file(source.path))
    result.domains = parse_domains(reader, documents.front());
  else
    result.role = parse_role(reader, documents.front());
  return result;
}

}  // namespace ctoladder
