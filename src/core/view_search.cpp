// `search`: responsibilities, names and summaries matching a text, in either language.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

#include "ctoladder/resolve.hpp"
#include "ctoladder/text.hpp"
#include "ctoladder/views.hpp"
#include "ctoladder/vocabulary.hpp"
#include "json_shapes.hpp"
#include "view_common.hpp"

namespace ctoladder {
using view::tr;
using Json = nlohmann::ordered_json;

namespace {

struct Hit {
  std::string role;    // reference: "cto" or "cto@startup" for what an overlay brings
  std::string domain;  // empty for a name or summary
  std::string id;      // responsibility id, or "name" or a prose field's key ("summary", ...)
  Text text;
};

// One role's hits, so hits can come in ladder order (rank, then id).
struct RoleHits {
  int rank;
  std::string id;
  std::vector<Hit> hits;
};

bool contains_folded(const std::string& folded_query, std::string_view text) {
  thread_local std::string folded;
  text::fold_case_into(text, folded);
  return folded.find(folded_query) != std::string::npos;
}

bool matches(const std::string& folded_query, const Text& text) {
  return contains_folded(folded_query, text.en) || contains_folded(folded_query, text.zh);
}

// A prose field's text (a Text, or an optional one); null when the role leaves it unset.
template <class Value>
const Text* stated(const Value& text) {
  if constexpr (std::is_same_v<Value, Text>)
    return &text;
  else
    return text ? &*text : nullptr;
}

// Where `text` matches the folded query, in bytes of `text`, for highlighting. Each character is
// folded on its own so that offsets map back; a match that folding across characters would find
// (rare: compatibility sequences) is simply not highlighted.
std::vector<Mark> find_marks(const std::string& folded_query, const std::string& text) {
  std::vector<Mark> marks;
  if (folded_query.empty()) return marks;
  std::string folded;
  std::vector<std::size_t> source;  // for each byte of `folded`, where its character starts
  std::vector<std::size_t> ends;    // ... and where it ends, in `text`
  for (std::size_t pos = 0; pos < text.size();) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    const std::size_t size = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    const std::size_t end = std::min(pos + size, text.size());
    const std::string piece =
        lead < 0x80 ? std::string(1, static_cast<char>(std::tolower(lead)))
                    : text::fold_case(std::string_view(text).substr(pos, end - pos));
    folded += piece;
    source.insert(source.end(), piece.size(), pos);
    ends.insert(ends.end(), piece.size(), end);
    pos = end;
  }
  for (std::size_t at = folded.find(folded_query); at != std::string::npos;
       at = folded.find(folded_query, at + folded_query.size())) {
    const Mark mark{source[at], ends[at + folded_query.size() - 1]};
    if (!marks.empty() && mark.begin < marks.back().end)
      marks.back().end = std::max(marks.back().end, mark.end);
    else
      marks.push_back(mark);
  }
  return marks;
}

bool matches(const std::string& folded_query, const Responsibility& r) {
  return r.id.find(folded_query) != std::string::npos || matches(folded_query, r.text) ||
         (r.how && matches(folded_query, *r.how));
}

}  // namespace

Output search_view(const Library& library, const SearchQuery& query, Lang lang, Parts parts) {
  std::string folded = text::fold_case(query.text);
  if (folded.empty())
    throw Error(ErrorKind::usage,
                Text{"search needs some text to look for", "search 需要要查找的文字"},
                Text{"give a word or phrase, e.g. ctoladder search review; 'ctoladder list' shows "
                     "every role",
                     "请给出一个词或短语，如 ctoladder search 评审；'ctoladder list' 列出所有角色"});
  std::string only_role;
  if (query.role) only_role = find_role(library, *query.role).id;
  if (query.domain && !library.domain(*query.domain)) {
    std::vector<std::string> ids;
    for (const auto& d : library.domains()) ids.push_back(d.id);
    // A near miss, else the one domain the word begins (`archi`: architecture).
    auto suggestion = text::closest_match(*query.domain, ids);
    if (!suggestion) {
      std::string start = text::fold_case(*query.domain);
      std::vector<std::string> begun;
      for (const auto& id : ids)
        if (id.starts_with(start)) begun.push_back(id);
      if (begun.size() == 1) suggestion = begun.front();
    }
    throw Error(ErrorKind::usage,
                suggestion ? Text{fmt::format("unknown domain '{}' (did you mean '{}'?)",
                                              *query.domain, *suggestion),
                                  fmt::format("未知领域 '{}'（是否想用 '{}'？）", *query.domain,
                                              *suggestion)}
                           : Text{fmt::format("unknown domain '{}'", *query.domain),
                                  fmt::format("未知领域 '{}'", *query.domain)},
                Text{fmt::format("domains: {}", fmt::join(ids, ", ")),
                     fmt::format("可用领域：{}", fmt::join(ids, ", "))});
  }

  std::vector<RoleHits> by_role;
  for (const RoleDef& def : library.roles()) {
    if (!only_role.empty() && def.id != only_role) continue;
    const Role role = view::resolve_listed(library, def);
    std::vector<Hit> hits;
    if (query.track && role.track != *query.track) continue;
    if (!query.domain) {
      if (matches(folded, role.name) || role.id.find(folded) != std::string::npos)
        hits.push_back({role.id, "", "name", role.name});
      for_each_field([&](const auto& f) {
        if constexpr (std::remove_cvref_t<decltype(f)>::prose)
          if (const Text* text = stated(role.*f.resolved); text && matches(folded, *text))
            hits.push_back({role.id, "", std::string(f.info.key), *text});
      });
    }
    auto consider = [&](const std::string& ref, const Responsibility& r) {
      if (query.domain && r.domain != *query.domain) return;
      if (matches(folded, r)) hits.push_back({ref, r.domain, r.id, r.text});
    };
    for (const auto& r : role.responsibilities) consider(role.id, r);
    // What overlays bring is searchable too, under the overlay's reference.
    for (const auto& overlay : def.overlays) {
      for (const auto& r : overlay.add) consider(role.id + "@" + overlay.name, r);
      for (const auto& reword : overlay.reword) {
        auto base = std::find_if(role.responsibilities.begin(), role.responsibilities.end(),
                                 [&](const Responsibility& r) { return r.id == reword.id; });
        bool own_words = (reword.text && matches(folded, *reword.text)) ||
                         (reword.how && matches(folded, *reword.how));
        if (base == role.responsibilities.end() || !own_words) continue;
        Responsibility changed = *base;
        if (reword.text) changed.text = *reword.text;
        if (reword.how) changed.how = reword.how;
        consider(role.id + "@" + overlay.name, changed);
      }
    }
    if (!hits.empty()) by_role.push_back({role.rank, role.id, std::move(hits)});
  }
  std::sort(by_role.begin(), by_role.end(), view::in_ladder_order<RoleHits>);
  std::vector<Hit> hits;
  for (auto& role : by_role)
    hits.insert(hits.end(), std::make_move_iterator(role.hits.begin()),
                std::make_move_iterator(role.hits.end()));

  // A duty that levels inherit is one text held by many roles: people read it once, with the
  // roles that hold it (the first is where it first appears); JSON and TSV keep a row per role.
  struct Duty {
    const Hit* first;
    std::vector<std::string> roles;
  };
  std::vector<Duty> duties;
  std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> duty_of;
  for (const auto& hit : hits) {
    auto key = std::make_tuple(hit.domain, hit.id, hit.text.en, hit.text.zh);
    auto [it, fresh] = duty_of.emplace(key, duties.size());
    if (fresh) duties.push_back({&hit, {}});
    duties[it->second].roles.push_back(hit.role);
  }

  // What a hit's id names: a duty ("responsibility") or a field of the role itself ("field":
  // name, summary, purpose), which has no domain.
  const auto kind_of = [](const Hit& hit) {
    return std::string(hit.domain.empty() ? "field" : "responsibility");
  };

  // One block per part: only the parts the format's row names are built.
  Output out;
  out.tsv_columns = {"role", "domain", "id", "text"};
  if (parts.data) {
    Json json_hits = Json::array();
    for (const auto& hit : hits)
      json_hits.push_back({{"role", hit.role},
                           {"domain", hit.domain.empty() ? Json() : Json(hit.domain)},
                           {"id", hit.id},
                           {"kind", kind_of(hit)},
                           {"text", json_shapes::text(hit.text)}});
    Json json_duties = Json::array();
    for (const auto& duty : duties) {
      const Hit& hit = *duty.first;
      json_duties.push_back({{"domain", hit.domain.empty() ? Json() : Json(hit.domain)},
                             {"id", hit.id},
                             {"kind", kind_of(hit)},
                             {"text", json_shapes::text(hit.text)},
                             {"roles", duty.roles}});
    }
    out.data = {{"query", query.text}, {"count", hits.size()}, {"hits", json_hits},
                {"distinct", duties.size()}, {"duties", json_duties}};
  }
  if (parts.tsv)
    for (const auto& hit : hits) out.tsv.push_back({hit.role, hit.domain, hit.id, hit.text.in(lang)});
  out.nothing_found = hits.empty();
  if (!parts.report) return out;

  if (!hits.empty()) {
    Table table;
    table.header = {tr(lang, "ROLE", "角色"), tr(lang, "DOMAIN", "领域"), tr(lang, "ID", "标识"),
                    tr(lang, "TEXT", "内容")};
    table.fits = {Fit::words, Fit::words, Fit::words, Fit::prose};
    for (const auto& duty : duties) {
      const Hit& hit = *duty.first;
      std::string domain = hit.domain.empty() ? "" : view::domain_name(library, hit.domain, lang);
      // What matched is highlighted on a terminal, as grep and ripgrep do.
      // A hit on the role itself names its field in brackets ("(summary)"), so it is never
      // read as a duty id; only a duty's id is highlighted.
      const bool field = hit.domain.empty();
      Cell id(field ? "(" + hit.id + ")" : hit.id, field ? Style::dim : Style::plain),
          text(hit.text.shown(lang));
      if (!field) id.marks = find_marks(folded, id.text);
      text.marks = find_marks(folded, text.text);
      table.rows.push_back({{fmt::format("{}", fmt::join(duty.roles, ", ")), Style::strong},
                            {domain},
                            std::move(id),
                            std::move(text)});
    }
    out.report.table(std::move(table));
  }
  std::string distinct =
      duties.size() == hits.size()
          ? ""
          : (lang == Lang::zh ? fmt::format("（{} 条不同）", duties.size())
                              : fmt::format(" ({} distinct, each shown once with its roles)",
                                            duties.size()));
  out.summary = lang == Lang::zh
                    ? fmt::format("找到 {} 处匹配“{}”{}。", hits.size(), query.text, distinct)
                    : fmt::format("{} match{} for '{}'{}.", hits.size(),
                                  hits.size() == 1 ? "" : "es", query.text, distinct);
  return out;
}

}  // namespace ctoladder
