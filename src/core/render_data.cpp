// json, yaml and tsv: formats for scripts, so stable shapes and strict escaping matter most.
#include <yaml-cpp/yaml.h>

#include "ctoladder/report.hpp"
#include "ctoladder/text.hpp"

namespace ctoladder {
namespace {

void emit(YAML::Emitter& out, const nlohmann::ordered_json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object:
      out << YAML::BeginMap;
      for (const auto& [key, item] : value.items()) {
        out << YAML::Key << key << YAML::Value;
        emit(out, item);
      }
      out << YAML::EndMap;
      break;
    case nlohmann::json::value_t::array:
      out << YAML::BeginSeq;
      for (const auto& item : value) emit(out, item);
      out << YAML::EndSeq;
      break;
    case nlohmann::json::value_t::string: {
      // Quote every string: a value like "yes", "1.0" or "null" must load back as text.
      out << YAML::DoubleQuoted << value.get_ref<const std::string&>();
      break;
    }
    case nlohmann::json::value_t::boolean:
      out << value.get<bool>();
      break;
    case nlohmann::json::value_t::number_integer:
      out << value.get<long long>();
      break;
    case nlohmann::json::value_t::number_unsigned:
      out << value.get<unsigned long long>();
      break;
    case nlohmann::json::value_t::number_float:
      out << value.get<double>();
      break;
    default:
      out << YAML::Null;
      break;
  }
}

// JSON and YAML may carry any character in a string, but bidi controls (U+202A-U+202E,
// U+2066-U+2069, U+200E, U+200F, U+061C) reorder what a terminal shows when the output is
// viewed raw; both formats let us write them as \uXXXX escapes, which parse to the same text.
// They can only occur inside quoted strings here, so replacing them in the rendered text is safe.
std::string escape_bidi(std::string out) {
  static const char* const kBidi[][2] = {
      {"\\u200e", "\xE2\x80\x8E"}, {"\\u200f", "\xE2\x80\x8F"}, {"\\u061c", "\xD8\x9C"},
      {"\\u202a", "\xE2\x80\xAA"}, {"\\u202b", "\xE2\x80\xAB"}, {"\\u202c", "\xE2\x80\xAC"},
      {"\\u202d", "\xE2\x80\xAD"}, {"\\u202e", "\xE2\x80\xAE"}, {"\\u2066", "\xE2\x81\xA6"},
      {"\\u2067", "\xE2\x81\xA7"}, {"\\u2068", "\xE2\x81\xA8"}, {"\\u2069", "\xE2\x81\xA9"}};
  if (out.find("\xE2\x80") == std::string::npos && out.find("\xE2\x81") == std::string::npos &&
      out.find("\xD8\x9C") == std::string::npos)
    return out;
  for (const auto& [escape, bytes] : kBidi) {
    std::string_view raw = bytes;
    for (auto at = out.find(raw); at != std::string::npos; at = out.find(raw, at + 6))
      out.replace(at, raw.size(), escape);
  }
  return out;
}

}  // namespace

std::string render_json(const nlohmann::ordered_json& data) {
  return escape_bidi(data.dump(2, ' ', false, nlohmann::json::error_handler_t::strict)) + "\n";
}

std::string render_yaml(const nlohmann::ordered_json& data) {
  YAML::Emitter out;
  out.SetIndent(2);
  emit(out, data);
  return escape_bidi(std::string(out.c_str())) + "\n";
}

std::string render_tsv(const std::vector<std::vector<std::string>>& rows) {
  std::string out;
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += '\t';
      out += text::escape_tsv(row[i]);
    }
    out += '\n';
  }
  return out;
}

}  // namespace ctoladder
