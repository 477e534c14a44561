// Escaping for the static site: role text is data, never markup, in HTML and in scripts.
#include <cstdint>
#include <string>
#include <string_view>

#include "ctoladder/site.hpp"

namespace ctoladder {
namespace {

// The code point starting at text[i] and its length in bytes; the text is valid UTF-8 (role
// files are checked on load), but a stray byte is taken as one byte, never read past the end.
std::uint32_t decode(std::string_view text, std::size_t i, std::size_t& length) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  std::size_t need = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (i + need > text.size()) need = 1;
  length = need;
  if (need == 1) return lead;
  std::uint32_t point = lead & (0xFF >> (need + 1));
  for (std::size_t k = 1; k < need; ++k) point = (point << 6) | (byte(i + k) & 0x3F);
  return point;
}

// What HTML calls a parse error in the input stream: controls other than tab, newline and
// carriage return (C0, DEL, C1) and the noncharacters.
bool forbidden_in_html(std::uint32_t point) {
  if (point < 0x20) return point != '\t' && point != '\n' && point != '\r';
  if (point >= 0x7F && point <= 0x9F) return true;
  if (point >= 0xFDD0 && point <= 0xFDEF) return true;
  return (point & 0xFFFE) == 0xFFFE;
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    std::uint32_t point = decode(text, i, length);
    if (!forbidden_in_html(point)) {
      switch (point) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out.append(text.substr(i, length));
      }
    }
    i += length;
  }
  return out;
}

std::string json_for_script(std::string_view json) {
  std::string out;
  out.reserve(json.size() + json.size() / 16);
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' &&
               (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace ctoladder
