// What a command produces, independent of the output format: structured data for json and
// yaml, a report of headings, paragraphs, tables and lines for text and markdown, and fixed-column
// rows for tsv. Renderers turn an Output into bytes.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "ctoladder/format.hpp"

namespace ctoladder {

enum class Style { plain, heading, strong, dim, added, removed, changed };

struct Cell {
  std::string text;
  Style style = Style::plain;
};

struct Table {
  std::vector<std::string> header;  // empty: no header row
  std::vector<std::vector<Cell>> rows;
};

struct Block {
  enum class Kind { heading, paragraph, table, lines };
  Kind kind = Kind::paragraph;
  int level = 1;            // heading level
  Cell text;                // heading and paragraph
  Table table;              // table
  std::vector<Cell> lines;  // preformatted lines (diff output), never wrapped
};

struct Report {
  std::vector<Block> blocks;

  void heading(std::string text, int level = 1);
  void paragraph(std::string text, Style style = Style::plain);
  void table(Table table);
  void lines(std::vector<Cell> lines);
};

struct Output {
  nlohmann::ordered_json data;                // json and yaml: one documented shape per command
  Report report;                              // text and markdown
  // tsv: the header row (the columns' names, documented per command), then the rows.
  std::vector<std::string> tsv_columns;
  std::vector<std::vector<std::string>> tsv;
  // dot, mermaid and svg: the picture, drawn by the command itself for the format asked for.
  std::optional<std::string> raw;
};

struct RenderOptions {
  Format format = Format::text;
  std::size_t width = 100;  // text wrapping, in terminal columns; 0: never wrap
  bool color = false;
};

// Output to bytes in options.format, by the renderer of its row in the format table.
std::string render(const Output& output, const RenderOptions& options);

// The renderers behind render(), one per family of formats.
std::string render_text(const Report& report, std::size_t width, bool color);
std::string render_markdown(const Report& report);
// The version of the data contract (docs/json.md, docs/schemas/): the first key of every json and
// yaml document, `"schema_version": 1`. Bump it only for a change that can break a script (a key
// renamed, removed or retyped); a new key is not one.
inline constexpr int kSchemaVersion = 1;

std::string render_json(const nlohmann::ordered_json& data);  // adds schema_version to an object
std::string render_yaml(const nlohmann::ordered_json& data);  // adds schema_version to an object
std::string render_tsv(const std::vector<std::vector<std::string>>& rows);
// The header row, then the rows (render_tsv without columns writes no header).
std::string render_tsv(const std::vector<std::string>& columns,
                       const std::vector<std::vector<std::string>>& rows);

}  // namespace ctoladder
