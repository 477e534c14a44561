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
    case nlohmann::json::value_t::boolean: out << value.get<bool>(); break;
    case nlohmann::json::value_t::number_integer: out << value.get<long long>(); break;
    case nlohmann::json::value_t::number_unsigned: out << value.get<unsigned long long>(); break;
    case nlohmann::json::value_t::number_float: out << value.get<double>(); break;
    default: out << YAML::Null; break;
  }
}

}  // namespace

std::string render_json(const nlohmann::ordered_json& data) {
  return data.dump(2, ' ', false, nlohmann::json::error_handler_t::strict) + "\n";
}

std::string render_yaml(const nlohmann::ordered_json& data) {
  YAML::Emitter out;
  out.SetIndent(2);
  emit(out, data);
  return std::string(out.c_str()) + "\n";
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
