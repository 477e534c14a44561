// Text for people at a terminal: aligned by display width (Chinese is two columns wide),
// wrapped to the width (0: never wrapped, for pipes), escape sequences only when colour is on, and control characters from
// role files shown escaped, never raw.
#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <numeric>
#include <span>

#include "ctoladder/report.hpp"
#include "ctoladder/text.hpp"

namespace ctoladder {
namespace {

constexpr std::size_t kGap = 2;        // spaces between table columns
constexpr std::size_t kMinColumn = 8;  // a column is never squeezed below this

std::string styled(const std::string& text, Style style, bool color) {
  if (!color || text.empty()) return text;
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
  return text;
}

// Shrinks the widest columns until the table fits, so short columns (ids, markers) stay whole
// and the long text column wraps. No column goes below its floor while another can still give.
std::vector<std::size_t> fit_columns(std::vector<std::size_t> widths,
                                     const std::vector<std::size_t>& floors, std::size_t total) {
  std::size_t gaps = widths.empty() ? 0 : kGap * (widths.size() - 1);
  auto sum = [&] { return std::accumulate(widths.begin(), widths.end(), std::size_t{0}) + gaps; };
  while (sum() > total) {
    // The widest column that can still give; ties go to the leftmost.
    std::size_t widest = widths.size();
    for (std::size_t c = 0; c < widths.size(); ++c)
      if (widths[c] > floors[c] && (widest == widths.size() || widths[c] > widths[widest]))
        widest = c;
    if (widest == widths.size()) break;
    std::size_t excess = sum() - total;
    // Take what is needed from the widest, but not below the second widest (then share).
    std::size_t second = 0;
    for (std::size_t c = 0; c < widths.size(); ++c)
      if (c != widest && widths[c] > floors[c]) second = std::max(second, widths[c]);
    std::size_t& w = widths[widest];
    std::size_t floor = std::max({floors[widest], second, w > excess ? w - excess : 0});
    w = floor < w ? floor : w - 1;
  }
  return widths;
}

// Each column's floor: its widest word or id, so wrapping never cuts one in two, when the
// table still fits that way; else kMinColumn, and a word too long is cut.
std::vector<std::size_t> column_floors(const std::vector<std::size_t>& widths,
                                       const std::vector<std::size_t>& words, std::size_t total) {
  std::vector<std::size_t> floors(widths.size());
  std::size_t sum = widths.empty() ? 0 : kGap * (widths.size() - 1);
  for (std::size_t c = 0; c < widths.size(); ++c) {
    floors[c] = std::min(widths[c], std::max(kMinColumn, words[c]));
    sum += floors[c];
  }
  if (sum > total)
    for (std::size_t c = 0; c < widths.size(); ++c) floors[c] = std::min(widths[c], kMinColumn);
  return floors;
}

// A cell as printed: its text (the table's own when it is safe for a terminal, which is nearly
// always, else an escaped copy kept in an `escaped` deque, where views stay valid) and its width.
struct Shown {
  std::string_view text;
  std::size_t width;
  bool one_line;  // printable ASCII with no trailing space: wraps only when wider than its column
  Style style;
};

Shown shown(const std::string& text, Style style, std::deque<std::string>& escaped) {
  // One pass for the common case: printable ASCII is its own width and needs no escaping.
  if (text::is_printable_ascii(text))
    return {text, text.size(), text.empty() || text.back() != ' ', style};
  std::string_view safe = text;
  if (!text::is_terminal_safe(text)) safe = escaped.emplace_back(text::escape_for_terminal(text));
  return {safe, text::display_width(safe), false, style};
}

void render_table(const Table& table, std::size_t width, bool color, std::string& out) {
  std::size_t columns = table.header.size();
  for (const auto& row : table.rows) columns = std::max(columns, row.size());
  if (columns == 0) return;
  // All cells in one list (row r is cells[starts[r], starts[r + 1])): two allocations, not one
  // per row.
  std::deque<std::string> escaped;
  std::vector<Shown> cells;
  std::vector<std::size_t> starts;
  starts.reserve(table.rows.size() + 2);
  if (!table.header.empty()) {
    starts.push_back(cells.size());
    for (const auto& h : table.header) cells.push_back(shown(h, Style::strong, escaped));
  }
  for (const auto& row : table.rows) {
    starts.push_back(cells.size());
    for (const auto& cell : row) cells.push_back(shown(cell.text, cell.style, escaped));
  }
  starts.push_back(cells.size());
  const auto row_of = [&](std::size_t r) {
    return std::span<const Shown>(cells.data() + starts[r], starts[r + 1] - starts[r]);
  };
  std::vector<std::size_t> widths(columns, 0);
  for (std::size_t r = 0; r + 1 < starts.size(); ++r) {
    const auto row = row_of(r);
    for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], row[c].width);
  }
  std::size_t natural = std::accumulate(widths.begin(), widths.end(), kGap * (columns - 1));
  if (width > 0 && natural > width) {  // 0: every cell on one line
    std::vector<std::size_t> words(columns, 0);
    for (std::size_t r = 0; r + 1 < starts.size(); ++r) {
      const auto row = row_of(r);
      for (std::size_t c = 0; c < row.size(); ++c)
        if (row[c].width > words[c]) words[c] = std::max(words[c], text::widest_unbreakable(row[c].text));
    }
    widths = fit_columns(widths, column_floors(widths, words, width), width);
  }

  // Reused row after row: each column's lines and their widths.
  std::vector<std::vector<std::string_view>> wrapped(columns);
  std::vector<std::vector<std::size_t>> line_widths(columns);
  for (std::size_t r = 0; r + 1 < starts.size(); ++r) {
    const auto row = row_of(r);
    std::size_t height = 1;
    for (std::size_t c = 0; c < columns; ++c) {
      auto& lines = wrapped[c];
      auto& line_width = line_widths[c];
      line_width.clear();
      if (c >= row.size()) {
        lines.assign(1, std::string_view());
        line_width.push_back(0);
      } else if (row[c].one_line && row[c].width <= widths[c]) {
        lines.assign(1, row[c].text);
        line_width.push_back(row[c].width);
      } else {
        text::wrap_into(row[c].text, widths[c], lines);
        for (const auto& line : lines) line_width.push_back(text::display_width(line));
      }
      height = std::max(height, lines.size());
    }
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
        if (color && c < row.size())
          out += styled(std::string(piece), row[c].style, color);
        else
          out += piece;
        const std::size_t piece_width = has_line ? line_widths[c][line] : 0;
        if (c < last) out.append(widths[c] - std::min(widths[c], piece_width), ' ');
      }
      while (out.size() > line_start && out.back() == ' ') out.pop_back();
      out += '\n';
    }
  }
}

}  // namespace

std::string render_text(const Report& report, std::size_t width, bool color) {
  std::string out;
  bool first = true;
  for (const auto& block : report.blocks) {
    // A blank line before each heading separates sections.
    if (block.kind == Block::Kind::heading && !first) out += '\n';
    first = false;
    switch (block.kind) {
      case Block::Kind::heading:
      case Block::Kind::paragraph:
        for (const auto& line : text::wrap(text::escape_for_terminal(block.text.text), width))
          out += styled(line, block.text.style, color) + '\n';
        break;
      case Block::Kind::table:
        render_table(block.table, width, color, out);
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
