#include "ctoladder/report.hpp"

#include "ctoladder/error.hpp"

namespace ctoladder {

void Report::heading(std::string text, int level) {
  Block block;
  block.kind = Block::Kind::heading;
  block.level = level;
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

Parts parts_for(Format format) {
  switch (format) {
    case Format::json:
    case Format::yaml:
      return {.data = true, .report = false, .tsv = false};
    case Format::tsv:
      return {.data = false, .report = false, .tsv = true};
    case Format::text:
    case Format::markdown:
      return {.data = false, .report = true, .tsv = false};
    case Format::dot:
    case Format::mermaid:
    case Format::svg:
      break;
  }
  return {.data = false, .report = false, .tsv = false};  // pictures are drawn into Output::raw
}

std::string render(const Output& output, const RenderOptions& options) {
  switch (options.format) {
    case Format::json:
      return render_json(output.data);
    case Format::yaml:
      return render_yaml(output.data);
    case Format::tsv:
      return render_tsv(output.tsv);
    case Format::markdown:
      return render_markdown(output.report);
    case Format::dot:
    case Format::mermaid:
    case Format::svg:
      if (!output.raw) throw Error(ErrorKind::usage, "this command cannot draw that format");
      return *output.raw;
    case Format::text:
      break;
  }
  return render_text(output.report, options.width, options.color);
}

}  // namespace ctoladder
