// The ladder picture of the site's index: one column per track, one row per rank (highest on
// top), a box per role (name, id, years and team size), an arrow per `next:` step. Drawn here
// rather than by Graphviz so the site needs nothing installed and comes out the same each time.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "ctoladder/site.hpp"
#include "ctoladder/vocabulary.hpp"
#include "site_internal.hpp"
#include "view_common.hpp"

namespace ctoladder::site {
namespace {

constexpr double kBoxHeight = 66;
constexpr double kRowGap = 46;
constexpr double kColumnGap = 56;
constexpr double kLeft = 90;  // room for the rank labels
constexpr double kTop = 96;   // room for the title and the track headings
constexpr double kLegendHeight = 34;  // one line under the rows: what solid and dashed mean
constexpr double kNoteHeight = 24;    // and one saying what a rank's * means, when one has it
constexpr std::size_t kMaxRoutedBoxes = 300;

struct TrackStyle {
  Track track;
  const char* stroke;
  const char* fill;
};
// The hues of `ladder --format dot`, darkened for text contrast. The order of the columns
// (the executive track in the middle, where the steps from both sides end) is the order of the
// index's table too (track_order). Inline in the index page the style sheet recolours the
// picture for dark mode through the classes; the standalone ladder.*.svg keeps these colours.
constexpr TrackStyle kTracks[] = {
    {Track::individual_contributor, "#0a5f94", "#e3eef8"},
    {Track::executive, "#00704f", "#dff3ea"},
    {Track::management, "#a84400", "#fcebdf"},
};

// A rough width of text in the site's sans-serif at `size` px: CJK characters are a full em,
// others about 0.56 em. Used only to size boxes, so it errs wide.
double text_width(std::string_view text, double size) {
  double width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80)
      width += 0.58;
    else if (byte >= 0xE0)
      width += 1.0;  // the lead byte of a 3- or 4-byte sequence: CJK and friends
    else if (byte >= 0xC0)
      width += 0.6;
  }
  return width * size;
}

struct Box {
  const Role* role;
  double x, y, width;
};

// The steps the picture draws: both ends in it, not a role to itself.
template <typename Visit>
void for_each_drawn_step(const std::vector<Role>& roles, Visit visit) {
  for (const auto& role : roles)
    for (const auto& next : role.next_steps)
      if (next.id != role.id && std::any_of(roles.begin(), roles.end(),
                                            [&](const Role& r) { return r.id == next.id; }))
        visit(role, next);
}

// What a dashed arrow means, for the kinds of unsourced steps the picture has.
std::string dashed_meaning(const StepKinds& kinds, Lang lang) {
  if (kinds.inferred && kinds.bare)
    return lang == Lang::zh ? "推断或未注明出处：没有文章给出这一步"
                            : "inferred or unsourced: no article gives this step";
  if (kinds.bare)
    return lang == Lang::zh ? "未注明出处：文件没有给出依据" : "no source: the role file gives no basis";
  return lang == Lang::zh ? "推断：没有文章给出这一步" : "inferred: no article gives this step";
}

}  // namespace

std::vector<Track> track_order() {
  std::vector<Track> order;
  for (const auto& t : kTracks) order.push_back(t.track);
  return order;
}

StepKinds step_kinds(const std::vector<Role>& roles) {
  StepKinds kinds;
  for_each_drawn_step(roles, [&](const Role&, const NextStep& next) {
    if (next.basis.source)
      kinds.sourced = true;
    else
      (next.basis.inference ? kinds.inferred : kinds.bare) = true;
  });
  return kinds;
}

std::string steps_caption(const StepKinds& kinds, Lang lang) {
  const bool dashed = kinds.inferred || kinds.bare;
  const bool en = lang == Lang::en;
  if (kinds.sourced && dashed) {
    std::string where = kinds.inferred && kinds.bare
                            ? (en ? "no article gives it (the project's inference, or a role "
                                    "file's step without a source)"
                                  : "没有文章给出（本项目的推断，或角色文件中未注明出处的一步）")
                        : kinds.bare ? (en ? "the role file gives no source" : "角色文件未注明出处")
                                     : (en ? "it is the project's inference" : "本项目的推断");
    return en ? "Arrows are the usual next steps: solid where an article gives the step, dashed "
                "where " + where + "."
              : "箭头是通常的下一步：实线表示文章给出的一步，虚线表示" + where + "。";
  }
  if (kinds.sourced)
    return en ? "Arrows are the usual next steps, each one given by an article."
              : "箭头是通常的下一步，每一步都有文章给出。";
  if (!dashed) return "";
  if (kinds.inferred && kinds.bare)
    return en ? "Arrows are the usual next steps, all dashed: no article gives any of them (some "
                "are the project's inference, others have no source)."
              : "箭头是通常的下一步，全部为虚线：没有文章给出其中任何一步（有的是本项目的推断，有的未注明出处）。";
  if (kinds.bare)
    return en ? "Arrows are the usual next steps, all dashed: the role files give no source for "
                "them."
              : "箭头是通常的下一步，全部为虚线：角色文件没有为它们注明出处。";
  return en ? "Arrows are the usual next steps, all dashed: each is the project's inference."
            : "箭头是通常的下一步，全部为虚线：每一步都是本项目的推断。";
}

std::string ladder_svg(const std::vector<Role>& roles, Lang lang, const std::string& given_title,
                       const std::map<std::string, std::string>& links) {
  // Rows: ranks, highest first. Columns: tracks that have roles, in kTracks order.
  std::vector<int> ranks;
  for (const auto& role : roles)
    if (std::find(ranks.begin(), ranks.end(), role.rank) == ranks.end()) ranks.push_back(role.rank);
  std::sort(ranks.rbegin(), ranks.rend());
  std::vector<const TrackStyle*> columns;
  for (const auto& t : kTracks)
    if (std::any_of(roles.begin(), roles.end(), [&](const Role& r) { return r.track == t.track; }))
      columns.push_back(&t);

  // A rank no article gives is marked on the role's own box (the row's rank label is shared
  // with roles whose rank is sourced), as `list` marks it: 6*, with a note under the legend.
  auto line2 = [&](const Role& role) {
    if (!view::rank_inferred(role)) return role.id;
    return fmt::format(fmt::runtime(lang == Lang::zh ? "{} · 级别 {}*" : "{} · rank {}*"), role.id,
                       role.rank);
  };
  const bool any_rank_inferred = std::any_of(roles.begin(), roles.end(), view::rank_inferred);
  const std::string rank_note =
      lang == Lang::zh ? "* 该级别是本项目的推断，并非文章所给（角色页面说明原因）。"
                       : "* The rank is the project's inference, not an article's (the role's page "
                         "says why).";
  auto line3 = [&](const Role& role) {
    std::vector<std::string> parts;
    if (role.years) parts.push_back(describe_range(*role.years, {"years", "年"}).in(lang));
    if (role.team_size)
      parts.push_back(describe_team_size(*role.team_size).in(lang));
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : " · ") + p;
    return out;
  };
  // Width of each column: its widest row of boxes side by side.
  std::vector<double> column_width(columns.size(), 200);
  auto box_width = [&](const Role& role) {
    return std::max({170.0, text_width(text_in(role.name, lang), 15) + 28,
                     text_width(line2(role), 12) + 28, text_width(line3(role), 12) + 28});
  };
  // The roles of one rank in one column, side by side in ladder order.
  auto cell = [&](std::size_t c, int rank) {
    std::vector<const Role*> here;
    for (const auto& role : roles)
      if (role.rank == rank && role.track == columns[c]->track) here.push_back(&role);
    return here;
  };
  // The room between two boxes side by side: more when an arrow runs between them, so it is
  // long enough to show its dashes beside its head (16 px left 5 px of line: it read as solid).
  auto gap = [](const Role* a, const Role* b) {
    auto steps_to = [](const Role* from, const Role* to) {
      return std::find(from->next.begin(), from->next.end(), to->id) != from->next.end();
    };
    return steps_to(a, b) || steps_to(b, a) ? 44.0 : 16.0;
  };
  auto row_width = [&](const std::vector<const Role*>& here) {
    double row = 0;
    for (std::size_t i = 0; i < here.size(); ++i)
      row += box_width(*here[i]) + (i > 0 ? gap(here[i - 1], here[i]) : 0);
    return row;
  };
  for (std::size_t c = 0; c < columns.size(); ++c)
    for (int rank : ranks) column_width[c] = std::max(column_width[c], row_width(cell(c, rank)));
  std::vector<double> column_x;
  double x = kLeft;
  for (double w : column_width) {
    column_x.push_back(x);
    x += w + kColumnGap;
  }
  // The legend has an entry for each kind of arrow the picture has, and only those: solid, a
  // step an article gives; dashed, the project's inference (the built-in library), a step a
  // company's file gives with neither source nor inference, or both.
  const StepKinds kinds = step_kinds(roles);
  struct LegendEntry {
    bool dashed;
    std::string text;
    double x;
  };
  std::vector<LegendEntry> legend;
  double legend_end = kLeft;
  auto add_entry = [&](bool dashed, std::string text) {
    double at = legend.empty() ? kLeft : legend_end + 32;
    legend_end = at + 52 + text_width(text, 13);
    legend.push_back({dashed, std::move(text), at});
  };
  if (kinds.sourced)
    add_entry(false, lang == Lang::zh ? "有出处：文章给出的下一步" : "sourced: an article gives this step");
  if (kinds.inferred || kinds.bare) add_entry(true, dashed_meaning(kinds, lang));
  double width = std::max(x - kColumnGap + 24, legend_end + 24);
  if (any_rank_inferred) width = std::max(width, kLeft + text_width(rank_note, 13) + 24);
  double rows_bottom = kTop + double(ranks.size()) * (kBoxHeight + kRowGap) - kRowGap;
  double height = rows_bottom + 28 + (legend.empty() ? 0 : kLegendHeight) +
                  (any_rank_inferred ? kNoteHeight : 0);

  std::map<std::string, Box> boxes;
  for (std::size_t c = 0; c < columns.size(); ++c)
    for (std::size_t r = 0; r < ranks.size(); ++r) {
      std::vector<const Role*> here = cell(c, ranks[r]);
      double bx = column_x[c] + (column_width[c] - row_width(here)) / 2;
      for (std::size_t i = 0; i < here.size(); ++i) {
        double w = box_width(*here[i]);
        boxes[here[i]->id] = {here[i], bx, kTop + double(r) * (kBoxHeight + kRowGap), w};
        if (i + 1 < here.size()) bx += w + gap(here[i], here[i + 1]);
      }
    }

  std::string title = !given_title.empty() ? given_title
                      : lang == Lang::zh   ? "软件工程职业阶梯"
                                           : "The software-engineering career ladder";
  // A long title widens the picture: it is drawn centred, and was cut at both edges.
  width = std::max(width, text_width(title, 20) + 48);
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0:.0f}\" height=\"{1:.0f}\" "
      "viewBox=\"0 0 {0:.0f} {1:.0f}\" font-family=\"{2}\" xml:lang=\"{3}\"{6}>\n"
      "  <title>{4}</title>\n"
      "  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
      "markerHeight=\"7\" orient=\"auto-start-reverse\"><path class=\"arrowhead\" "
      "d=\"M0,0L10,5L0,10Z\" fill=\"#4a4a4a\"/></marker></defs>\n"
      "  <rect class=\"backdrop\" width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
      "  <text class=\"title\" x=\"{5:.1f}\" y=\"32\" font-size=\"20\" font-weight=\"bold\" "
      "text-anchor=\"middle\" fill=\"#202020\">{4}</text>\n",
      width, height, kSiteFonts, lang == Lang::zh ? "zh-Hans" : "en", html_escape(title),
      width / 2,
      // A picture of links is a group a screen reader walks into; an image would hide them.
      links.empty() ? std::string(" role=\"img\"")
                    : fmt::format(" role=\"group\" aria-label=\"{}\"", html_escape(title)));
  // Rank labels and faint row bands.
  for (std::size_t r = 0; r < ranks.size(); ++r) {
    double y = kTop + double(r) * (kBoxHeight + kRowGap);
    out += fmt::format(
        "  <text class=\"rank\" x=\"16\" y=\"{:.1f}\" font-size=\"13\" fill=\"#505050\">{}</text>\n",
        y + kBoxHeight / 2 + 5,
        html_escape(lang == Lang::zh ? fmt::format("级别 {}", ranks[r])
                                     : fmt::format("rank {}", ranks[r])));
  }
  for (std::size_t c = 0; c < columns.size(); ++c)
    out += fmt::format(
        "  <text class=\"track {}\" x=\"{:.1f}\" y=\"68\" font-size=\"15\" font-weight=\"bold\" "
        "text-anchor=\"middle\" fill=\"{}\">{}</text>\n",
        to_string(columns[c]->track), column_x[c] + column_width[c] / 2, columns[c]->stroke,
        html_escape(label(columns[c]->track).in(lang)));
  // Arrows first, so boxes sit on top of their ends. Every `next:` link is drawn: a step up
  // runs from the top edge to the bottom edge of the box above; a step within a row (the chief
  // architect and the head of engineering beside the CTO) runs between the boxes' sides; a step
  // down, which a company's ladder may have, from the bottom edge to the top edge. Ends on a top
  // or bottom edge are spread along it, in the order of the boxes at the other end, so arrows
  // into one box do not cross or merge.
  enum class Kind { up, across, down };
  struct Step {
    const Box* from;
    const Box* to;
    Kind kind;
    bool sourced;  // an article gives it; otherwise the project's inference (or no basis)
  };
  std::vector<Step> steps;
  for (const auto& role : roles)
    for (const auto& next : role.next_steps) {
      auto from = boxes.find(role.id), to = boxes.find(next.id);
      if (from == boxes.end() || to == boxes.end() || from == to) continue;
      Kind kind = to->second.y < from->second.y   ? Kind::up
                  : to->second.y > from->second.y ? Kind::down
                                                  : Kind::across;
      steps.push_back({&from->second, &to->second, kind, next.basis.source.has_value()});
    }
  auto centre = [](const Box* b) { return b->x + b->width / 2; };
  auto end_x = [&](const Box* box, const Box* other, bool outgoing) {
    // By the other end's centre; of two in one column, the one whose arrow runs on the inside
    // first (on the left, the higher; on the right, the lower), so the two do not cross.
    // Up and down steps leave by different edges, so each edge spreads only its own.
    Kind kind = Kind::up;
    for (const auto& st : steps)
      if ((outgoing ? st.from : st.to) == box && (outgoing ? st.to : st.from) == other)
        kind = st.kind;
    std::vector<std::pair<std::pair<double, double>, const Box*>> others;
    for (const auto& st : steps)
      if ((outgoing ? st.from : st.to) == box && st.kind == kind) {
        const Box* o = outgoing ? st.to : st.from;
        others.push_back({{centre(o), centre(o) < centre(box) ? o->y : -o->y}, o});
      }
    std::sort(others.begin(), others.end());
    auto at = std::find_if(others.begin(), others.end(),
                           [&](const auto& o) { return o.second == other; }) -
              others.begin();
    return box->x + box->width * double(at + 1) / double(others.size() + 1);
  };
  auto row_gap_above = [&](const Box* b) { return b->y - kRowGap / 2; };
  auto blocks = [&](const Step& st, double px, double py) {
    for (const auto& [id, box] : boxes)
      if (&box != st.from && &box != st.to && px > box.x - 6 && px < box.x + box.width + 6 &&
          py > box.y - 6 && py < box.y + kBoxHeight + 6)
        return true;
    return false;
  };
  std::map<long, int> lanes_used;
  int across_above = 0;  // row-gap detours of across steps so far, each a little higher
  out += "  <g class=\"steps\" fill=\"none\" stroke=\"#4a4a4a\" stroke-width=\"1.6\">\n";
  for (const auto& st : steps) {
    std::string d;
    if (st.kind == Kind::across) {
      // Side to side at mid-height when nothing stands between; else over the row's top.
      bool right = centre(st.to) > centre(st.from);
      double x1 = right ? st.from->x + st.from->width : st.from->x;
      double x2 = right ? st.to->x - 2 : st.to->x + st.to->width + 2;
      double y = st.from->y + kBoxHeight / 2;
      bool blocked = false;
      for (int i = 1; i < 20 && !blocked; ++i) blocked = blocks(st, x1 + (x2 - x1) * i / 20.0, y);
      if (!blocked) {
        d = fmt::format("M{:.1f},{:.1f} L{:.1f},{:.1f}", x1, y, x2, y);
      } else {
        double top = st.from->y, over = row_gap_above(st.from) - 6 * double(across_above++);
        double a = centre(st.from), b = centre(st.to);
        d = fmt::format("M{:.1f},{:.1f} C{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}", a, top, a,
                        over, b, over, b, top - 2);
      }
    } else {
      bool up = st.kind == Kind::up;
      double x1 = end_x(st.from, st.to, true), y1 = up ? st.from->y : st.from->y + kBoxHeight;
      double x2 = end_x(st.to, st.from, false),
             y2 = up ? st.to->y + kBoxHeight + 2 : st.to->y - 2;
      double bend = (y1 - y2) / 2;
      // Does the direct curve run through a box other than its two ends?
      // (Skipped past a few hundred boxes, where the check would cost seconds and the picture
      // is a wall of boxes anyway.)
      bool blocked = false;
      for (int i = 1; i < 40 && !blocked && boxes.size() <= kMaxRoutedBoxes; ++i) {
        double t = i / 40.0, u = 1 - t;
        double px = u * u * u * x1 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x2;
        double py = u * u * u * y1 + 3 * u * u * t * (y1 - bend) + 3 * u * t * t * (y2 + bend) +
                    t * t * t * y2;
        blocked = blocks(st, px, py);
      }
      if (!blocked) {
        d = fmt::format("M{:.1f},{:.1f} C{:.1f},{:.1f} {:.1f},{:.1f} {:.1f},{:.1f}", x1, y1, x1,
                        y1 - bend, x2, y2 + bend, x2, y2);
      } else {
        // Round the boxes in between: out into the gap beside the start's column (towards the
        // target), along it, and in again. Each detour gets a lane of its own.
        bool right = centre(st.to) >= centre(st.from);
        double lane =
            right ? st.from->x + st.from->width + kColumnGap / 2 : st.from->x - kColumnGap / 2;
        lane += (right ? 1 : -1) * 8 * double(lanes_used[static_cast<long>(lane)]++);
        double near = up ? row_gap_above(st.from) : st.from->y + kBoxHeight + kRowGap / 2;
        double far = up ? y2 + kRowGap / 2 : y2 - kRowGap / 2;
        // The rows between may not line up with the start's column (a company's row of three
        // over a row of two): the lane must miss their boxes too, or the arrow reads as a step
        // from the box it runs through. The nearest clear line, towards the target first.
        auto lane_clear = [&](double x) {
          for (double y = std::min(near, far); y <= std::max(near, far); y += 4)
            if (blocks(st, x, y)) return false;
          return true;
        };
        if (boxes.size() <= kMaxRoutedBoxes && !lane_clear(lane))
          for (int k = 1; k < 400; ++k) {
            double toward = lane + (right ? 4.0 : -4.0) * k, away = lane - (right ? 4.0 : -4.0) * k;
            if (lane_clear(toward)) {
              lane = toward;
              break;
            }
            if (lane_clear(away)) {
              lane = away;
              break;
            }
          }
        d = fmt::format(
            "M{:.1f},{:.1f} Q{:.1f},{:.1f} {:.1f},{:.1f} L{:.1f},{:.1f} Q{:.1f},{:.1f} "
            "{:.1f},{:.1f}",
            x1, y1, x1, near, lane, near, lane, far, x2, far, x2, y2);
      }
    }
    out += fmt::format(
        "    <path class=\"step {}\" data-from=\"{}\" data-to=\"{}\" d=\"{}\"{} "
        "marker-end=\"url(#arrow)\"/>\n",
        st.sourced ? "sourced" : "inferred", html_escape(st.from->role->id),
        html_escape(st.to->role->id), d, st.sourced ? "" : " stroke-dasharray=\"7 5\"");
  }
  out += "  </g>\n";
  // In ladder order (lowest rank first): the order Tab walks the links in.
  for (const auto& role : roles) {
    const std::string& id = role.id;
    const Box& box = boxes.at(id);
    const TrackStyle* style = nullptr;
    for (const auto& t : kTracks)
      if (t.track == box.role->track) style = &t;
    double cx = box.x + box.width / 2;
    std::string third = line3(*box.role);
    // A box with a page is a link to it, named by what the box shows (and what the * means).
    auto link = links.find(id);
    const std::string track_class(to_string(box.role->track));
    std::string open = fmt::format("  <g class=\"role {}\">\n", track_class), close = "  </g>\n";
    if (link != links.end()) {
      std::string name = text_in(box.role->name, lang) + (lang == Lang::zh ? "（" : " (") +
                         box.role->id + (lang == Lang::zh ? "），" : "), ") +
                         (lang == Lang::zh ? fmt::format("级别 {}", box.role->rank)
                                           : fmt::format("rank {}", box.role->rank));
      if (view::rank_inferred(*box.role))
        name += lang == Lang::zh ? "（本项目的推断）" : " (the project's inference)";
      if (!third.empty()) name += (lang == Lang::zh ? "，" : ", ") + third;
      open = fmt::format("  <a class=\"role {}\" href=\"{}\" aria-label=\"{}\">\n", track_class,
                         html_escape(link->second), html_escape(name));
      close = "  </a>\n";
    }
    out += open;
    out += fmt::format(
        "    <rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.0f}\" rx=\"9\" "
        "fill=\"{}\" stroke=\"{}\" stroke-width=\"1.5\"/>\n"
        "    <text class=\"name\" x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"15\" font-weight=\"bold\" "
        "text-anchor=\"middle\" fill=\"#1a1a1a\">{}</text>\n"
        "    <text class=\"detail\" x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"12\" text-anchor=\"middle\" "
        "fill=\"#404040\">{}</text>\n",
        box.x, box.y, box.width, kBoxHeight, style->fill, style->stroke, cx, box.y + 22,
        html_escape(text_in(box.role->name, lang)), cx, box.y + 40, html_escape(line2(*box.role)));
    if (!third.empty())
      out += fmt::format(
          "    <text class=\"detail\" x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"12\" text-anchor=\"middle\" "
          "fill=\"#404040\">{}</text>\n",
          cx, box.y + 57, html_escape(third));
    out += close;
  }
  // The legend, an entry per kind of arrow drawn (see above).
  double ly = rows_bottom + 36;
  if (!legend.empty()) {
    out += "  <g class=\"legend\" font-size=\"13\" fill=\"#303030\">\n";
    for (const auto& entry : legend)
      out += fmt::format(
          "    <path class=\"legend-line {}\" d=\"M{:.1f},{:.1f} L{:.1f},{:.1f}\" stroke=\"#4a4a4a\" "
          "stroke-width=\"1.6\"{} marker-end=\"url(#arrow)\"/>\n"
          "    <text x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n",
          entry.dashed ? "inferred" : "sourced", entry.x, ly, entry.x + 44, ly,
          entry.dashed ? " stroke-dasharray=\"7 5\"" : "", entry.x + 52, ly + 4.5,
          html_escape(entry.text));
    out += "  </g>\n";
  } else {
    ly -= kLegendHeight;  // the note on * moves up into the legend's place
  }
  if (any_rank_inferred)
    out += fmt::format(
        "  <text class=\"rank-note\" x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"13\" "
        "fill=\"#303030\">{}</text>\n",
        kLeft, ly + 4.5 + kNoteHeight, html_escape(rank_note));
  return out + "</svg>\n";
}

}  // namespace ctoladder::site
