#include "ctoladder/text.hpp"
#include "ctoladder/suggest.hpp"

#include <utf8proc.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace t = ctoladder::text;
using Lines = std::vector<std::string>;

namespace {

std::string without_spaces(std::string_view s) {
  std::string out;
  for (const char c : s)
    if (c != ' ') out += c;
  return out;
}

std::string concat(const Lines& lines) {
  std::string out;
  for (const auto& line : lines) out += line;
  return out;
}

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (const char c : s) {
    if (c == ' ') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::vector<std::string> words_of_lines(const Lines& lines) {
  std::vector<std::string> out;
  for (const auto& line : lines)
    for (auto& w : words(line)) out.push_back(w);
  return out;
}

// Invariants every wrap result must satisfy, whatever the text.
void check_wrap_invariants(std::string_view text, std::size_t width) {
  CAPTURE(text, width);
  const Lines lines = t::wrap(text, width);
  REQUIRE_FALSE(lines.empty());
  for (const auto& line : lines) {
    CAPTURE(line);
    CHECK(t::display_width(line) <= width);
    CHECK(t::find_invalid_utf8(line) == std::string_view::npos);  // no code point was split
    CHECK(line.find('\n') == std::string::npos);
    if (!line.empty()) {
      CHECK(line.back() != ' ');
    }
  }
  // Only spaces may disappear; nothing is lost, duplicated or reordered.
  CHECK(without_spaces(concat(lines)) == without_spaces(text));
}

}  // namespace

TEST_CASE("display_width counts terminal columns", "[text]") {
  CHECK(t::display_width("") == 0);
  CHECK(t::display_width("CTO") == 3);
  CHECK(t::display_width("Staff Engineer") == 14);
  CHECK(t::display_width("首席技术官") == 10);
  CHECK(t::display_width("CTO 首席技术官") == 14);
  CHECK(t::display_width("ＣＴＯ") == 6);  // fullwidth Latin
  CHECK(t::display_width("，。") == 4);    // fullwidth punctuation
  CHECK(t::display_width("팀장") == 4);    // Hangul
  CHECK(t::display_width("Ärger") == 5);
  CHECK(t::display_width("A\u0308rger") == 5);  // combining diaeresis takes no column
  CHECK(t::display_width("e\u0301\u0302") == 1);
  CHECK(t::display_width("\U0001F600") == 2);    // 😀
  CHECK(t::display_width("\u26A1") == 2);        // ⚡
  CHECK(t::display_width("\u2764\uFE0F") == 1);  // VS16 itself adds nothing
  CHECK(t::display_width("a\tb\x1b[0m") == 5);   // controls count 0, "[0m" counts 3
  CHECK(t::display_width("\u200B") == 0);        // zero width space
  CHECK(t::display_width("\u202E") == 0);
}

TEST_CASE("pad_right pads to display columns and never truncates", "[text]") {
  CHECK(t::pad_right("CTO", 6) == "CTO   ");
  CHECK(t::pad_right("首席技术官", 12) == "首席技术官  ");
  CHECK(t::pad_right("首席技术官", 10) == "首席技术官");
  CHECK(t::pad_right("首席技术官", 4) == "首席技术官");
  CHECK(t::pad_right("A\u0308", 3) == "A\u0308  ");
  CHECK(t::pad_right("", 2) == "  ");
}

TEST_CASE("find_invalid_utf8 reports the first bad byte", "[text]") {
  constexpr auto npos = std::string_view::npos;
  CHECK(t::find_invalid_utf8("") == npos);
  CHECK(t::find_invalid_utf8("plain ascii") == npos);
  CHECK(t::find_invalid_utf8("首席技术官 \U0001F600 Ärger") == npos);
  CHECK(t::find_invalid_utf8(std::string_view("a\0b", 3)) == npos);  // NUL is valid UTF-8
  CHECK(t::find_invalid_utf8("\U0010FFFF") == npos);

  CHECK(t::find_invalid_utf8("\xff") == 0);
  CHECK(t::find_invalid_utf8("ok\xff") == 2);
  CHECK(t::find_invalid_utf8("\xc0\xaf") == 0);          // overlong '/'
  CHECK(t::find_invalid_utf8("\xe0\x80\xaf") == 0);      // overlong, 3 bytes
  CHECK(t::find_invalid_utf8("\xf0\x80\x80\xaf") == 0);  // overlong, 4 bytes
  CHECK(t::find_invalid_utf8("\xed\xa0\x80") == 0);      // surrogate U+D800
  CHECK(t::find_invalid_utf8("\xf4\x90\x80\x80") == 0);  // U+110000
  CHECK(t::find_invalid_utf8("\xe6\x9e") == 0);          // truncated 架
  CHECK(t::find_invalid_utf8("首\xe6\x9e") == 3);
  CHECK(t::find_invalid_utf8("\x80") == 0);  // lone continuation byte
  CHECK(t::find_invalid_utf8("\xe6\x9e"
                             "a") == 0);
}

TEST_CASE("wrap breaks English text at spaces", "[text]") {
  const std::string text = "Owns the technical strategy and the engineering organisation";
  CHECK(t::wrap(text, 20) ==
        Lines{"Owns the technical", "strategy and the", "engineering", "organisation"});
  CHECK(t::wrap(text, 200) == Lines{text});
  for (std::size_t width : {1u, 3u, 8u, 12u, 15u, 20u, 40u, 80u}) {
    check_wrap_invariants(text, width);
    if (width >= 12) {  // every word fits, so words survive whole
      CHECK(words_of_lines(t::wrap(text, width)) == words(text));
    }
  }
}

// Printable ASCII takes a shortcut; text with any other character takes the general path. The
// same text with every 'e' spelled 'é' (also one column, also a letter) goes the general way and
// must break at the same places.
TEST_CASE("wrap breaks ASCII text as the general path does", "[text]") {
  std::uint32_t seed = 12345;
  const auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
  const auto accented = [](std::string_view s) {
    std::string out;
    for (const char c : s) out += c == 'e' ? std::string("\u00e9") : std::string(1, c);
    return out;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string text = "e";
    const std::size_t length = next() % 40;
    for (std::size_t i = 0; i < length; ++i) text += "abe  "[next() % 5];
    if (next() % 4 == 0) text = " " + text;
    const std::size_t width = 1 + next() % 12;
    Lines expected;
    for (const auto& line : t::wrap(accented(text), width)) {
      std::string plain;
      for (std::size_t i = 0; i < line.size(); ++i) {
        if (line.compare(i, 2, "\u00e9") == 0) {
          plain += 'e';
          ++i;
        } else {
          plain += line[i];
        }
      }
      expected.push_back(plain);
    }
    INFO("text '" << text << "' width " << width);
    CHECK(t::wrap(text, width) == expected);
  }
}

TEST_CASE("wrap keeps exactly-fitting lines and drops spaces at breaks", "[text]") {
  CHECK(t::wrap("aaa bbb", 7) == Lines{"aaa bbb"});
  CHECK(t::wrap("aaa bbb", 6) == Lines{"aaa", "bbb"});
  CHECK(t::wrap("aaa   bbb", 5) == Lines{"aaa", "bbb"});
  CHECK(t::wrap("aaa  bbb", 20) == Lines{"aaa  bbb"});  // inner spaces kept when no break
  CHECK(t::wrap("aaa ", 3) == Lines{"aaa"});
  CHECK(t::wrap("  indented", 20) == Lines{"  indented"});
}

TEST_CASE("wrap splits Chinese between any two characters", "[text]") {
  const std::string text = "负责公司整体技术战略与工程团队建设";
  CHECK(t::wrap(text, 10) == Lines{"负责公司整", "体技术战略", "与工程团队", "建设"});
  CHECK(t::wrap(text, 9) == Lines{"负责公司", "整体技术", "战略与工", "程团队建", "设"});
  for (std::size_t width : {2u, 3u, 4u, 7u, 10u, 11u, 34u, 100u}) {
    check_wrap_invariants(text, width);
    CHECK(concat(t::wrap(text, width)) == text);
  }
}

TEST_CASE("wrap does not start a line with CJK closing punctuation", "[text]") {
  // "。" may not begin a line, so "二" moves down with it.
  CHECK(t::wrap("一二。三四", 4) == Lines{"一", "二。", "三四"});
  // Breaks are allowed after CJK punctuation, also before Latin text.
  CHECK(t::wrap("负责，code", 6) == Lines{"负责，", "code"});
  // And not after an opening bracket.
  CHECK(t::wrap("一「二」三", 6) == Lines{"一", "「二」", "三"});
  check_wrap_invariants("技术委员会：架构、质量、安全。（必选）", 6);
}

TEST_CASE("a Latin word too long for the line does not push CJK punctuation to a line start",
          "[text]") {
  // "（engineer/developer），" cannot break, so it is cut; the cut takes a letter down with the
  // closing punctuation rather than start a line with "），" or "，" (search 代码 at 44-80 columns).
  const std::string text = "工程师（engineer/developer），能写出工业级代码";
  for (std::size_t width = 6; width <= 30; ++width) {  // below 6, "r），" cannot fit
    auto lines = t::wrap(text, width);
    CHECK(concat(lines) == text);
    for (const auto& line : lines) {
      INFO("width " << width << ": " << line);
      CHECK_FALSE(line.starts_with("，"));
      CHECK_FALSE(line.starts_with("）"));
      CHECK(t::display_width(line) <= width);
    }
  }
  CHECK(t::wrap(text, 10) == Lines{"工程师", "（engineer", "/develope", "r），能写", "出工业级代", "码"});
}

TEST_CASE("wrap handles mixed Chinese and English", "[text]") {
  const std::string text = "负责 code review 与质量管理";
  CHECK(t::wrap(text, 8) == Lines{"负责", "code", "review", "与质量管", "理"});
  CHECK(t::wrap(text, 12) == Lines{"负责 code", "review 与质", "量管理"});
  CHECK(t::wrap(text, 30) == Lines{text});
  for (std::size_t width = 2; width <= 30; ++width) {
    check_wrap_invariants(text, width);
    if (width >= 6) {  // "review" fits: the English words stay whole
      const auto got = words_of_lines(t::wrap(text, width));
      CHECK(std::find(got.begin(), got.end(), "code") != got.end());
      CHECK(std::find(got.begin(), got.end(), "review") != got.end());
    }
  }
  // Latin words glued to Chinese without spaces can still move to the next line whole.
  CHECK(t::wrap("使用Kubernetes管理集群", 12) == Lines{"使用", "Kubernetes管", "理集群"});
}

TEST_CASE("wrap hard-splits words wider than the width between code points", "[text]") {
  CHECK(t::wrap("abcdefghij", 4) == Lines{"abcd", "efgh", "ij"});
  CHECK(t::wrap("see https://example.com/x", 8) == Lines{"see", "https://", "example.", "com/x"});
  // Combining marks stay with their base letter.
  CHECK(t::wrap("A\u0308A\u0308A\u0308", 2) == Lines{"A\u0308A\u0308", "A\u0308"});
  // ZWJ emoji sequences are not cut.
  const std::string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
  CHECK(t::wrap(family + family, 6) == Lines{family, family});
  // ...unless the whole sequence cannot fit on any line.
  CHECK(t::wrap(family, 4) == Lines{"\U0001F468\u200D\U0001F469\u200D", "\U0001F467"});
  check_wrap_invariants("Ärger\u0301Ärger\u0301Ärger\u0301", 3);
  check_wrap_invariants("\U0001F600\U0001F600\U0001F600x\U0001F600", 3);
}

TEST_CASE("wrap gives a too-wide single character its own line", "[text]") {
  // Width 1 cannot hold a wide character; it is kept rather than dropped.
  CHECK(t::wrap("首席", 1) == Lines{"首", "席"});
  CHECK(t::wrap("a首b", 1) == Lines{"a", "首", "b"});
}

TEST_CASE("longest_piece is the widest piece wrap never breaks", "[text]") {
  CHECK(t::longest_piece("") == 0);
  CHECK(t::longest_piece("a bb head-of-engineering c") == 19);
  // Chinese breaks between characters, never after an opening bracket or before a closing one.
  CHECK(t::longest_piece("工程主管") == 2);
  CHECK(t::longest_piece("工程主管（head-of-engineering）") == 23);
  CHECK(t::longest_piece("首席技术官（cto）") == 7);
  CHECK(t::longest_piece("one\ntwo three") == 5);
  // Wrapped at that width, the id stays whole on a line of its own.
  CHECK(t::wrap("工程主管（head-of-engineering）", 23) ==
        std::vector<std::string>{"工程主管", "（head-of-engineering）"});
}

TEST_CASE("wrap honours newlines and width 0", "[text]") {
  CHECK(t::wrap("", 10) == Lines{""});
  CHECK(t::wrap("", 0) == Lines{""});
  CHECK(t::wrap("one\ntwo", 10) == Lines{"one", "two"});
  CHECK(t::wrap("one\n\ntwo\n", 10) == Lines{"one", "", "two", ""});
  CHECK(t::wrap("aaa bbb\nccc", 3) == Lines{"aaa", "bbb", "ccc"});
  const std::string long_line = "a fairly long line that would normally wrap 首席技术官";
  CHECK(t::wrap(long_line, 0) == Lines{long_line});
  CHECK(t::wrap("x  y\nz", 0) == Lines{"x  y", "z"});
}

TEST_CASE("escape_for_terminal neutralises control and bidi characters", "[text]") {
  // OSC 52 would write to the clipboard; ED would clear the screen.
  CHECK(t::escape_for_terminal("\x1b]52;c;ZZZ\x07") == "\\x1b]52;c;ZZZ\\x07");
  CHECK(t::escape_for_terminal("\x1b[2J") == "\\x1b[2J");
  CHECK(t::escape_for_terminal("a\rb") == "a\\rb");
  CHECK(t::escape_for_terminal("a\nb\tc") == "a\\nb\\tc");
  CHECK(t::escape_for_terminal(std::string_view("\0\x7f", 2)) == "\\x00\\x7f");
  CHECK(t::escape_for_terminal("\x1f") == "\\x1f");
  CHECK(t::escape_for_terminal("\u202E") == "\\u{202e}");
  CHECK(t::escape_for_terminal("abc\u202Efed") == "abc\\u{202e}fed");
  CHECK(t::escape_for_terminal("\u200E\u200F\u061C") == "\\u{200e}\\u{200f}\\u{61c}");
  CHECK(t::escape_for_terminal("\u202A\u202D\u2066\u2069") ==
        "\\u{202a}\\u{202d}\\u{2066}\\u{2069}");
  CHECK(t::escape_for_terminal("\u0085\u009B") == "\\u{85}\\u{9b}");  // C1: NEL, CSI
  CHECK(t::escape_for_terminal("首席\x1b技术官") == "首席\\x1b技术官");
}

TEST_CASE("escape_for_terminal leaves ordinary text alone", "[text]") {
  for (const std::string s :
       {"", "CTO", "首席技术官 — Ärger \U0001F600", "e\u0301", "\u200D\u00A0\u2028"}) {
    CHECK(t::escape_for_terminal(s) == s);
  }
  CHECK(t::escape_for_terminal("\xff") == "\\xff");  // defensive: raw invalid bytes
}

TEST_CASE("escape_tsv escapes separators, backslash and controls", "[text]") {
  CHECK(t::escape_tsv("plain 首席") == "plain 首席");
  CHECK(t::escape_tsv("a\tb") == "a\\tb");
  CHECK(t::escape_tsv("line1\nline2\r") == "line1\\nline2\\r");
  CHECK(t::escape_tsv("C:\\path") == "C:\\\\path");
  CHECK(t::escape_tsv("\\t") == "\\\\t");  // a literal backslash-t is distinguishable
  CHECK(t::escape_tsv("\x1b[2J") == "\\x1b[2J");
  CHECK(t::escape_tsv(std::string_view("\0", 1)) == "\\x00");
  CHECK(t::escape_tsv("") == "");
}

TEST_CASE("fold_case matches case-insensitively", "[text]") {
  CHECK(t::fold_case("CTO") == t::fold_case("cto"));
  CHECK(t::fold_case("CTO") == "cto");
  CHECK(t::fold_case("ÄRGER") == t::fold_case("ärger"));
  CHECK(t::fold_case("A\u0308RGER") == t::fold_case("ärger"));  // decomposed input
  CHECK(t::fold_case("Straße") == t::fold_case("STRASSE"));
  CHECK(t::fold_case("ＣＴＯ") == "cto");  // compatibility folding
  CHECK(t::fold_case("首席技术官") == "首席技术官");
  CHECK(t::fold_case("") == "");
  CHECK(t::fold_case("CTO") != t::fold_case("CFO"));
}

// fold_case takes shortcuts (ASCII, one decomposition pass into a reused buffer); the answer must
// stay exactly what utf8proc_map gives for NFKC_Casefold.
TEST_CASE("fold_case agrees with utf8proc_map", "[text]") {
  const auto reference = [](std::string_view s) {
    utf8proc_uint8_t* mapped = nullptr;
    const auto n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                     static_cast<utf8proc_ssize_t>(s.size()), &mapped,
                     static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                    UTF8PROC_COMPAT | UTF8PROC_CASEFOLD));
    std::string out = n < 0 ? std::string(s) : std::string(reinterpret_cast<char*>(mapped), n);
    std::free(mapped);
    return out;
  };
  const std::vector<std::string> samples = {
      "Plain ASCII, Mixed Case: 42 ROADMAPS!",
      "e\u0301 and E\u0301: an ASCII letter composing with a following mark",
      "\ufdfa",                             // one character decomposing into 18
      "\ufb03\ufb03\ufb03 \u2460 \u3000x",  // ligatures, circled digit, ideographic space
      "负责制定技术路线图（Roadmap），\uff32\uff2f\uff21\uff24",
      std::string(5000, 'A') + "\u00c4",  // longer than any earlier buffer
      "\u1e9e\u00df \u0130 \u03a3\u03c3\u03c2",
      "\xff\xfe invalid",
      std::string("with\0nul", 8),
      "",
  };
  std::string into;
  for (const auto& sample : samples) {
    INFO(sample);
    CHECK(t::fold_case(sample) == reference(sample));
    t::fold_case_into(sample, into);
    CHECK(into == reference(sample));
  }
}

// is_printable_ascii checks eight bytes at a time: put each kind of non-printable byte at every
// position of strings around those word boundaries, and at the edges of the printable range.
TEST_CASE("is_printable_ascii finds any byte outside 0x20..0x7e, wherever it is", "[text]") {
  CHECK(t::is_printable_ascii(""));
  CHECK(t::is_printable_ascii(" ~ Plain text, 42! ~ "));
  for (const std::size_t length : {1u, 7u, 8u, 9u, 15u, 16u, 17u, 33u}) {
    const std::string plain(length, 'x');
    CHECK(t::is_printable_ascii(plain));
    for (std::size_t at = 0; at < length; ++at) {
      for (const char bad : {'\x00', '\x1f', '\t', '\x7f', '\x80', '\xc3', '\xff'}) {
        std::string text = plain;
        text[at] = bad;
        INFO("length " << length << ", byte " << int(static_cast<unsigned char>(bad)) << " at "
                       << at);
        CHECK_FALSE(t::is_printable_ascii(text));
      }
      for (const char good : {' ', '~', '!', '0'}) {
        std::string text = plain;
        text[at] = good;
        CHECK(t::is_printable_ascii(text));
      }
    }
  }
  CHECK(t::display_width("abcdefghij\u4e2dk") == 13);  // the ASCII run, then the rest decoded
}

TEST_CASE("edit_distance counts code points", "[text]") {
  CHECK(t::edit_distance("architec", "architect") == 1);
  CHECK(t::edit_distance("", "") == 0);
  CHECK(t::edit_distance("", "abc") == 3);
  CHECK(t::edit_distance("kitten", "sitting") == 3);
  CHECK(t::edit_distance("首席技术官", "首席技术") == 1);  // not 3 bytes
  CHECK(t::edit_distance("ärger", "arger") == 1);
  CHECK(t::edit_distance("cto", "cto") == 0);
  CHECK(t::edit_distance("chian", "china") == 1);  // a swap of neighbours is one typo
  CHECK(t::edit_distance("lsit", "list") == 1);
  CHECK(t::closest_match("chian", {"startup", "enterprise", "us", "china"}) == "china");
}

TEST_CASE("closest_match suggests plausible typos only", "[text]") {
  const std::vector<std::string> roles{"architect", "cto"};
  CHECK(t::closest_match("architec", roles) == std::optional<std::string>("architect"));
  CHECK(t::closest_match("ARCHITECT", roles) == std::optional<std::string>("architect"));
  CHECK(t::closest_match("ctp", roles) == std::optional<std::string>("cto"));
  CHECK(t::closest_match("zzzzzz", roles) == std::nullopt);
  CHECK(t::closest_match("", roles) == std::nullopt);
  CHECK(t::closest_match("cto", {}) == std::nullopt);
  // Threshold is max(1, length/3): 9 letters allow 3 edits, not 4.
  CHECK(t::closest_match("arxhitxcx", roles) == std::optional<std::string>("architect"));
  CHECK(t::closest_match("arxhxtxcx", roles) == std::nullopt);
  // Ties go to the earlier candidate; the original spelling is returned.
  CHECK(t::closest_match("cxo", {"CFO", "CTO"}) == std::optional<std::string>("CFO"));
  CHECK(t::closest_match("首席技术", {"首席技术官"}) == std::optional<std::string>("首席技术官"));
}

TEST_CASE("closest_matches names every candidate of a tie, and did_you_mean says them", "[text]") {
  using ctoladder::closest_matches;
  using ctoladder::did_you_mean;
  // dev-4x is two edits from each of these: picking one would be a guess.
  CHECK(closest_matches("dev-4x", {"dev-1", "dev-3", "dev-5"}) ==
        std::vector<std::string>{"dev-1", "dev-3", "dev-5"});
  CHECK(closest_matches("dev-4x", {"dev-1", "dev-4", "dev-5"}) == std::vector<std::string>{"dev-4"});
  CHECK(closest_matches("zzzzzz", {"architect", "cto"}).empty());
  CHECK(closest_matches("", {"cto"}).empty());
  CHECK(closest_matches("cxo", {"CFO", "CTO", "CIO", "COO"}).size() == 3);  // at most three
  CHECK(did_you_mean({}).en.empty());
  CHECK(did_you_mean({"dev-4"}).en == " (did you mean 'dev-4'?)");
  CHECK(did_you_mean({"dev-1", "dev-3", "dev-5"}).en == " (did you mean 'dev-1', 'dev-3' or 'dev-5'?)");
  CHECK(did_you_mean({"dev-1", "dev-3"}).zh == "（是否想用 'dev-1' 或 'dev-3'？）");
}
