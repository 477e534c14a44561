// Text for people at a terminal: aligned by display width (Chinese is two columns wide),
// wrapped to the width (0: never wrapped, for pipes), escape sequences only when colour is on, and control characters from
// role files shown escaped, never raw.
#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <deque>
#include <numeric>
#include <span>

#include "ctoladder/report.hpp"
#include "ctoladder/text.hpp"

namespace ctoladder {
namespace {

constexpr std::size_t kGap = 2;          // spaces between table columns
constexpr std::size_t kProseFloor = 12;   // a prose column is not squeezed below this
constexpr std::size_t kProseRoom = 30;    // what a prose column keeps when there is room
constexpr std::size_t kNameFloor = 8;     // nor a truncated one
constexpr std::size_t kBarFloor = 5;      // nor a bar
constexpr std::size_t kStackIndent = 2;   // stacked rows: what follows the first line

std::string styled(std::string_view text, Style style, bool color) {
  if (!color || text.empty()) return std::string(text);
  switch (style) {
    case Style::heading:
      return fmt::format(fmt::emphasis::bold | fg(fmt::terminal_color::cyan), "{}", text);
    case Style::strong:
      return fmt::format(fmt::emphasis::bold, "{}", text);
    case Style::dim:
      return fmt::format(fmt::emphasis::faint, "{}", text);
    case Style::added:
      return fmt::format(fg(fmt::terminal_color::green), "{}", text);
    case Style::removed:
      return fmt::format(fg(fmt::terminal_color::red), "{}", text);
    case Style::changed:
      return fmt::format(fg(fmt::terminal_color::yellow), "{}", text);
    case Style::plain:
      break;
  }
  return std::string(text);
}

// A cell as printed: its text (the table's own when it is safe for a terminal, which is nearly
// always, else an escaped copy kept in an `escaped` deque, where views stay valid) and its width.
struct Shown {
  std::string_view text;
  std::size_t width;
  bool one_line;  // printable ASCII with no trailing space: wraps only when wider than its column
  Style style;
  const Cell* cell;  // null for a header; its marks hold only when `text` is the cell's own
};

Shown shown(const std::string& text, Style style, const Cell* cell,
            std::deque<std::string>& escaped) {
  // One pass for the common case: printable ASCII is its own width and needs no escaping.
  if (text::is_printable_ascii(text))
    return {text, text.size(), text.empty() || text.back() != ' ', style, cell};
  std::string_view safe = text;
  if (!text::is_terminal_safe(text)) safe = escaped.emplace_back(text::escape_for_terminal(text));
  return {safe, text::display_width(safe), false, style, cell};
}

// Appends one line's piece of a cell: in its style, and what a search matched highlighted (bold
// red, as grep and ripgrep show it).
void paint(std::string& out, std::string_view piece, const Shown& cell, bool color) {
  if (!color) {
    out += piece;
    return;
  }
  const std::vector<Mark>* marks = cell.cell ? &cell.cell->marks : nullptr;
  const char* base = cell.cell ? cell.cell->text.data() : nullptr;
  const bool own = marks && !marks->empty() && cell.text.data() == base &&
                   piece.data() >= base && piece.data() <= base + cell.cell->text.size();
  if (!own) {
    out += styled(piece, cell.style, color);
    return;
  }
  const std::size_t from = static_cast<std::size_t>(piece.data() - base);
  const std::size_t to = from + piece.size();
  std::size_t at = from;
  for (const Mark& mark : *marks) {
    const std::size_t begin = std::max(mark.begin, at), end = std::min(mark.end, to);
    if (begin >= end) continue;
    out += styled(std::string_view(base + at, begin - at), cell.style, color);
    out += fmt::format(fmt::emphasis::bold | fg(fmt::terminal_color::red), "{}",
                       std::string_view(base + begin, end - begin));
    at = end;
  }
  out += styled(std::string_view(base + at, to - at), cell.style, color);
}

// The first code point of `s` (s not empty), as a view.
std::string_view first_code_point(std::string_view s) {
  std::size_t n = 1;
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xc0) == 0x80) ++n;
  return s.substr(0, n);
}

// The last code point of `s` (s not empty), as a view.
std::string_view last_code_point(std::string_view s) {
  std::size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xc0) == 0x80) --start;
  return s.substr(start);
}

// `text` cut to `width` columns with "…" where a line may break: after a whole word ("individual
// contributor" at 16 is "individual…", never "individual cont…"), or between two Chinese
// characters. Only a first word wider than the column is cut inside (there is no better place).
std::string truncate_at_word(std::string_view text, std::size_t width) {
  std::string cut = text::truncate(text, width);
  constexpr std::string_view ellipsis = "…";
  if (cut.size() < ellipsis.size() || cut.compare(cut.size() - ellipsis.size(), ellipsis.size(), ellipsis) != 0)
    return cut;  // it fits whole
  std::string_view kept = std::string_view(cut).substr(0, cut.size() - ellipsis.size());
  if (kept.empty()) return cut;
  // The kept part is a prefix of `text` (less the spaces truncate drops at its end).
  const std::string_view rest = text.substr(kept.size());
  if (rest.empty() || rest.front() == ' ' || text::display_width(last_code_point(kept)) > 1 ||
      text::display_width(first_code_point(rest)) > 1)
    return cut;
  const std::size_t space = kept.rfind(' ');
  if (space == std::string_view::npos) return cut;  // one word wider than the column
  std::string_view words = kept.substr(0, space);
  while (!words.empty() && words.back() == ' ') words.remove_suffix(1);
  if (words.empty()) return cut;
  return std::string(words) + std::string(ellipsis);
}

// The widest stretch of `s` between spaces, in columns.
std::size_t widest_token(std::string_view s) {
  std::size_t widest = 0;
  while (!s.empty()) {
    const std::size_t space = s.find(' ');
    widest = std::max(widest, text::display_width(s.substr(0, space)));
    if (space == std::string_view::npos) break;
    s.remove_prefix(space + 1);
  }
  return widest;
}

// The lines of a cell `width` columns wide, as its column's fit says, into `lines` (views into the
// cell's text or into `made`, which keeps what is drawn anew: truncated names, narrower bars).
void cell_lines(const Shown& cell, Fit fit, std::size_t width, std::deque<std::string>& made,
                std::vector<std::string_view>& lines) {
  if (cell.one_line && cell.width <= width) {
    lines.assign(1, cell.text);
    return;
  }
  if (fit == Fit::truncate && cell.width > width && width > 0) {
    lines.assign(1, made.emplace_back(truncate_at_word(cell.text, width)));
    return;
  }
  if (fit == Fit::bar && cell.cell && cell.cell->bar >= 0 && cell.width > width && width > 0) {
    lines.assign(1, made.emplace_back(draw_bar(cell.cell->bar, width)));
    return;
  }
  if (width > 0 && text::longest_piece(cell.text) > width) {
    // Never a word, an id or a file name cut over two lines: one wider than the whole column
    // is shown cut with "…" instead.
    std::string fitted;
    std::string_view rest = cell.text;
    while (true) {
      const std::size_t space = rest.find(' ');
      const std::string_view token = rest.substr(0, space);
      if (text::longest_piece(token) > width)
        fitted += text::truncate(token, width);
      else
        fitted += token;
      if (space == std::string_view::npos) break;
      fitted += ' ';
      rest.remove_prefix(space + 1);
    }
    text::wrap_into(made.emplace_back(std::move(fitted)), width, lines);
    return;
  }
  text::wrap_into(cell.text, width, lines);
}

// Column widths when the table is wider than `total`: each column keeps at least its floor (the
// widest header word, and its cells' widest word unless it is prose, truncated or a bar). A column
// no wider than an even share of the room keeps its whole width (short columns stay on one line);
// the long ones share what is left in proportion to what each would still like, as browsers lay
// out tables, so a long text gets more room than a shorter one instead of half each. Empty when
// even the floors do not fit.
std::vector<std::size_t> fit_columns(const std::vector<std::size_t>& natural,
                                     const std::vector<std::size_t>& floors, std::size_t total) {
  const std::size_t gaps = natural.empty() ? 0 : kGap * (natural.size() - 1);
  const std::size_t floor_sum = std::accumulate(floors.begin(), floors.end(), gaps);
  if (floor_sum > total) return {};
  std::vector<std::size_t> widths = floors;
  std::vector<bool> settled(natural.size(), false);
  std::size_t room = total - gaps;  // for the columns not settled yet
  std::size_t open = natural.size();
  for (bool again = true; again && open > 0;) {
    again = false;
    std::size_t open_floors = 0;
    for (std::size_t c = 0; c < natural.size(); ++c)
      if (!settled[c]) open_floors += floors[c];
    for (std::size_t c = 0; c < natural.size(); ++c) {
      // Whole, if that still leaves the other open columns their floors.
      if (settled[c] || natural[c] * open > room || room - natural[c] < open_floors - floors[c])
        continue;
      widths[c] = natural[c];
      settled[c] = true;
      room -= natural[c];
      open_floors -= floors[c];
      --open;
      again = true;
    }
  }
  std::size_t wanted = 0, floor_left = 0;
  for (std::size_t c = 0; c < natural.size(); ++c)
    if (!settled[c]) wanted += natural[c] - floors[c], floor_left += floors[c];
  if (wanted == 0) return widths;
  room -= floor_left;
  std::size_t given = 0;
  for (std::size_t c = 0; c < natural.size(); ++c) {
    if (settled[c]) continue;
    const std::size_t share = room * (natural[c] - floors[c]) / wanted;
    widths[c] += share;
    given += share;
  }
  // What rounding left over goes one column at a time to those that want the most.
  for (std::size_t left = room - given; left > 0; --left) {
    std::size_t most = 0;
    for (std::size_t c = 1; c < natural.size(); ++c)
      if (natural[c] - widths[c] > natural[most] - widths[most]) most = c;
    if (widths[most] >= natural[most]) break;
    ++widths[most];
  }
  return widths;
}

Fit fit_of(const Table& table, std::size_t column) {
  return column < table.fits.size() ? table.fits[column] : Fit::words;
}

// Appends one row of side-by-side columns (lines[c] in widths[c]), padded, without trailing
// spaces.
void emit_row(std::string& out, std::span<const Shown> row,
              const std::vector<std::vector<std::string_view>>& wrapped,
              const std::vector<std::size_t>& widths, bool color) {
  const std::size_t columns = widths.size();
  std::size_t height = 1;
  for (std::size_t c = 0; c < columns; ++c) height = std::max(height, wrapped[c].size());
  // The last non-empty column ends the line: no trailing spaces.
  std::size_t last = 0;
  for (std::size_t c = 0; c < row.size(); ++c)
    if (!row[c].text.empty()) last = c;
  for (std::size_t line = 0; line < height; ++line) {
    const std::size_t line_start = out.size();
    for (std::size_t c = 0; c <= last; ++c) {
      const bool has_line = line < wrapped[c].size();
      const std::string_view piece = has_line ? wrapped[c][line] : "";
      if (c > 0) out.append(kGap, ' ');
      if (c < row.size())
        paint(out, piece, row[c], color);
      else
        out += piece;
      const std::size_t piece_width =
          !has_line ? 0
          : (c < row.size() && row[c].one_line && piece.size() == row[c].text.size())
              ? piece.size()
              : text::display_width(piece);
      if (c < last) out.append(widths[c] - std::min(widths[c], piece_width), ' ');
    }
    while (out.size() > line_start && out.back() == ' ') out.pop_back();
    out += '\n';
  }
}

// A table too wide for the terminal even with every column at its floor, one row at a time. With
// a header: each cell on its own line after its column's name, rows apart by a blank line. Without
// one: the short cells (ids, markers) on the first line, then the text cells indented.
void render_stacked(const Table& table, std::span<const Shown> header,
                    const std::vector<std::span<const Shown>>& rows,
                    const std::vector<std::size_t>& floors, std::size_t width, bool color,
                    std::deque<std::string>& made, std::string& out) {
  std::vector<std::vector<std::string_view>> wrapped(2);
  if (!header.empty()) {
    std::size_t label = 0, value_floor = 1;
    for (std::size_t c = 0; c < header.size(); ++c) {
      label = std::max(label, header[c].width);
    }
    for (std::size_t floor : floors) value_floor = std::max(value_floor, floor);
    // One layout per table, never a name cut or wrapped ("角/色"): each name beside its value
    // when the widest name and the widest id fit on a line, else each value under its name,
    // indented (as describe's fields and duties at 40 columns).
    const bool under = label + kGap + value_floor > width;
    const std::size_t value = under ? (width > kStackIndent ? width - kStackIndent : 1)
                              : width > label + kGap ? width - label - kGap
                                                     : 1;
    const std::vector<std::size_t> widths{label, value};
    bool first = true;
    for (const auto& row : rows) {
      if (!first) out += '\n';
      first = false;
      for (std::size_t c = 0; c < row.size(); ++c) {
        if (row[c].text.empty()) continue;
        const Shown name = c < header.size() ? header[c] : Shown{"", 0, true, Style::strong, nullptr};
        cell_lines(row[c], fit_of(table, c), value, made, wrapped[1]);
        if (under) {
          if (!name.text.empty()) {
            paint(out, name.text, name, color);
            out += '\n';
          }
          for (std::string_view piece : wrapped[1]) {
            out.append(kStackIndent, ' ');
            paint(out, piece, row[c], color);
            out += '\n';
          }
          continue;
        }
        text::wrap_into(name.text, label, wrapped[0]);
        const Shown pair[] = {name, row[c]};
        emit_row(out, pair, wrapped, widths, color);
      }
    }
    return;
  }
  for (const auto& row : rows) {
    // The first line: the cells of word columns, side by side as long as they fit.
    std::size_t used = 0;
    bool any = false;
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (row[c].text.empty() || fit_of(table, c) != Fit::words) continue;
      text::wrap_into(row[c].text, width, wrapped[0]);
      for (std::string_view piece : wrapped[0]) {
        const std::size_t w = text::display_width(piece);
        if (any && used + kGap + w > width) {
          out += '\n';
          used = 0;
          any = false;
        }
        if (any) {
          out.append(kGap, ' ');
          used += kGap;
        }
        paint(out, piece, row[c], color);
        used += w;
        any = true;
      }
    }
    if (any) out += '\n';
    // Then the text, indented under it (a row with nothing on its first line, such as a duty's
    // "how:" line, continues the row above: indented the same).
    const std::size_t indent = width > kStackIndent + 1 ? kStackIndent : 0;
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (row[c].text.empty() || fit_of(table, c) == Fit::words) continue;
      cell_lines(row[c], fit_of(table, c), width - indent, made, wrapped[1]);
      for (std::string_view piece : wrapped[1]) {
        out.append(indent, ' ');
        paint(out, piece, row[c], color);
        while (!out.empty() && out.back() == ' ') out.pop_back();
        out += '\n';
      }
    }
  }
}

void render_table(const Table& table, std::size_t width, bool color, bool header,
                  std::string& out) {
  // A list of items (duties, fields) reads better on a terminal without its columns' names.
  const bool with_header = header && table.header_in_text && !table.header.empty();
  std::size_t columns = with_header ? table.header.size() : 0;
  for (const auto& row : table.rows) columns = std::max(columns, row.size());
  if (columns == 0) return;
  // All cells in one list (row r is cells[starts[r], starts[r + 1])): two allocations, not one
  // per row.
  std::deque<std::string> escaped;
  std::vector<Shown> cells;
  std::vector<std::size_t> starts;
  starts.reserve(table.rows.size() + 2);
  if (with_header) {
    starts.push_back(cells.size());
    for (const auto& h : table.header) cells.push_back(shown(h, Style::strong, nullptr, escaped));
  }
  for (const auto& row : table.rows) {
    starts.push_back(cells.size());
    for (const auto& cell : row) cells.push_back(shown(cell.text, cell.style, &cell, escaped));
  }
  starts.push_back(cells.size());
  const auto row_of = [&](std::size_t r) {
    return std::span<const Shown>(cells.data() + starts[r], starts[r + 1] - starts[r]);
  };
  const std::size_t first_body = with_header ? 1 : 0;
  std::vector<std::size_t> widths(columns, 0);
  for (std::size_t r = 0; r + 1 < starts.size(); ++r) {
    const auto row = row_of(r);
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], row[c].width);
  }
  const std::size_t natural_sum =
      std::accumulate(widths.begin(), widths.end(), kGap * (columns - 1));
  if (width > 0 && natural_sum > width) {  // 0: every cell on one line
    // The floors: a header word, an id or a number is never cut.
    std::vector<std::size_t> floors(columns, 0);
    std::vector<std::size_t> body(columns, 0);  // the widest cell below the header
    std::vector<std::size_t> longest(columns, 0);  // a prose column's longest word
    for (std::size_t r = 0; r + 1 < starts.size(); ++r) {
      const auto row = row_of(r);
      for (std::size_t c = 0; c < row.size(); ++c) {
        if (r < first_body)  // a header word is never cut, not even a Chinese one ("年限")
          floors[c] = std::max(floors[c], widest_token(row[c].text));
        else if (fit_of(table, c) == Fit::words)
          floors[c] = std::max(floors[c], text::longest_piece(row[c].text));
        if (r >= first_body) body[c] = std::max(body[c], row[c].width);
        if (r >= first_body && fit_of(table, c) == Fit::prose)
          longest[c] = std::max(longest[c], text::longest_piece(row[c].text));
      }
    }
    std::size_t prose_columns = 0;
    for (std::size_t c = 0; c < columns; ++c) prose_columns += fit_of(table, c) == Fit::prose;
    for (std::size_t c = 0; c < columns; ++c) {
      switch (fit_of(table, c)) {
        case Fit::words:
          break;
        case Fit::prose:
          // Text is not squeezed into a sliver beside its label: the text columns keep 3/4 of
          // the width between them (at most kProseRoom), else the table is stacked, each text
          // under its label (describe at 40 columns).
          // Nor is a word cut (a long one, up to kProseRoom, widens the column; a longer one is
          // cut with "…").
          floors[c] = std::max(floors[c], std::min(longest[c], kProseRoom));
          floors[c] = std::max(
              floors[c],
              std::min(body[c], std::max(kProseFloor,
                                         std::clamp(width * 3 / 4, kProseFloor, kProseRoom) /
                                             prose_columns)));
          break;
        case Fit::truncate:
          floors[c] = std::max(floors[c], std::min(body[c], kNameFloor));
          break;
        case Fit::bar:
          floors[c] = std::max(floors[c], std::min(body[c], kBarFloor));
          break;
      }
    }
    // Beside text, the first column (a field's label, an id) is not wrapped: "rank basis" over
    // "rank" and "basis" reads as two fields. When it and the text do not fit, the table stacks.
    if (prose_columns > 0 && fit_of(table, 0) == Fit::words && widths[0] * 3 <= width)
      floors[0] = std::max(floors[0], widths[0]);
    // A words column (ids, names, a step "A → B") no wider than 2/3 of the table stays whole when
    // the other columns still get their floors: Chinese names may break anywhere, so their floor
    // alone would let "技术总监" split over two lines. So does a truncated column, the first one
    // before the next (list's names before its tracks): the columns after it shrink first, as gh
    // and kubectl shrink the other columns before a table's names.
    for (std::size_t c = 0; c < columns; ++c) {
      const Fit fit = fit_of(table, c);
      if ((fit != Fit::words && fit != Fit::truncate) || widths[c] * 3 > width * 2 ||
          widths[c] <= floors[c])
        continue;
      const std::size_t floor_sum =
          std::accumulate(floors.begin(), floors.end(), kGap * (columns - 1));
      if (floor_sum - floors[c] + widths[c] <= width) floors[c] = widths[c];
    }
    widths = fit_columns(widths, floors, width);
    if (widths.empty()) {
      std::vector<std::span<const Shown>> rows;
      for (std::size_t r = first_body; r + 1 < starts.size(); ++r) rows.push_back(row_of(r));
      render_stacked(table, first_body ? row_of(0) : std::span<const Shown>(), rows, floors, width,
                     color, escaped, out);
      return;
    }
  }

  // Reused row after row: each column's lines.
  std::vector<std::vector<std::string_view>> wrapped(columns);
  // A cell that wraps above rows that go on with it (their first cell empty) and leave its
  // column empty (chart's domain above its second role) goes on beside them, so each row's bar stays on its own line: the lines it still has
  // to show, and the cell they belong to (for its style).
  std::vector<std::vector<std::string_view>> carry(columns);
  std::vector<Shown> carry_from(columns);
  std::vector<Shown> shown_row;
  // Row r goes on with the row above (its first cell is empty) and leaves column c empty.
  const auto empty_at = [&](std::size_t r, std::size_t c) {
    if (r + 1 >= starts.size()) return false;  // no such row
    const auto next = row_of(r);
    const auto blank = [&](std::size_t k) { return k >= next.size() || next[k].text.empty(); };
    return blank(0) && blank(c);
  };
  for (std::size_t r = 0; r + 1 < starts.size(); ++r) {
    const auto row = row_of(r);
    shown_row.assign(row.begin(), row.end());
    shown_row.resize(std::max(shown_row.size(), columns), Shown{"", 0, true, Style::plain, nullptr});
    for (std::size_t c = 0; c < columns; ++c) {
      if (!carry[c].empty() && (c >= row.size() || row[c].text.empty())) {
        wrapped[c].swap(carry[c]);
        carry[c].clear();
        shown_row[c] = carry_from[c];
      } else if (c >= row.size()) {
        wrapped[c].assign(1, std::string_view());
      } else {
        cell_lines(row[c], r < first_body ? Fit::words : fit_of(table, c), widths[c], escaped,
                   wrapped[c]);
      }
      if (c < row.size() && !row[c].text.empty()) carry[c].clear();
    }
    if (r >= first_body) {
      // The row's own height: that of the columns whose next row has something of its own.
      std::size_t height = 1;
      for (std::size_t c = 0; c < columns; ++c)
        if (!empty_at(r + 1, c)) height = std::max(height, wrapped[c].size());
      for (std::size_t c = 0; c < columns; ++c) {
        if (wrapped[c].size() <= height || !empty_at(r + 1, c)) continue;
        carry[c].assign(wrapped[c].begin() + static_cast<std::ptrdiff_t>(height), wrapped[c].end());
        wrapped[c].resize(height);
        carry_from[c] = shown_row[c];
      }
    }
    emit_row(out, std::span<const Shown>(shown_row.data(), row.size() > columns ? row.size() : columns),
             wrapped, widths, color);
  }
}

}  // namespace

std::string draw_bar(double fraction, std::size_t width) {
  std::size_t full = 0;
  if (fraction > 0)
    full = std::clamp<std::size_t>(
        static_cast<std::size_t>(std::lround(double(width) * std::min(fraction, 1.0))), 1, width);
  std::string out;
  for (std::size_t i = 0; i < width; ++i) out += i < full ? "█" : "░";
  return out;
}

std::string render_text(const Report& report, std::size_t width, bool color, bool header) {
  std::string out;
  bool first = true;
  for (const auto& block : report.blocks) {
    // A blank line before each heading separates sections.
    if (block.kind == Block::Kind::heading && !first) out += '\n';
    first = false;
    switch (block.kind) {
      case Block::Kind::heading:
      case Block::Kind::paragraph:
        for (const auto& line :
             text::wrap(text::escape_for_terminal(block.text.text + block.bars_note), width))
          out += styled(line, block.text.style, color) + '\n';
        break;
      case Block::Kind::table:
        render_table(block.table, width, color, header, out);
        break;
      case Block::Kind::lines:
        // Line-oriented output (diff): with a width (a terminal) a long line wraps, and every
        // continuation repeats the line's first character; width 0 (a pipe) keeps it whole.
        for (const auto& line : block.lines) {
          std::string safe = text::escape_for_terminal(line.text);
          if (safe.empty() || width < 8 || text::display_width(safe) <= width) {
            out += styled(safe, line.style, color) + '\n';
            continue;
          }
          std::string sign = safe.substr(0, 1);
          bool first_piece = true;
          for (const auto& piece : text::wrap(std::string_view(safe).substr(1), width - 3)) {
            out += styled(sign + (first_piece ? "" : "  ") + piece, line.style, color) + '\n';
            first_piece = false;
          }
        }
        break;
    }
  }
  return out;
}

}  // namespace ctoladder
