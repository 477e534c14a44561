// A distinctive value for every role field (kRoleFields), for tests/fields: two roles that set
// every field to values no other field and no default has, so a field a stage drops or mixes up
// shows. `variant` 0 is the role's own value, 1 what its overlay `other` sets.
#pragma once

#include <fmt/format.h>

#include <string>
#include <type_traits>

#include "ctoladder/model.hpp"
#include "ctoladder/starter.hpp"
#include "ctoladder/vocabulary.hpp"

namespace ctoladder::sample_fields {

inline void sample(Text& value, std::size_t index, int variant, const FieldInfo& info) {
  value = {fmt::format("{} en {}{}", info.key, index, variant),
           fmt::format("{} 中文 {}{}", info.key, index, variant)};
}
inline void sample(Range& value, std::size_t index, int variant, const FieldInfo&) {
  int min = static_cast<int>(100 * (index + 1) + 10 * variant);
  value = {min, min + 5};
}
template <class Enum>
requires std::is_enum_v<Enum>
void sample(Enum& value, std::size_t, int variant, const FieldInfo&) {
  // From the end of the list: the first word is what a default-made value holds.
  auto words = words_of<Enum>();
  value = *parse_word<Enum>(words.at(words.size() - 1 - variant));
}

template <class Field>
typename Field::value_type sample(const Field& field, std::size_t index, int variant) {
  typename Field::value_type value{};
  sample(value, index, variant, field.info);
  return value;
}

inline std::string yaml(const Text& value) {
  return fmt::format("{{en: {}, zh: {}}}", yaml_quote(value.en), yaml_quote(value.zh));
}
inline std::string yaml(const Range& value) {
  return fmt::format("{{min: {}, max: {}}}", *value.min, *value.max);
}
template <class Enum>
requires std::is_enum_v<Enum>
std::string yaml(Enum value) {
  return std::string(to_string(value));
}

// Every field as YAML lines with `indent`, the values of `variant`.
inline std::string yaml_fields(int variant, std::string_view indent) {
  std::string out;
  std::size_t index = 0;
  for_each_field([&](const auto& f) {
    out += fmt::format("{}{}: {}\n", indent, f.info.key, yaml(sample(f, index++, variant)));
  });
  return out;
}

}  // namespace ctoladder::sample_fields
