// Unicode-aware text helpers built on utf8proc. utf8proc supplies decoding, character widths,
// general categories and NFKC case folding; line breaking and edit distance are not part of
// utf8proc, so the small pieces we need of those are written here.
#include "ctoladder/text.hpp"

#include "ctoladder/suggest.hpp"

#include <fmt/format.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace ctoladder::text {
namespace {

constexpr std::int32_t kInvalid = -1;  // stands for one byte that is not valid UTF-8

struct Decoded {
  std::int32_t cp;   // code point, or kInvalid
  std::size_t size;  // bytes consumed (1 for an invalid byte)
};

// Decodes the code point starting at `pos` (pos < bytes.size()). Invalid input consumes one
// byte, so callers always make progress and never split a valid sequence.
Decoded decode_at(std::string_view bytes, std::size_t pos) {
  const auto byte = static_cast<unsigned char>(bytes[pos]);
  if (byte < 0x80) return {byte, 1};
  utf8proc_int32_t cp = 0;
  const utf8proc_ssize_t n =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data() + pos),
                       static_cast<utf8proc_ssize_t>(bytes.size() - pos), &cp);
  if (n <= 0) return {kInvalid, 1};
  return {cp, static_cast<std::size_t>(n)};
}

bool is_control(std::int32_t cp) {
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
}

// Columns for one code point. utf8proc_charwidth gives 2 for East Asian wide/fullwidth and 0 for
// combining marks; controls count as 0. A stray invalid byte is shown as U+FFFD by terminals.
int cp_width(std::int32_t cp) {
  if (cp == kInvalid) return 1;
  if (cp < 0x80) return is_control(cp) ? 0 : 1;
  if (is_control(cp)) return 0;
  const int w = utf8proc_charwidth(cp);
  return w < 0 ? 0 : w;
}

utf8proc_category_t category(std::int32_t cp) {
  return cp == kInvalid ? UTF8PROC_CATEGORY_CN : utf8proc_category(cp);
}

void append_hex(std::string& out, std::uint32_t value, std::size_t min_digits) {
  static constexpr char kDigits[] = "0123456789abcdef";
  char buf[8];
  std::size_t n = 0;
  do {
    buf[n++] = kDigits[value & 0xf];
    value >>= 4;
  } while (value != 0 || n < min_digits);
  while (n > 0) out += buf[--n];
}

// Length of the leading run of printable ASCII (0x20..0x7e), checked eight bytes at a time:
// most role text is English, and this check sits under every width, wrap and escape of it.
// Hand-written on purpose (utf8proc decodes one code point per call).
std::size_t printable_ascii_prefix(std::string_view s) {
  constexpr std::uint64_t kOnes = 0x0101010101010101;
  constexpr std::uint64_t kHigh = 0x8080808080808080;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, sizeof w);
    // Non-zero when some byte is >= 0x80, some byte is < 0x20, or some byte is 0x7f (DEL):
    // (x - ones * n) & ~x & high flags a byte below n.
    const std::uint64_t del = w ^ (kOnes * 0x7f);
    if ((w & kHigh) | ((w - kOnes * 0x20) & ~w & kHigh) | ((del - kOnes) & ~del & kHigh)) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) >= 0x20 &&
         static_cast<unsigned char>(s[i]) < 0x7f)
    ++i;
  return i;
}

// ---- wrapping ---------------------------------------------------------------------------------
// A simplified subset of UAX #14 line breaking (utf8proc has no line-break API): break at spaces,
// between two wide characters, after wide (CJK) punctuation and where wide text meets Latin
// letters or digits; never before closing punctuation or a zero-width character, never after
// opening punctuation or a zero-width joiner.

struct Cp {
  std::size_t pos;
  std::size_t size;
  std::int32_t cp;
  std::size_t width;
};

constexpr std::int32_t kZwj = 0x200d;
constexpr std::size_t kNoPending = static_cast<std::size_t>(-1);

bool is_break_space(std::int32_t cp) {
  if (cp == ' ') return true;
  if (cp < 0x80 || cp == 0xa0 || cp == 0x2007 || cp == 0x202f) return false;  // no-break spaces
  return category(cp) == UTF8PROC_CATEGORY_ZS;
}

bool is_open_punct(utf8proc_category_t c) {
  return c == UTF8PROC_CATEGORY_PS || c == UTF8PROC_CATEGORY_PI;
}

bool is_close_punct(utf8proc_category_t c) {
  return c == UTF8PROC_CATEGORY_PE || c == UTF8PROC_CATEGORY_PF || c == UTF8PROC_CATEGORY_PO;
}

bool is_punct(utf8proc_category_t c) {
  return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO;
}

bool is_alnum(utf8proc_category_t c) {
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
         (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

// May a line end between a and b (neither is a break space) without a hyphen or space?
bool can_break_between(const Cp& a, const Cp& b) {
  if (b.width == 0 || a.cp == kZwj) return false;
  const bool a_wide = a.width == 2;
  const bool b_wide = b.width == 2;
  if (!a_wide && !b_wide) return false;  // narrow text breaks only at spaces
  const auto ca = category(a.cp);
  const auto cb = category(b.cp);
  if (is_open_punct(ca) || is_close_punct(cb)) return false;
  if (a_wide && b_wide) return true;
  if (a_wide && is_punct(ca)) return true;  // after CJK punctuation
  if (a_wide && !b_wide) return is_alnum(cb);
  if (!a_wide && b_wide) return is_alnum(ca) || ca == UTF8PROC_CATEGORY_PE;
  return false;
}

// Wide closing punctuation (，。、；：）」…) never starts a line (kinsoku): a cut that would
// put it first takes the character before it along.
bool cannot_start_line(const Cp& c) {
  return c.width == 2 && is_close_punct(category(c.cp));
}

// Where a word that is too long may be cut: between code points, but keeping combining marks,
// variation selectors and ZWJ sequences with their base.
bool can_split_between(const Cp& a, const Cp& b) {
  return b.width != 0 && a.cp != kZwj;
}

// Every line is a stretch of `para` (pieces and the spaces between them are contiguous), so lines
// are views into it and wrapping copies no text.
void wrap_paragraph(std::string_view para, std::size_t width, std::vector<Cp>& cps,
                    std::vector<std::string_view>& lines) {
  cps.clear();
  for (std::size_t pos = 0; pos < para.size();) {
    const Decoded d = decode_at(para, pos);
    cps.push_back({pos, d.size, d.cp, static_cast<std::size_t>(cp_width(d.cp))});
    pos += d.size;
  }
  const auto offset = [&](std::size_t i) { return i < cps.size() ? cps[i].pos : para.size(); };

  std::size_t line_begin = 0;  // the current line is para[line_begin, line_end)
  std::size_t line_end = 0;
  std::size_t line_width = 0;
  bool has_content = false;          // false while the line is empty
  std::size_t pending = kNoPending;  // offset of the spaces after the last piece
  std::size_t pending_width = 0;
  const auto flush = [&] {
    lines.push_back(para.substr(line_begin, line_end - line_begin));
    line_width = 0;
    has_content = false;
  };
  const auto start_line = [&](std::size_t from, std::size_t to, std::size_t w) {
    line_begin = offset(from);
    line_end = offset(to);
    line_width = w;
    has_content = true;
  };

  for (std::size_t i = 0; i < cps.size();) {
    std::size_t j = i + 1;
    std::size_t piece_width = cps[i].width;
    if (is_break_space(cps[i].cp)) {
      while (j < cps.size() && is_break_space(cps[j].cp)) piece_width += cps[j++].width;
      pending = i;
      pending_width = piece_width;
      i = j;
      continue;
    }
    while (j < cps.size() && !is_break_space(cps[j].cp) && !can_break_between(cps[j - 1], cps[j]))
      piece_width += cps[j++].width;

    const std::size_t space_width = pending == kNoPending ? 0 : pending_width;
    if (line_width + space_width + piece_width <= width) {
      // Leading spaces of a paragraph stay; spaces inside a line are the text's own.
      if (!has_content) line_begin = offset(pending == kNoPending ? i : pending);
      line_end = offset(j);
      line_width += space_width + piece_width;
      has_content = true;
    } else {
      if (has_content) flush();
      if (piece_width <= width) {
        start_line(i, j, piece_width);
      } else {
        // Hard split. A ZWJ sequence too wide for any line is cut after its joiners; a single
        // character wider than the whole width (a wide one when width is 1) still gets its own
        // line, since dropping text would be worse than overflowing.
        std::size_t first_on_line = i;  // where the current line starts, as a code point
        const auto place = [&](std::size_t from, std::size_t to, std::size_t w) {
          if (has_content && line_width + w > width && cannot_start_line(cps[from])) {
            // Carry the last character (and any closing punctuation before this one) down,
            // when the line keeps something and the carried part fits.
            std::size_t carry = from;
            do --carry;
            while (carry > first_on_line && (cps[carry].width == 0 || cannot_start_line(cps[carry])));
            std::size_t carried_width = w;
            for (std::size_t c = carry; c < from; ++c) carried_width += cps[c].width;
            if (carry > first_on_line && carried_width <= width) {
              line_end = offset(carry);
              flush();
              start_line(carry, to, carried_width);
              first_on_line = carry;
              return;
            }
          }
          if (has_content && line_width + w > width) {
            flush();
            first_on_line = from;
          }
          if (has_content) {
            line_end = offset(to);
            line_width += w;
          } else {
            start_line(from, to, w);
            first_on_line = from;
          }
        };
        for (std::size_t k = i; k < j;) {
          std::size_t m = k + 1;
          std::size_t cluster_width = cps[k].width;
          while (m < j && !can_split_between(cps[m - 1], cps[m])) cluster_width += cps[m++].width;
          if (cluster_width <= width) {
            place(k, m, cluster_width);
          } else {
            for (std::size_t u = k; u < m;) {  // each character with its zero-width followers
              std::size_t v = u + 1;
              while (v < m && cps[v].width == 0) ++v;
              place(u, v, cps[u].width);
              u = v;
            }
          }
          k = m;
        }
      }
    }
    pending = kNoPending;
    i = j;
  }
  // Trailing spaces of a paragraph are dropped, like spaces at a break.
  if (!has_content) line_begin = line_end = 0;
  lines.push_back(para.substr(line_begin, line_end - line_begin));
}

// wrap_paragraph for printable ASCII, where every byte is one column and lines break only at
// spaces: the same lines without decoding. (A unit test holds the two to the same answer.)
void wrap_ascii_paragraph(std::string_view para, std::size_t width,
                          std::vector<std::string_view>& lines) {
  std::size_t line_begin = 0;  // the current line is para[line_begin, line_end)
  std::size_t line_end = 0;
  bool has_content = false;
  std::size_t pending = kNoPending;  // offset of the spaces before the next word
  const auto flush = [&] {
    lines.push_back(para.substr(line_begin, line_end - line_begin));
    has_content = false;
  };
  for (std::size_t pos = 0; pos < para.size();) {
    if (para[pos] == ' ') {
      pending = pos;
      pos = std::min(para.find_first_not_of(' ', pos), para.size());
      continue;
    }
    const std::size_t end = std::min(para.find(' ', pos), para.size());
    const std::size_t line_width = has_content ? line_end - line_begin : 0;
    const std::size_t space_width = pending == kNoPending ? 0 : pos - pending;
    if (line_width + space_width + (end - pos) <= width) {
      if (!has_content) line_begin = pending == kNoPending ? pos : pending;
      line_end = end;
      has_content = true;
    } else {
      if (has_content) flush();
      // A word wider than the line is cut every `width` characters.
      std::size_t from = pos;
      for (; end - from > width; from += width) lines.push_back(para.substr(from, width));
      line_begin = from;
      line_end = end;
      has_content = true;
    }
    pending = kNoPending;
    pos = end;
  }
  // Trailing spaces of a paragraph are dropped, like spaces at a break.
  if (!has_content) line_begin = line_end = 0;
  lines.push_back(para.substr(line_begin, line_end - line_begin));
}

// A paragraph that fits and does not end in a space comes out of wrap_paragraph unchanged; most
// table cells are like that, and skipping the per-character work halves text rendering.
bool fits_as_is(std::string_view para, std::size_t width) {
  if (para.empty()) return true;
  std::size_t last = para.size() - 1;
  while (last > 0 && para.size() - last < 4 &&
         (static_cast<unsigned char>(para[last]) & 0xc0) == 0x80)
    --last;
  const Decoded d = decode_at(para, last);
  if (last + d.size != para.size() || d.cp == kInvalid || is_break_space(d.cp)) return false;
  return display_width(para) <= width;
}

bool needs_terminal_escape(std::int32_t cp) {
  return cp == kInvalid || is_control(cp) || is_bidi_control(static_cast<char32_t>(cp));
}

// Offset of the first code point escape_for_terminal changes, or utf8.size() when none.
std::size_t first_to_escape(std::string_view utf8) {
  for (std::size_t pos = printable_ascii_prefix(utf8); pos < utf8.size();) {
    const auto byte = static_cast<unsigned char>(utf8[pos]);
    if (byte >= 0x20 && byte < 0x7f) {  // printable ASCII: no decoding
      ++pos;
      continue;
    }
    const Decoded d = decode_at(utf8, pos);
    if (needs_terminal_escape(d.cp)) return pos;
    pos += d.size;
  }
  return utf8.size();
}

std::vector<std::int32_t> code_points(std::string_view utf8) {
  std::vector<std::int32_t> out;
  out.reserve(utf8.size());
  for (std::size_t pos = 0; pos < utf8.size();) {
    const Decoded d = decode_at(utf8, pos);
    // Each invalid byte gets its own value outside the Unicode range so distinct bytes differ.
    out.push_back(d.cp == kInvalid ? 0x110000 + static_cast<unsigned char>(utf8[pos]) : d.cp);
    pos += d.size;
  }
  return out;
}

std::size_t edit_distance_cps(const std::vector<std::int32_t>& a,
                              const std::vector<std::int32_t>& b) {
  // Levenshtein with adjacent transpositions (optimal string alignment), so that `chian` is one
  // step from `china` as git counts it; three rows; utf8proc has no string-distance function.
  std::vector<std::size_t> before(b.size() + 1);
  std::vector<std::size_t> prev(b.size() + 1);
  std::vector<std::size_t> cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitute = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitute});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], before[j - 2] + 1);
    }
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

bool is_bidi_control(char32_t cp) {
  if (cp < kBidiControls[0] || cp > std::end(kBidiControls)[-1]) return false;  // most text
  return std::find(std::begin(kBidiControls), std::end(kBidiControls), cp) !=
         std::end(kBidiControls);
}

std::size_t find_invalid_utf8(std::string_view bytes) {
  for (std::size_t pos = 0; pos < bytes.size();) {
    const Decoded d = decode_at(bytes, pos);
    if (d.cp == kInvalid) return pos;
    pos += d.size;
  }
  return std::string_view::npos;
}

bool is_printable_ascii(std::string_view utf8) {
  return printable_ascii_prefix(utf8) == utf8.size();
}

std::size_t display_width(std::string_view utf8) {
  std::size_t width = printable_ascii_prefix(utf8);
  for (std::size_t pos = width; pos < utf8.size();) {
    const auto byte = static_cast<unsigned char>(utf8[pos]);
    if (byte < 0x80) {  // ASCII fast path: no library call
      width += (byte >= 0x20 && byte != 0x7f) ? 1 : 0;
      ++pos;
      continue;
    }
    const Decoded d = decode_at(utf8, pos);
    width += static_cast<std::size_t>(cp_width(d.cp));
    pos += d.size;
  }
  return width;
}

std::string pad_right(std::string_view utf8, std::size_t width) {
  std::string out(utf8);
  const std::size_t have = display_width(utf8);
  if (have < width) out.append(width - have, ' ');
  return out;
}

void wrap_into(std::string_view utf8, std::size_t width, std::vector<std::string_view>& lines) {
  lines.clear();
  thread_local std::vector<Cp> cps;
  for (std::size_t start = 0;;) {
    const std::size_t nl = utf8.find('\n', start);
    const std::string_view para =
        utf8.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (width == 0) {
      lines.push_back(para);
    } else if (printable_ascii_prefix(para) == para.size()) {
      if (para.size() <= width && (para.empty() || para.back() != ' '))
        lines.push_back(para);
      else
        wrap_ascii_paragraph(para, width, lines);
    } else if (fits_as_is(para, width)) {
      lines.push_back(para);
    } else {
      wrap_paragraph(para, width, cps, lines);
    }
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
}

std::size_t longest_piece(std::string_view utf8) {
  std::size_t longest = 0;
  if (printable_ascii_prefix(utf8) == utf8.size()) {
    for (std::size_t pos = 0; pos < utf8.size();) {
      const std::size_t end = std::min(utf8.find(' ', pos), utf8.size());
      longest = std::max(longest, end - pos);
      pos = end + 1;
    }
    return longest;
  }
  // The pieces of wrap_paragraph: runs between break spaces that cannot break inside.
  std::size_t piece = 0;
  Cp previous{0, 0, ' ', 1};
  for (std::size_t pos = 0; pos < utf8.size();) {
    const Decoded d = decode_at(utf8, pos);
    const Cp current{pos, d.size, d.cp, static_cast<std::size_t>(cp_width(d.cp))};
    pos += d.size;
    if (d.cp == '\n' || is_break_space(d.cp)) {
      piece = 0;
    } else {
      if (is_break_space(previous.cp) || previous.cp == '\n' ||
          can_break_between(previous, current))
        piece = 0;
      piece += current.width;
      longest = std::max(longest, piece);
    }
    previous = current;
  }
  return longest;
}

std::string truncate(std::string_view utf8, std::size_t width) {
  if (display_width(utf8) <= width) return std::string(utf8);
  if (width == 0) return "";
  std::size_t used = 0, end = 0;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const Decoded d = decode_at(utf8, pos);
    const std::size_t w = static_cast<std::size_t>(cp_width(d.cp));
    if (w > 0 && used + w > width - 1) break;  // one column is for the ellipsis
    used += w;
    pos += d.size;
    end = pos;
  }
  std::string out(utf8.substr(0, end));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "…";
}

std::vector<std::string> wrap(std::string_view utf8, std::size_t width) {
  std::vector<std::string_view> views;
  wrap_into(utf8, width, views);
  return {views.begin(), views.end()};
}

bool is_terminal_safe(std::string_view utf8) {
  return first_to_escape(utf8) == utf8.size();
}

std::string escape_for_terminal(std::string_view utf8) {
  const std::size_t first = first_to_escape(utf8);
  if (first == utf8.size()) return std::string(utf8);

  std::string out(utf8.substr(0, first));
  out.reserve(utf8.size() + 16);
  for (std::size_t pos = first; pos < utf8.size();) {
    const Decoded d = decode_at(utf8, pos);
    if (!needs_terminal_escape(d.cp)) {
      out.append(utf8, pos, d.size);
    } else if (d.cp == '\n') {
      out += "\\n";
    } else if (d.cp == '\r') {
      out += "\\r";
    } else if (d.cp == '\t') {
      out += "\\t";
    } else if (d.cp == kInvalid || d.cp < 0x80) {
      // C0, DEL, and (defensively) bytes that are not valid UTF-8.
      out += "\\x";
      append_hex(out, static_cast<unsigned char>(utf8[pos]), 2);
    } else {
      out += "\\u{";
      append_hex(out, static_cast<std::uint32_t>(d.cp), 1);
      out += '}';
    }
    pos += d.size;
  }
  return out;
}

std::string escape_tsv(std::string_view utf8) {
  // Byte-wise is safe: bytes below 0x80 never occur inside a multi-byte UTF-8 sequence.
  const auto special = [](unsigned char c) { return c < 0x20 || c == '\\'; };
  if (std::none_of(utf8.begin(), utf8.end(),
                   [&](char c) { return special(static_cast<unsigned char>(c)); }))
    return std::string(utf8);
  std::string out;
  out.reserve(utf8.size() + 8);
  for (const char ch : utf8) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20) {
          out += "\\x";
          append_hex(out, c, 2);
        } else {
          out += ch;
        }
    }
  }
  return out;
}

void fold_case_into(std::string_view utf8, std::string& out) {
  out.clear();
  // NFKC_Casefold of ASCII is ASCII lower case: no ASCII character decomposes or composes.
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return (c & 0x80) == 0; })) {
    out.resize(utf8.size());
    std::transform(utf8.begin(), utf8.end(), out.begin(), [](char c) {
      return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return;
  }
  // The steps of utf8proc_map, minus its second decomposition pass and its two allocations per
  // call: decompose into a buffer kept between calls, then normalize and re-encode in place.
  constexpr auto kOptions = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                           UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
  thread_local std::vector<utf8proc_int32_t> buffer;
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
  const auto length = static_cast<utf8proc_ssize_t>(utf8.size());
  if (buffer.size() < utf8.size()) buffer.resize(utf8.size());
  utf8proc_ssize_t n = utf8proc_decompose(bytes, length, buffer.data(),
                                          static_cast<utf8proc_ssize_t>(buffer.size()), kOptions);
  if (n > static_cast<utf8proc_ssize_t>(buffer.size())) {  // compatibility forms can expand
    buffer.resize(static_cast<std::size_t>(n));
    n = utf8proc_decompose(bytes, length, buffer.data(), n, kOptions);
  }
  if (n >= 0) n = utf8proc_reencode(buffer.data(), n, kOptions);
  if (n < 0) {  // invalid UTF-8: leave as is
    out.assign(utf8);
    return;
  }
  out.assign(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(n));
}

std::string count_noun(std::size_t count, std::string_view noun) {
  return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

std::string fold_case(std::string_view utf8) {
  std::string out;
  fold_case_into(utf8, out);
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  return edit_distance_cps(code_points(a), code_points(b));
}

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates) {
  // The first of a tie: one near-miss search (closest_matches) serves both.
  auto matches = closest_matches(word, candidates);
  if (matches.empty()) return std::nullopt;
  return std::move(matches.front());
}

}  // namespace ctoladder::text
