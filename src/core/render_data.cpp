// json, yaml and tsv: formats for scripts, so stable shapes and strict escaping matter most.
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <vector>

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

// JSON and YAML may carry any character in a string, but bidi controls (text::kBidiControls)
// reorder what a terminal shows when the output is viewed raw; both formats let us write them
// as \uXXXX escapes, which parse to the same text. They can only occur inside quoted strings
// here, so replacing them in the rendered text is safe.
std::string escape_bidi(std::string out) {
  struct Escape {
    std::string raw;     // the UTF-8 bytes
    std::string escape;  // backslash, "u202e"
  };
  static const std::vector<Escape> kEscapes = [] {
    std::vector<Escape> escapes;
    for (char32_t cp : text::kBidiControls) {
      std::string raw;
      if (cp < 0x800) {
        raw = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
      } else {
        raw = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
               static_cast<char>(0x80 | (cp & 0x3F))};
      }
      escapes.push_back({raw, fmt::format("\\u{:04x}", static_cast<std::uint32_t>(cp))});
    }
    return escapes;
  }();
  // Their first two bytes, to skip the common case (none of them) in a few scans.
  static const std::vector<std::string> kLeads = [] {
    std::vector<std::string> leads;
    for (const auto& e : kEscapes)
      if (std::find(leads.begin(), leads.end(), e.raw.substr(0, 2)) == leads.end())
        leads.push_back(e.raw.substr(0, 2));
    return leads;
  }();
  if (std::none_of(kLeads.begin(), kLeads.end(),
                   [&](const std::string& lead) { return out.find(lead) != std::string::npos; }))
    return out;
  for (const auto& [raw, escape] : kEscapes)
    for (auto at = out.find(raw); at != std::string::npos; at = out.find(raw, at + escape.size()))
      out.replace(at, raw.size(), escape);
  return out;
}

}  // namespace

// The contract version goes first, written here rather than by each view so that no command's
// document can lack it; written out rather than inserted, so the data is not copied.
std::string render_json(const nlohmann::ordered_json& data) {
  auto dump = [](const nlohmann::ordered_json& value) {
    return value.dump(2, ' ', false, nlohmann::json::error_handler_t::strict);
  };
  if (!data.is_object()) return escape_bidi(dump(data)) + "\n";
  std::string out = fmt::format("{{\n  \"schema_version\": {}", kSchemaVersion);
  for (const auto& [key, value] : data.items()) {
    // One level deeper: a dumped value holds no raw newline inside a string (JSON escapes it).
    std::string item = dump(value);
    for (auto at = item.find('\n'); at != std::string::npos; at = item.find('\n', at + 3))
      item.replace(at, 1, "\n  ");
    out += ",\n  " + dump(nlohmann::ordered_json(key)) + ": " + item;
  }
  return escape_bidi(out + "\n}") + "\n";
}

std::string render_yaml(const nlohmann::ordered_json& data) {
  YAML::Emitter out;
  out.SetIndent(2);
  if (data.is_object()) {
    out << YAML::BeginMap << YAML::Key << "schema_version" << YAML::Value << kSchemaVersion;
    for (const auto& [key, item] : data.items()) {
      out << YAML::Key << key << YAML::Value;
      emit(out, item);
    }
    out << YAML::EndMap;
  } else {
    emit(out, data);
  }
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

std::string render_tsv(const std::vector<std::string>& columns,
                       const std::vector<std::vector<std::string>>& rows) {
  if (columns.empty()) return render_tsv(rows);
  return render_tsv({columns}) + render_tsv(rows);
}

}  // namespace ctoladder
