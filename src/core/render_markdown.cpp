// Markdown for job posts, wikis and READMEs: GitHub-flavoured tables, diff blocks fenced.
#include <fmt/format.h>

#include "ctoladder/report.hpp"
#include "ctoladder/text.hpp"

namespace ctoladder {
namespace {

// A table cell must stay on one line and must not end the cell early.
std::string cell_text(const std::string& raw) {
  std::string safe = text::escape_for_terminal(raw);
  std::string out;
  for (char c : safe) {
    if (c == '|')
      out += "\\|";
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string render_markdown(const Report& report) {
  std::string out;
  for (const auto& block : report.blocks) {
    if (!out.empty()) out += '\n';
    switch (block.kind) {
      case Block::Kind::heading:
        out += std::string(static_cast<std::size_t>(std::clamp(block.level, 1, 6)), '#') + ' ' +
               text::escape_for_terminal(block.text.text) + '\n';
        break;
      case Block::Kind::paragraph: {
        std::string line = text::escape_for_terminal(block.text.text);
        out += block.text.style == Style::strong ? "**" + line + "**\n" : line + '\n';
        break;
      }
      case Block::Kind::table: {
        const Table& t = block.table;
        std::size_t columns = t.header.size();
        for (const auto& row : t.rows) columns = std::max(columns, row.size());
        if (columns == 0) break;
        std::vector<std::string> header = t.header;
        header.resize(columns);
        out += "|";
        for (const auto& h : header) out += ' ' + cell_text(h) + " |";
        out += "\n|";
        for (std::size_t c = 0; c < columns; ++c) out += " --- |";
        out += '\n';
        for (const auto& row : t.rows) {
          out += "|";
          for (std::size_t c = 0; c < columns; ++c)
            out += ' ' + (c < row.size() ? cell_text(row[c].text) : std::string()) + " |";
          out += '\n';
        }
        break;
      }
      case Block::Kind::lines:
        out += "```diff\n";
        for (const auto& line : block.lines) {
          std::string safe = text::escape_for_terminal(line.text);
          // A line starting with ``` would close the fence early.
          if (safe.starts_with("```")) safe = "\\" + safe;
          out += safe + '\n';
        }
        out += "```\n";
        break;
    }
  }
  return out;
}

}  // namespace ctoladder
