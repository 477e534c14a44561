// The output formats, one table row each: the --format name, whether it is a picture, which parts
// of an Output a view builds for it, and its renderer. Option parsing, help, completion, the
// picture check, the views and render() all read the table, so a format is added in two places:
// its Format value and its row (src/core/format.cpp checks at compile time that they match).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace ctoladder {

struct Output;         // ctoladder/report.hpp
struct RenderOptions;  // ctoladder/report.hpp

enum class Format : std::uint8_t {
  text,
  json,
  yaml,
  tsv,
  markdown,
  dot,
  mermaid,
  svg,
  count_  // keep last: the number of formats, which the table is checked against
};

// The parts of an Output a format renders. Views that are run on every call (list, describe,
// compare, diff, search) build only these: the JSON shape of a comparison costs more than
// starting the process, and nobody reads it under --format text.
struct Parts {
  bool data = true;    // structured data (json, yaml)
  bool report = true;  // headings, paragraphs, tables (text, markdown)
  bool tsv = true;     // fixed-column rows (tsv)
};

struct FormatInfo {
  Format format;
  std::string_view name;  // the --format value
  // dot, mermaid, svg: drawn by a command itself into Output::raw, so only the commands whose
  // row lists the picture accept it; every other format works with every command.
  bool picture;
  // Has a header --no-header can leave out: tsv's first row, the column names of text's tables.
  // json, yaml and the pictures have none, and a markdown table is not one without its header.
  bool header;
  Parts parts;
  std::string (*render)(const Output& output, const RenderOptions& options);
  // The file name extensions of this format, space-separated: `-o chart.svg` without --format
  // names a format, which must be the one written.
  std::string_view extensions;
};
// The format a file name's extension names (case-insensitive), or nullptr.
const FormatInfo* format_of_file(std::string_view file);

// Every format, in the order of Format (and of --help).
std::span<const FormatInfo> formats();
const FormatInfo& format_info(Format format);
// The format called `name`, or nullptr.
const FormatInfo* find_format(std::string_view name);

inline Parts parts_for(Format format) { return format_info(format).parts; }
inline bool is_picture(Format format) { return format_info(format).picture; }

}  // namespace ctoladder
