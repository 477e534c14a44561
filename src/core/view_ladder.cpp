// `ladder`: the ladder from the top as a table of rungs and tracks, with every step and its
// basis; or, under --format dot and mermaid, as a graph. One node per role (name, id and rank,
// starred when no article gives it), one cluster (dot) or subgraph (mermaid) and colour per
// track, an edge per `next:` step (dashed when no article gives it), drawn bottom to top so the
// ladder reads upwards.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "ctoladder/views.hpp"
#include "ctoladder/vocabulary.hpp"
#include "json_shapes.hpp"
#include "view_common.hpp"

namespace ctoladder {
using view::tr;

std::vector<Role> ladder_roles(const Library& library) {
  std::vector<Role> roles;
  roles.reserve(library.roles().size());
  for (const auto& def : library.roles()) roles.push_back(view::resolve_listed(library, def));
  std::sort(roles.begin(), roles.end(), view::in_ladder_order<Role>);
  return roles;
}

Output ladder_view(const Library& library, Lang lang, std::string_view title) {
  Output out;
  std::vector<Role> roles = ladder_roles(library);
  // One row per rank, one column per track, highest rank first: the ladder reads upwards.
  std::map<int, std::map<Track, std::vector<const Role*>>, std::greater<>> rungs;
  for (const auto& role : roles) rungs[role.rank][role.track].push_back(&role);

  out.tsv_columns = {"rank", "id", "track", "years", "next"};
  // A column per track some role is on: a company ladder without executives (--no-builtin)
  // gets no empty column.
  std::vector<Track> tracks;
  for (Track track : {Track::individual_contributor, Track::management, Track::executive})
    if (std::any_of(roles.begin(), roles.end(), [&](const Role& r) { return r.track == track; }))
      tracks.push_back(track);
  Table table;
  table.header = {tr(lang, "RANK", "级别")};
  for (Track track : tracks) table.header.push_back(label(track).shown(lang));
  table.header.push_back(tr(lang, "YEARS / TEAM", "年限/团队"));
  nlohmann::ordered_json json_rungs = nlohmann::ordered_json::array();
  for (const auto& [rank, by_track] : rungs) {
    std::vector<Cell> row{{std::to_string(rank)}};
    // Each role's years and team size; a rung of several roles names whose each value is.
    std::vector<std::pair<std::string, std::string>> years;
    nlohmann::ordered_json json_roles = nlohmann::ordered_json::array();
    for (Track track : tracks) {
      std::vector<std::string> names;
      auto it = by_track.find(track);
      if (it != by_track.end())
        for (const Role* role : it->second) {
          // Ids are what commands take; Chinese readers also get the name.
          names.push_back(lang == Lang::zh ? view::aside(lang, role->name.shown(lang), role->id)
                                           : role->id);
          std::vector<std::string> facts;
          if (role->years) facts.push_back(view::years_text(*role, lang));
          if (role->team_size) {
            // Short: a Chinese ladder has little room left for this column. "More than":
            // article B's tech director is needed past 20 people (超过20人).
            const Range& size = *role->team_size;
            facts.push_back(lang == Lang::zh
                                ? (size.min && !size.max ? fmt::format("团队>{}人", *size.min)
                                                         : "团队" + describe_team_size(size).zh)
                                : "team: " + describe_team_size(size).en);
          }
          if (!facts.empty())
            years.emplace_back(role->id, fmt::format("{}", fmt::join(facts, lang == Lang::zh ? "，" : ", ")));
          nlohmann::ordered_json item = json_shapes::role_summary(*role);
          item["next"] = role->next;
          nlohmann::ordered_json steps = nlohmann::ordered_json::array();
          for (const auto& s : role->next_steps) steps.push_back(json_shapes::next_step(s));
          item["next_steps"] = steps;
          json_roles.push_back(item);
          out.tsv.push_back({std::to_string(rank), role->id, std::string(to_string(role->track)),
                             json_shapes::tsv_cell(json_shapes::range(role->years), lang),
                             fmt::format("{}", fmt::join(role->next, ","))});
        }
      row.push_back({fmt::format("{}", fmt::join(names, view::list_separator(lang))), Style::strong});
    }
    // Unnamed only when every role of the rung has the same facts (one role, or all alike): a
    // rung where only the tech director has a team size names it.
    std::size_t in_rung = 0;
    for (const auto& [track, roles] : by_track) in_rung += roles.size();
    bool all_same = years.size() == in_rung &&
                    std::all_of(years.begin(), years.end(),
                                [&](const auto& entry) { return entry.second == years.front().second; });
    std::vector<std::string> shown;
    if (all_same && !years.empty()) shown.push_back(years.front().second);
    else
      for (const auto& [id, facts] : years)
        shown.push_back(lang == Lang::zh ? fmt::format("{}：{}", id, facts)
                                         : fmt::format("{}: {}", id, facts));
    row.push_back({fmt::format("{}", fmt::join(shown, view::cite_separator(lang)))});
    table.rows.push_back(std::move(row));
    json_rungs.push_back({{"rank", rank}, {"roles", json_roles}});
  }
  out.report.heading(title.empty() ? tr(lang, "The ladder, from the top", "职业阶梯（自上而下）")
                                  : std::string(title));
  out.report.table(std::move(table));
  {
    bool builtin = std::any_of(roles.begin(), roles.end(), [](const Role& r) { return view::is_builtin(r); });
    if (auto note = view::track_note(builtin, lang); !note.empty())
      out.report.paragraph(note, Style::dim);
    // Which ranks no article gives, by name: a mark in the cells would not fit a Chinese ladder.
    std::vector<std::string> inferred;
    for (const auto& role : roles)
      if (view::rank_inferred(role))
        inferred.push_back(lang == Lang::zh ? view::role_title(role, lang) : role.id);
    std::string last = inferred.empty() ? "" : inferred.back();
    if (inferred.size() > 1) inferred.pop_back();
    if (!inferred.empty())
      out.report.paragraph(
          lang == Lang::zh
              ? fmt::format("{}{}的级别是本项目的推断，并非文章所给（describe 可查看原因）。",
                            fmt::join(inferred, "、"), inferred.back() == last ? "" : "和" + last)
              : fmt::format("The rank of {}{} is the project's inference, not an article's "
                            "('describe ROLE' says why).",
                            fmt::join(inferred, ", "),
                            inferred.back() == last ? "" : " and " + last),
          Style::dim);
  }

  // Every `next` link and why it is there: an article's, or the project's own reading.
  Table links;
  links.header = {tr(lang, "STEP", "这一步"), tr(lang, "BASIS", "依据")};
  links.fits = {Fit::words, Fit::prose};
  for (const auto& role : roles)
    for (const auto& s : role.next_steps) {
      auto to = std::find_if(roles.begin(), roles.end(), [&](const Role& r) { return r.id == s.id; });
      // Chinese readers get the names beside the ids; a step within one rank says it goes across.
      std::string step = lang == Lang::zh && to != roles.end()
                             ? fmt::format("{} → {}", view::role_title(role, lang),
                                           view::role_title(*to, lang))
                             : fmt::format("{} → {}", role.id, s.id);
      if (to != roles.end() && to->rank == role.rank)
        step += tr(lang, " (across, same rank)", "（同级平移）");
      links.rows.push_back({{step, Style::strong},
                            {view::basis_text(s.basis, lang),
                             s.basis.source ? Style::plain : Style::dim}});
    }
  // A ladder that cites no basis for any step (a company's, usually) lists the steps alone.
  bool any_basis = std::any_of(links.rows.begin(), links.rows.end(),
                               [](const auto& row) { return !row[1].text.empty(); });
  if (!any_basis) {
    links.header.pop_back();
    links.fits.pop_back();
    for (auto& row : links.rows) row.pop_back();
  }
  if (!links.rows.empty()) {
    out.report.heading(any_basis ? tr(lang, "Steps, and their basis", "每一步及其依据")
                                 : tr(lang, "Steps", "每一步"),
                       2);
    out.report.table(std::move(links));
  }

  // Where a role's next steps lead onto different tracks, the tracks part (data only: the
  // steps table above says which link is whose).
  nlohmann::ordered_json forks = nlohmann::ordered_json::array();
  for (const auto& role : roles) {
    std::vector<Track> tracks;
    for (const auto& next_id : role.next) {
      auto it =
          std::find_if(roles.begin(), roles.end(), [&](const Role& r) { return r.id == next_id; });
      if (it == roles.end()) continue;
      if (std::find(tracks.begin(), tracks.end(), it->track) == tracks.end())
        tracks.push_back(it->track);
    }
    if (tracks.size() < 2) continue;
    forks.push_back({{"after", role.id}, {"next", role.next}});
  }
  out.data = {{"rungs", json_rungs}, {"forks", forks}};
  return out;
}

namespace {

struct TrackStyle {
  Track track;
  const char* key;     // a name that is safe as an identifier in both languages
  const char* stroke;  // same hues as the radar chart
  const char* fill;
};

constexpr TrackStyle kTracks[] = {
    {Track::individual_contributor, "individual_contributor", "#0072B2", "#dbe9f6"},
    {Track::management, "management", "#D55E00", "#fbe3d3"},
    {Track::executive, "executive", "#009E73", "#d5f0e6"},
};

const char* kFonts = "Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, sans-serif";

// A dot double-quoted string body: backslash and quote escaped (so no \N, \l surprises),
// newlines as \n, other control characters dropped.
std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (static_cast<unsigned char>(c) >= 0x20) {
      out += c;
    }
  }
  return out + "\"";
}

// Text inside a dot HTML-like label (<...>): markup characters as entities; a title given with
// --title is the user's, and may hold any of them.
std::string dot_html(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else if (static_cast<unsigned char>(c) >= 0x20) out += c;
  }
  return out;
}

// Mermaid label text inside ["..."]: entity codes for the characters its parser reacts to.
std::string mermaid_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '"':
        out += "#quot;";
        break;
      case '#':
        out += "#35;";
        break;
      case '<':
        out += "#lt;";
        break;
      case '>':
        out += "#gt;";
        break;
      case '&':
        out += "#amp;";
        break;
      case '\n':
        out += ' ';
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
  }
  return out;
}

// A rank no article gives is starred, as `list` and the site's picture star it.
std::string rank_text(const Role& role, Lang lang) {
  const char* star = view::rank_inferred(role) ? "*" : "";
  return lang == Lang::zh ? fmt::format("{} · 级别 {}{}", role.id, role.rank, star)
                          : fmt::format("{} · rank {}{}", role.id, role.rank, star);
}

// The title (--title, else the built-in ladder's name, or a plain one for a company's own
// ladder shown without the built-in roles), and under it what the star means when a rank has one.
std::string ladder_title(const std::vector<Role>& roles, Lang lang, std::string_view given) {
  if (!given.empty()) return std::string(given);
  if (std::any_of(roles.begin(), roles.end(), [](const Role& r) { return view::is_builtin(r); }))
    return view::tr(lang, "The software-engineering career ladder", "软件工程职业阶梯");
  return view::tr(lang, "The career ladder", "职业阶梯");
}
std::string star_note(const std::vector<Role>& roles, Lang lang) {
  if (std::none_of(roles.begin(), roles.end(), view::rank_inferred)) return "";
  return view::tr(lang, "* rank: the project's inference, not an article's",
                  "* 级别：本项目的推断，并非文章所给");
}

std::string dot(const std::vector<Role>& roles, Lang lang, const std::string& title) {
  std::string out = "digraph ladder {\n";
  out += fmt::format(
      "  graph [rankdir=BT, newrank=true, nodesep=0.4, ranksep=0.5, fontname={0}, "
      "fontsize=18, labelloc=t, label={1}];\n"
      "  node [shape=box, style=\"rounded,filled\", fontname={0}, fontsize=12];\n"
      "  edge [color=\"#555555\", arrowsize=0.8];\n",
      dot_quote(kFonts),
      // The note smaller, under the title: an HTML-like label (both texts are ours, no markup).
      star_note(roles, lang).empty()
          ? dot_quote(title)
          : fmt::format("<{}<BR/><FONT POINT-SIZE=\"12\">{}</FONT>>", dot_html(title),
                        star_note(roles, lang)));
  for (const auto& t : kTracks) {
    std::string nodes;
    for (const auto& role : roles)
      if (role.track == t.track)
        nodes += fmt::format(
            "    {} [label={}, color=\"{}\", fillcolor=\"{}\"];\n", dot_quote(role.id),
            dot_quote(role.name.in(lang) + "\n" + rank_text(role, lang)), t.stroke, t.fill);
    if (nodes.empty()) continue;
    // With rankdir=BT, labelloc=b puts a label on top of its cluster, t below it. Steps leave
    // the lower tracks upwards and enter the executive one from below, so each label sits where
    // no arrow passes (a label on top of the individual-contributor cluster was crossed by
    // chief-architect -> cto).
    const char* where = t.track == Track::executive ? "b" : "t";
    out += fmt::format(
        "  subgraph cluster_{} {{\n    label={}; labelloc={}; style=\"rounded,dashed\"; "
        "color=\"{}\"; "
        "fontcolor=\"{}\"; fontsize=14;\n{}  }}\n",
        t.key, dot_quote(label(t.track).in(lang)), where, t.stroke, t.stroke, nodes);
  }
  // Roles of one rank side by side, across tracks (newrank allows it across clusters).
  std::map<int, std::vector<std::string>> rungs;
  for (const auto& role : roles) rungs[role.rank].push_back(dot_quote(role.id));
  for (const auto& [rank, ids] : rungs)
    if (ids.size() > 1) out += fmt::format("  {{ rank=same; {}; }}\n", fmt::join(ids, "; "));
  // A link no article gives (the project's inference, or unsourced) is drawn dashed.
  for (const auto& role : roles)
    for (const auto& next : role.next_steps)
      for (const auto& other : roles)
        if (other.id == next.id)
          out += fmt::format("  {} -> {}{};\n", dot_quote(role.id), dot_quote(next.id),
                             next.basis.source ? "" : " [style=dashed]");
  return out + "}\n";
}

std::string mermaid(const std::vector<Role>& roles, Lang lang, const std::string& title) {
  // Node names are n0, n1, ...: role ids may hold words mermaid reserves (end, graph, ...).
  std::map<std::string, std::string> names;
  for (std::size_t i = 0; i < roles.size(); ++i) names[roles[i].id] = fmt::format("n{}", i);
  // Mermaid's title is one line: the star's note follows it there.
  std::string note = star_note(roles, lang);
  std::string out = fmt::format(
      "---\ntitle: {}\n---\nflowchart BT\n",
      mermaid_text(note.empty() ? title
                                : title + (lang == Lang::zh ? "（" : " (") + note +
                                      (lang == Lang::zh ? "）" : ")")));
  std::string classes;
  for (const auto& t : kTracks) {
    std::string nodes;
    std::vector<std::string> members;
    for (const auto& role : roles)
      if (role.track == t.track) {
        nodes += fmt::format("    {}[\"{}<br/>{}\"]\n", names[role.id],
                             mermaid_text(role.name.in(lang)), mermaid_text(rank_text(role, lang)));
        members.push_back(names[role.id]);
      }
    if (nodes.empty()) continue;
    out += fmt::format("  subgraph {}[\"{}\"]\n{}  end\n", t.key,
                       mermaid_text(label(t.track).in(lang)), nodes);
    classes += fmt::format(
        "  classDef {0}_role fill:{1},stroke:{2},color:#202020\n"
        "  class {3} {0}_role\n",
        t.key, t.fill, t.stroke, fmt::join(members, ","));
  }
  for (const auto& role : roles)
    for (const auto& next : role.next_steps)
      if (names.contains(next.id))
        out += fmt::format("  {} {} {}\n", names[role.id], next.basis.source ? "-->" : "-.->",
                           names[next.id]);
  return out + classes;
}

}  // namespace

Output ladder_graph_view(const Library& library, Lang lang, Format format,
                         std::string_view title) {
  std::vector<Role> roles = ladder_roles(library);
  std::string shown = ladder_title(roles, lang, title);
  Output out;
  out.raw = format == Format::mermaid ? mermaid(roles, lang, shown) : dot(roles, lang, shown);
  return out;
}

}  // namespace ctoladder
