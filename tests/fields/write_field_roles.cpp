// Build-time tool for tests/fields: writes a role folder whose role `every-field` states every
// field of kRoleFields (and its overlay `other` sets every one again), plus `child`, which
// extends it and states none. Usage: write_field_roles DIR
#include <filesystem>
#include <fstream>
#include <iostream>

#include "sample_fields.hpp"

int main(int argc, char** argv) {
  using namespace ctoladder;
  if (argc != 2) {
    std::cerr << "usage: write_field_roles DIR\n";
    return 2;
  }
  std::filesystem::path dir = argv[1];
  std::filesystem::create_directories(dir);
  const std::string source = "{article: fields.txt, section: every field}";
  std::ofstream(dir / "domains.yaml")
      << "domains:\n  - {id: fields, name: {en: Fields, zh: 字段}, "
         "summary: {en: Every field, zh: 每个字段}}\n";
  std::ofstream(dir / "every-field.yaml")
      << "id: every-field\nname: {en: Every field, zh: 每个字段}\nrank: 7\n"
      << sample_fields::yaml_fields(0, "") << "sources: [" << source << "]\n"
      << "responsibilities:\n  - {id: hold-fields, domain: fields, "
         "text: {en: Holds fields, zh: 持有字段}, source: "
      << source << "}\n"
      << "overlays:\n  other:\n    axis: variant\n    summary: {en: Other, zh: 另一个}\n"
      << "    source: " << source << "\n    set:\n"
      << sample_fields::yaml_fields(1, "      ");
  std::ofstream(dir / "child.yaml")
      << "id: child\nextends: every-field\nname: {en: Child, zh: 子}\n";
  return 0;
}
