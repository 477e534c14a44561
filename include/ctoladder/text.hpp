// Unicode-aware text helpers: display width, wrapping, escaping, case folding, suggestions.
// All input is UTF-8; the loader rejects invalid UTF-8 before any text reaches these.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ctoladder::text {

// Byte offset of the first byte that is not part of valid UTF-8, or npos when all is valid.
std::size_t find_invalid_utf8(std::string_view bytes);

// The Unicode bidi controls (Arabic letter mark, LRM/RLM, embeddings and overrides, isolates):
// they reorder what a terminal shows, so text output escapes them (escape_for_terminal) and
// JSON and YAML output writes them as \uXXXX escapes.
inline constexpr char32_t kBidiControls[] = {0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c,
                                             0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069};
bool is_bidi_control(char32_t cp);

// Columns a terminal uses for the string: East Asian wide/fullwidth = 2, combining marks = 0.
std::size_t display_width(std::string_view utf8);

// True when every byte is printable ASCII (0x20..0x7e): then the display width is the length,
// nothing needs escaping, and lines break only at spaces. Most role text in English is.
bool is_printable_ascii(std::string_view utf8);

// Pads with spaces on the right up to `width` columns (never truncates).
std::string pad_right(std::string_view utf8, std::size_t width);

// Splits into lines of at most `width` columns. Breaks at spaces, or between any two wide (CJK)
// characters; a word longer than the width is cut between code points. Embedded newlines start
// a new line. Always returns at least one line (possibly empty). width 0 means no wrapping.
std::vector<std::string> wrap(std::string_view utf8, std::size_t width);
// The same as views into `utf8`, into `lines` (cleared first): no copies, for hot loops.
void wrap_into(std::string_view utf8, std::size_t width, std::vector<std::string_view>& lines);

// Width of the widest stretch `wrap` never breaks (a word, or a run of Latin joined to
// punctuation): the narrowest width that wraps `utf8` without cutting a word.
std::size_t longest_piece(std::string_view utf8);

// The text cut to at most `width` columns, ending in "…" when it was cut (between characters,
// keeping combining marks with their base).
std::string truncate(std::string_view utf8, std::size_t width);

// Makes text safe to print raw on a terminal: C0 and C1 controls (except none), DEL, and the
// Unicode bidi overrides/isolates (U+202A..U+202E, U+2066..U+2069, U+200E/F, U+061C) become
// visible escapes: "\x1b", "\r", "\n", "\t", "\u{202e}". Ordinary text is returned unchanged.
std::string escape_for_terminal(std::string_view utf8);
// True when escape_for_terminal would return `utf8` unchanged.
bool is_terminal_safe(std::string_view utf8);

// Escapes a TSV field: backslash, tab, newline and carriage return become \\ \t \n \r; other
// C0 controls become \xNN.
std::string escape_tsv(std::string_view utf8);

// "1 problem", "3 problems": an English count with its noun (regular plurals only; Chinese
// counts take a measure word instead and are written in place).
std::string count_noun(std::size_t count, std::string_view noun);

// Unicode case folding (NFKC_Casefold) for case-insensitive matching of ids, aliases and text.
std::string fold_case(std::string_view utf8);
// The same into `out`, reusing its storage: for loops that fold many texts.
void fold_case_into(std::string_view utf8, std::string& out);

// Edit distance (Levenshtein, a swap of neighbours counting one) in code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` (after case folding) if it is close enough to be a plausible
// typo: distance <= max(1, length/3). Ties go to the earlier candidate.
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

}  // namespace ctoladder::text
