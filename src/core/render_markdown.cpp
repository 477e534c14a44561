// Markdown for job posts, wikis and READMEs: GitHub-flavoured, as cmark-gfm, pandoc and GitHub
// read it. Role text is data, never markup: everything markdown would read as markup is escaped,
// so `*x*`, a backtick or `<b>` in a duty shows as written.
#include <fmt/format.h>

#include <algorithm>

#include "ctoladder/report.hpp"
#include "ctoladder/text.hpp"

namespace ctoladder {
namespace {

// Backslash before every character CommonMark or GFM may read as markup inside a line: emphasis,
// code, links, raw HTML, entities, strikethrough, table pipes, a heading's closing #. Any ASCII
// punctuation may be escaped, so escaping too much is harmless; too little lets data become markup.
std::string escape_inline(std::string_view raw) {
  std::string safe = text::escape_for_terminal(raw);  // control characters made visible, one line
  std::string out;
  out.reserve(safe.size() + 8);
  for (char c : safe) {
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
      case '|': case '~': case '&': case '!': case '#':
        out += '\\';
        break;
      default:
        break;
    }
    out += c;
  }
  return out;
}

// A paragraph's first characters can also start a block: a list item (-, +, 1. or 1)), a thematic
// break or setext underline (---, ===). Headings and quotes are already escaped inline.
std::string escape_paragraph(std::string_view raw) {
  std::string out = escape_inline(raw);
  std::size_t digits = 0;
  while (digits < out.size() && out[digits] >= '0' && out[digits] <= '9') ++digits;
  if (!out.empty() && (out[0] == '-' || out[0] == '+' || out[0] == '='))
    out.insert(0, 1, '\\');
  else if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')'))
    out.insert(digits, 1, '\\');
  return out;
}

std::string styled(const Cell& cell) {
  std::string text = escape_inline(cell.text);
  if (text.empty()) return text;
  return cell.style == Style::strong || cell.style == Style::heading ? "**" + text + "**" : text;
}

bool is_blank(const Cell& cell) { return cell.text.empty(); }

// Which columns a document shows: not the bars drawn for terminals (the numbers beside them say
// the same), not a column of "-" bullets with no name (the rows of a table are the items already).
std::vector<std::size_t> kept_columns(const Table& t, std::size_t columns) {
  std::vector<std::size_t> kept;
  for (std::size_t c = 0; c < columns; ++c) {
    if (c < t.fits.size() && t.fits[c] == Fit::bar) continue;
    bool unnamed = c >= t.header.size() || t.header[c].empty();
    bool bullets = std::all_of(t.rows.begin(), t.rows.end(), [&](const auto& row) {
      return c >= row.size() || row[c].text.empty() || row[c].text == "-";
    });
    if (unnamed && bullets) continue;
    kept.push_back(c);
  }
  return kept;
}

std::string table_markdown(const Table& t) {
  std::size_t columns = t.header.size();
  for (const auto& row : t.rows) columns = std::max(columns, row.size());
  std::vector<std::size_t> kept = kept_columns(t, columns);
  if (kept.empty()) return "";

  // A row with text only in its last shown cell continues the row above (a duty's `how`, its
  // source): GFM has no multi-line cells, so it joins the above row's last cell after a line
  // break. A row that only leaves its first cells empty (a chart's second role of a domain) is
  // a row of its own under the same group.
  std::vector<std::vector<std::string>> rows;
  for (const auto& row : t.rows) {
    auto cell = [&](std::size_t c) { return c < row.size() ? row[c] : Cell{}; };
    bool continues = std::all_of(kept.begin(), kept.end() - 1,
                                 [&](std::size_t c) { return is_blank(cell(c)); });
    if (!rows.empty() && kept.size() > 1 && continues) {
      if (!is_blank(cell(kept.back()))) rows.back().back() += "<br>" + styled(cell(kept.back()));
      continue;
    }
    std::vector<std::string> cells;
    for (std::size_t c : kept) cells.push_back(styled(cell(c)));
    rows.push_back(std::move(cells));
  }

  std::string out = "|";
  for (std::size_t c : kept) out += ' ' + escape_inline(c < t.header.size() ? t.header[c] : "") + " |";
  out += "\n|";
  for (std::size_t i = 0; i < kept.size(); ++i) out += " --- |";
  out += '\n';
  for (const auto& row : rows) {
    out += "|";
    for (const auto& cell : row) out += ' ' + cell + " |";
    out += '\n';
  }
  return out;
}

// A fence longer than any run of backticks inside, so no line of the diff can close it early.
std::string fence_for(const std::vector<Cell>& lines) {
  std::size_t longest = 0;
  for (const auto& line : lines) {
    std::size_t run = 0;
    for (char c : line.text) {
      run = c == '`' ? run + 1 : 0;
      longest = std::max(longest, run);
    }
  }
  return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

}  // namespace

std::string render_markdown(const Report& report) {
  std::string out;
  for (const auto& block : report.blocks) {
    if (!out.empty()) out += '\n';
    switch (block.kind) {
      case Block::Kind::heading:
        out += std::string(static_cast<std::size_t>(std::clamp(block.level, 1, 6)), '#') + ' ' +
               escape_inline(block.text.text) + '\n';
        break;
      case Block::Kind::paragraph: {
        std::string line = escape_paragraph(block.text.text);
        out += block.text.style == Style::strong ? "**" + line + "**\n" : line + '\n';
        break;
      }
      case Block::Kind::table:
        out += table_markdown(block.table);
        break;
      case Block::Kind::lines: {
        std::string fence = fence_for(block.lines);
        out += fence + "diff\n";
        for (const auto& line : block.lines) out += text::escape_for_terminal(line.text) + '\n';
        out += fence + '\n';
        break;
      }
    }
  }
  return out;
}

}  // namespace ctoladder
