// What a command produces, independent of the output format: structured data for json and
// yaml, a report of headings, paragraphs, tables and lines for text and markdown, and fixed-column
// rows for tsv. Renderers turn an Output into bytes.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ctoladder/format.hpp"

namespace ctoladder {

enum class Style { plain, heading, strong, dim, added, removed, changed };

// A stretch of a cell's text, in bytes: what a search matched, highlighted on a terminal.
struct Mark {
  std::size_t begin;
  std::size_t end;
};

struct Cell {
  Cell() = default;
  Cell(std::string text, Style style = Style::plain) : text(std::move(text)), style(style) {}

  std::string text;
  Style style = Style::plain;
  // A bar of a bar chart, as a share of the full bar (0..1): text on a terminal draws it as wide
  // as its column allows; `text` (drawn 20 wide) is what other formats show. Negative: no bar.
  double bar = -1;
  std::vector<Mark> marks;  // highlighted when colour is on; sorted, not overlapping
};

// How a column gives way when a table is wider than the terminal. Whatever the fit, a header word
// is never cut, and when the columns cannot all fit, each row is stacked instead (one line per
// column), so nothing is wider than the terminal.
enum class Fit {
  words,     // wraps at spaces but never cuts a word: ids, lists of ids, numbers (the default)
  prose,     // wraps, cutting a word longer than the column
  truncate,  // one line, cut with "…": names
  bar,       // a bar chart's bar (Cell::bar), drawn narrower
};

struct Table {
  // The columns' names. Every table of a view has them: a markdown table needs a header row.
  std::vector<std::string> header;
  bool header_in_text = true;  // false: text shows only the rows (a list of duties, of fields)
  std::vector<std::vector<Cell>> rows;
  std::vector<Fit> fits;  // per column; a column without one is Fit::words
};

struct Block {
  enum class Kind { heading, paragraph, table, lines };
  Kind kind = Kind::paragraph;
  int level = 1;            // heading level
  Cell text;                // heading and paragraph
  // A heading's note on how the bars below are drawn: text shows it after the heading; markdown,
  // which draws no bars, leaves it out.
  std::string bars_note;
  Table table;              // table
  std::vector<Cell> lines;  // preformatted lines (diff output), never wrapped
};

struct Report {
  std::vector<Block> blocks;

  void heading(std::string text, int level = 1, std::string bars_note = {});
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
  bool nothing_found = false;  // search: no match (the CLI exits 1, as grep does)
  // A line for people about the data, not data (search's count): the CLI writes it to stderr
  // after text and markdown, so stdout holds only what a pipe wants, as with grep and rg.
  std::string summary;
};

struct RenderOptions {
  Format format = Format::text;
  std::size_t width = 100;  // text wrapping, in terminal columns; 0: never wrap
  bool color = false;
  bool header = true;  // false (--no-header): tsv without its header row, text tables without theirs
};

// A bar `width` columns wide, the share `fraction` (0..1) of it full; anything above 0 shows at
// least one full cell.
std::string draw_bar(double fraction, std::size_t width);

// Output to bytes in options.format, by the renderer of its row in the format table.
std::string render(const Output& output, const RenderOptions& options);

// The renderers behind render(), one per family of formats.
// `header` false: tables without their column names (--no-header).
std::string render_text(const Report& report, std::size_t width, bool color, bool header = true);
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
