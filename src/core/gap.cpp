#include "ctoladder/gap.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

#include "ctoladder/file_io.hpp"
#include "ctoladder/text.hpp"
#include "ctoladder/views.hpp"
#include "yaml_fields.hpp"

namespace ctoladder {
std::vector<IdRef> read_have_file(const std::string& path, Diagnostics& diagnostics) {
  FileRead read = read_file(path, kMaxHaveFileBytes);
  if (!read.ok()) {
    diagnostics.push_back(diagnostic(
        {path, 0, 0}, read_problem(read, {"a have file", "have 文件"}, kMaxHaveFileBytes)));
    return {};
  }
  return parse_have({path, std::move(read.bytes)}, diagnostics);
}

std::vector<IdRef> parse_have(const SourceText& source, Diagnostics& diagnostics) {
  std::string_view bytes = source.bytes;
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (auto problem =
          yaml_fields::check_text_bytes(source.path, bytes, {"have files", "have 文件"})) {
    diagnostics.push_back(std::move(*problem));
    return {};
  }
  std::vector<YAML::Node> documents;
  try {
    // YAML::Load, not LoadAll: LoadAll never ends on some inputs (yaml-cpp 0.7, issue #1040).
    documents.push_back(YAML::Load(std::string(bytes)));
  } catch (const YAML::Exception& e) {
    Location where{source.path, 0, 0};
    if (!e.mark.is_null()) where = yaml_fields::position(source.path, bytes, e.mark);
    // yaml-cpp's own words stay English: they name YAML's terms.
    diagnostics.push_back(diagnostic(
        where, {fmt::format("invalid YAML: {}", e.msg), fmt::format("YAML 语法错误：{}", e.msg)}));
    return {};
  }
  if (documents.empty() || documents.front().IsNull()) {
    diagnostics.push_back(diagnostic(
        {source.path, 0, 0},
        {"file holds no YAML document (expected 'holds: [id, ...]'; see 'ctoladder gap "
         "--template')",
         "文件中没有 YAML 文档（应为 'holds: [id, ...]'；见 'ctoladder gap --template'）"}));
    return {};
  }
  yaml_fields::Reader reader(source.path, bytes, diagnostics);
  const YAML::Node& root = documents.front();
  if (!reader.check_map(root, "a have file", {"holds"}, {"holds"})) return {};
  std::vector<IdRef> ids = reader.ids(root, "holds");
  std::set<std::string> seen;
  for (const auto& id : ids)
    if (!seen.insert(id.id).second)
      diagnostics.push_back(diagnostic(
          id.where,
          {fmt::format("'{}' is listed twice", id.id), fmt::format("'{}' 列出了两次", id.id)},
          Diagnostic::Severity::warning));
  return ids;
}

std::vector<IdRef> parse_have_list(std::string_view list, const std::string& where,
                                   Diagnostics& diagnostics) {
  std::vector<IdRef> ids;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = std::min(list.find(',', start), list.size());
    std::string_view item = list.substr(start, comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!yaml_fields::is_valid_id(item))
      diagnostics.push_back(diagnostic(
          {where, 0, 0},
          {fmt::format("'{}' is not a responsibility id (lower-case words joined by '-')", item),
           fmt::format("'{}' 不是职责 id（应为用 '-' 连接的小写英文单词）", item)}));
    else
      ids.push_back({std::string(item), {where, 0, 0}});
    start = comma + 1;
  }
  return ids;
}

std::string have_template(Lang lang) {
  if (lang == Lang::zh)
    return "# ctoladder 的“已具备”文件：列出你已经承担的职责，每项写职责 id。\n"
           "# 用法：ctoladder gap 目标角色 --have 本文件 [--min 百分比]\n"
           "# id 见 'ctoladder describe 角色' 的输出，或 'ctoladder search 关键词'。\n"
           "# 只有一个键 holds：id 的列表（可以为空：holds: []）。\n"
           "holds:\n"
           "  - hands-on-coding\n"
           "  - feature-implementation\n"
           "  - module-design\n"
           "  - bug-diagnosis\n";
  return "# ctoladder have file: the responsibilities you already hold, one id per item.\n"
         "# Use it with: ctoladder gap TARGET --have THIS-FILE [--min PERCENT]\n"
         "# Ids are the ones 'ctoladder describe ROLE' lists, or 'ctoladder search WORD' finds.\n"
         "# The only key is holds: a list of ids (it may be empty: holds: []).\n"
         "holds:\n"
         "  - hands-on-coding\n"
         "  - feature-implementation\n"
         "  - module-design\n"
         "  - bug-diagnosis\n";
}

std::string have_template(const Library& library, const Role& target, Lang lang) {
  std::string name = target.name.shown(lang);
  std::string out =
      lang == Lang::zh
          ? fmt::format("# ctoladder 的“已具备”文件，对照 {}（{}）的 {} 项职责。\n"
                        "# 删去你尚未承担的职责所在的行，然后运行：\n"
                        "#   ctoladder gap {} --have 本文件 [--min 百分比]\n"
                        "holds:\n",
                        target.reference(), name, target.responsibilities.size(),
                        target.reference())
          : fmt::format("# ctoladder have file for {} ({}): its {} responsibilities.\n"
                        "# Delete the lines of those you do not hold yet, then run:\n"
                        "#   ctoladder gap {} --have THIS-FILE [--min PERCENT]\n"
                        "holds:\n",
                        target.reference(), name, target.responsibilities.size(),
                        target.reference());
  if (target.responsibilities.empty()) return out + "  []\n";
  // Grouped by domain in the library's order, as `gap` reports them.
  std::vector<const Responsibility*> duties;
  for (const auto& r : target.responsibilities) duties.push_back(&r);
  std::stable_sort(duties.begin(), duties.end(), [&](const auto* a, const auto* b) {
    return library.domain_order(a->domain) < library.domain_order(b->domain);
  });
  std::size_t id_width = 0;  // the comments start in one column
  for (const auto* r : duties) id_width = std::max(id_width, r->id.size());
  std::string domain;
  for (const auto* r : duties) {
    if (r->domain != domain) {
      domain = r->domain;
      const Domain* known = library.domain(domain);
      out += fmt::format("  # {}\n", known ? known->name.shown(lang) : domain);
    }
    // One line per duty: a comment is a line, and a newline in the text would end it.
    std::string text = r->text.shown(lang);
    std::replace(text.begin(), text.end(), '\n', ' ');
    out += fmt::format("  - {:<{}}  # {}\n", r->id, id_width, text);
  }
  return out;
}

std::vector<KnownDuty> known_duties(const Library& library) {
  std::vector<KnownDuty> known;
  std::set<std::string, std::less<>> seen;
  std::vector<Role> roles = ladder_roles(library);
  for (const auto& role : roles)
    for (const auto& r : role.responsibilities)
      if (seen.insert(r.id).second) known.push_back({r, role.id, role.rank});
  for (const auto& role : roles)
    if (const RoleDef* def = library.role(role.id))
      for (const auto& overlay : def->overlays)
        for (const auto& r : overlay.add)
          if (seen.insert(r.id).second)
            known.push_back({r, fmt::format("{}@{}", role.id, overlay.name), role.rank});
  return known;
}

void check_known(const std::vector<KnownDuty>& known, const std::vector<IdRef>& ids,
                 Diagnostics& diagnostics, Diagnostic::Severity unmatched) {
  std::vector<std::string> words;
  for (const auto& k : known) words.push_back(k.duty.id);
  for (const auto& id : ids) {
    if (std::find(words.begin(), words.end(), id.id) != words.end()) continue;
    auto suggestion = text::closest_match(id.id, words);
    // A typo is a letter or two off (`mentorign`, a swap); `pairing` is a duty of its own that the
    // library lacks, not `hiring` mistyped, and a have file may name such duties (a warning).
    bool typo = suggestion && text::edit_distance(id.id, *suggestion) <=
                                  std::max<std::size_t>(1, id.id.size() / 4);
    if (typo || (suggestion && unmatched != Diagnostic::Severity::warning))
      diagnostics.push_back(diagnostic(
          id.where,
          {fmt::format("unknown responsibility '{}' (did you mean '{}'?)", id.id, *suggestion),
           fmt::format("未知职责 '{}'（是否想用 '{}'？）", id.id, *suggestion)}));
    else if (unmatched == Diagnostic::Severity::warning)
      diagnostics.push_back(diagnostic(
          id.where,
          {fmt::format("unknown responsibility '{}' (no role holds it{}; not counted — was the "
                       "file made for a role folder? add --roles DIR)",
                       id.id,
                       suggestion ? fmt::format("; the nearest id is '{}'", *suggestion) : ""),
           fmt::format("未知职责 '{}'（没有角色承担它{}；不计入——这个文件是否为某个角色目录"
                       "而写？请加 --roles DIR）",
                       id.id, suggestion ? fmt::format("；最接近的 id 是 '{}'", *suggestion) : "")},
          unmatched));
    else
      diagnostics.push_back(diagnostic(
          id.where, {fmt::format("unknown responsibility '{}' (no role holds it)", id.id),
                     fmt::format("未知职责 '{}'（没有角色承担它）", id.id)}));
  }
}

const KnownDuty* Gap::where_learned(std::string_view id) const {
  for (const auto& k : known)
    if (k.duty.id == id) return &k;
  return nullptr;
}

Gap gap(const Library& library, const Role& target, const std::vector<std::string>& held,
        const Role* from) {
  Gap result{target, std::nullopt, {}, {}, {}, known_duties(library), 0, 0, std::nullopt, {}};
  if (from)
    for (const auto& step : from->next_steps)
      if (step.id == target.id) result.step_guidance = step.guidance;
  std::set<std::string, std::less<>> holds;
  for (const auto& id : held)
    if (holds.insert(id).second) result.held.push_back(id);
  for (const auto& r : result.target.responsibilities) {
    auto it = std::find_if(result.domains.begin(), result.domains.end(),
                           [&](const DomainGap& d) { return d.domain == r.domain; });
    if (it == result.domains.end()) {
      result.domains.push_back({r.domain, 0, 0, {}});
      it = std::prev(result.domains.end());
    }
    ++it->total;
    ++result.total;
    if (holds.contains(r.id)) {
      ++it->held;
      ++result.held_count;
    } else {
      it->missing.push_back(r);
    }
  }
  std::stable_sort(result.domains.begin(), result.domains.end(),
                   [&](const DomainGap& x, const DomainGap& y) {
                     return library.domain_order(x.domain) < library.domain_order(y.domain);
                   });
  for (const auto& id : result.held) {
    bool needed =
        std::any_of(result.target.responsibilities.begin(), result.target.responsibilities.end(),
                    [&](const Responsibility& r) { return r.id == id; });
    if (needed) continue;
    const KnownDuty* k = result.where_learned(id);
    if (!k) continue;
    KnownDuty shown = *k;
    if (from) {
      auto own = std::find_if(from->responsibilities.begin(), from->responsibilities.end(),
                              [&](const Responsibility& r) { return r.id == id; });
      if (own != from->responsibilities.end()) shown.duty = *own;
    }
    result.extra.push_back(std::move(shown));
  }
  return result;
}

}  // namespace ctoladder
