#include "ctoladder/report.hpp"


namespace ctoladder {

void Report::heading(std::string text, int level, std::string bars_note) {
  Block block;
  block.kind = Block::Kind::heading;
  block.level = level;
  block.bars_note = std::move(bars_note);
  block.text = {std::move(text), Style::heading};
  blocks.push_back(std::move(block));
}

void Report::paragraph(std::string text, Style style) {
  Block block;
  block.text = {std::move(text), style};
  blocks.push_back(std::move(block));
}

void Report::table(Table table) {
  Block block;
  block.kind = Block::Kind::table;
  block.table = std::move(table);
  blocks.push_back(std::move(block));
}

void Report::lines(std::vector<Cell> lines) {
  Block block;
  block.kind = Block::Kind::lines;
  block.lines = std::move(lines);
  blocks.push_back(std::move(block));
}

}  // namespace ctoladder
