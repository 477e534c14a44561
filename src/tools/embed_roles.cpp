// Build-time tool: loads roles/, validates it like `ctoladder validate`, and writes C++ that
// rebuilds the same model from constants, so the binary never parses YAML to start.
// Usage: embed_roles ROLES_DIR OUTPUT.cpp
#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "ctoladder/embedded.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/validate.hpp"
#include "ctoladder/vocabulary.hpp"

using namespace ctoladder;

namespace {

// A C++ string literal; octal escapes are bounded to three digits, unlike \x.
std::string literal(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\')
      out += fmt::format("\\{}", static_cast<char>(c));
    else if (c == '\n')
      out += "\\n";
    else if (c < 0x20 || c >= 0x7f || c == '?')
      out += fmt::format("\\{:03o}", c);
    else
      out += static_cast<char>(c);
  }
  return out + "\"";
}

// A std::string literal ("..."s): its length is known at compile time, so building the model
// does not measure every string again (a small saving: ~0.5% of `compare`'s instructions).
std::string string_literal(std::string_view s) {
  return literal(s) + "s";
}

std::string text(const Text& t) {
  return fmt::format("Text{{{}, {}}}", string_literal(t.en), string_literal(t.zh));
}

std::string opt_text(const std::optional<Text>& t) {
  return t ? fmt::format("std::optional<Text>({})", text(*t)) : "std::nullopt";
}

std::string source(const Source& s) {
  return fmt::format("Source{{{}, {}}}", string_literal(s.article), string_literal(s.section));
}

std::string sources(const std::vector<Source>& list) {
  std::string out = "std::vector<Source>{";
  for (const auto& s : list) out += source(s) + ", ";
  return out + "}";
}

std::string responsibility(const Responsibility& r) {
  return fmt::format("Responsibility{{{}, {}, {}, {}, {}, {{}}, {}}}", string_literal(r.id),
                     string_literal(r.domain), text(r.text), opt_text(r.how), source(r.source),
                     sources(r.also));
}

std::string basis(const Basis& b) {
  return fmt::format("Basis{{{}, {}}}",
                     b.source ? fmt::format("std::optional<Source>({})", source(*b.source))
                              : "std::nullopt",
                     opt_text(b.inference));
}

std::string guidance(const std::vector<Guidance>& list) {
  std::string out = "std::vector<Guidance>{";
  for (const auto& g : list) out += fmt::format("Guidance{{{}, {}, {{}}}}, ", text(g.text), source(g.source));
  return out + "}";
}

std::string next_steps(const std::vector<NextStep>& steps) {
  std::string out = "{";
  for (const auto& s : steps)
    out += fmt::format("NextStep{{{}, {}, {}, {{}}}}, ", literal(s.id), basis(s.basis),
                       guidance(s.guidance));
  return out + "}";
}

// A field's value as a C++ expression that assign_field (embedded.hpp) takes.
std::string field_value(const Text& t) {
  return text(t);
}
std::string field_value(const Range& r) {
  auto end = [](const std::optional<int>& v) { return v ? std::to_string(*v) : "std::nullopt"; };
  return fmt::format("Range{{{}, {}}}", end(r.min), end(r.max));
}
template <typename Enum>
requires std::is_enum_v<Enum>
std::string field_value(Enum value) {
  return std::to_string(static_cast<int>(value));
}

// Statements setting, in `target` (a Fields), the fields `f` states.
std::string fields(std::string_view target, const Fields& f, std::string_view indent) {
  std::string out;
  std::size_t index = 0;
  for_each_field([&](const auto& field) {
    if (const auto& value = f.*field.stated)
      out += fmt::format("{}assign_field<{}>({}, {});\n", indent, index, target,
                         field_value(*value));
    ++index;
  });
  return out;
}

std::string id_refs(const std::vector<IdRef>& ids) {
  std::string out = "{";
  for (const auto& id : ids) out += fmt::format("IdRef{{{}, {{}}}}, ", literal(id.id));
  return out + "}";
}

// One function per role: a command about two roles runs (and pages in) only their code.
void emit_role(std::ostream& out, const RoleDef& role, const std::string& file, std::size_t n) {
  out << "RoleDef make_role_" << n << "() {\n  {\n    RoleDef r;\n";
  out << "    r.id = " << literal(role.id) << ";\n";
  if (role.name) out << "    r.name = " << text(*role.name) << ";\n";
  for (const auto& a : role.aliases) out << "    r.aliases.push_back(" << literal(a) << ");\n";
  if (role.rank) out << "    r.rank = " << *role.rank << ";\n";
  out << "    r.rank_basis = " << basis(role.rank_basis) << ";\n";
  out << fields("r.fields", role.fields, "    ");
  out << "    r.next = " << next_steps(role.next) << ";\n";
  out << "    r.guidance = " << guidance(role.guidance) << ";\n";
  if (role.guidance_stated) out << "    r.guidance_stated = true;\n";
  for (const auto& c : role.combinations)
    out << "    r.combinations.push_back(Combination{" << id_refs(c.overlays) << ", "
        << (c.conflict ? "true" : "false") << ", " << text(c.note) << ", " << basis(c.basis)
        << ", {}});\n";
  if (role.extends) out << "    r.extends = IdRef{" << literal(role.extends->id) << ", {}};\n";
  for (const auto& s : role.sources) out << "    r.sources.push_back(" << source(s) << ");\n";
  out << "    r.responsibilities.reserve(" << role.responsibilities.size() << ");\n";
  for (const auto& item : role.responsibilities)
    out << "    r.responsibilities.push_back(" << responsibility(item) << ");\n";
  out << "    r.remove = " << id_refs(role.remove) << ";\n";
  out << "    r.overlays.reserve(" << role.overlays.size() << ");\n";
  for (const auto& o : role.overlays) {
    out << "    {\n      Overlay o;\n";
    out << "      o.name = " << literal(o.name) << ";\n";
    out << "      o.axis = static_cast<Axis>(" << static_cast<int>(o.axis) << ");\n";
    out << "      o.summary = " << text(o.summary) << ";\n";
    out << "      o.source = " << source(o.source) << ";\n";
    out << fields("o.set", o.set, "      ");
    out << "      o.add.reserve(" << o.add.size() << ");\n";
    for (const auto& a : o.add) out << "      o.add.push_back(" << responsibility(a) << ");\n";
    out << "      o.remove = " << id_refs(o.remove) << ";\n";
    out << "      o.guidance = " << guidance(o.guidance) << ";\n";
    for (const auto& w : o.reword)
      out << "      o.reword.push_back(Reword{" << literal(w.id) << ", " << opt_text(w.text) << ", "
          << opt_text(w.how) << ", {}});\n";
    out << "      r.overlays.push_back(std::move(o));\n    }\n";
  }
  out << "    r.where = Location{" << literal(file) << ", 0, 0};\n";
  out << "    return r;\n  }\n}\n\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: embed_roles ROLES_DIR OUTPUT.cpp\n";
    return 2;
  }
  std::string dir = argv[1];
  Diagnostics diagnostics;
  LoadLimits limits;
  std::vector<SourceText> sources;
  for (const auto& path : list_role_files(dir, limits, diagnostics)) {
    SourceText s;
    if (read_source(path, limits, s, diagnostics)) sources.push_back(std::move(s));
  }
  Library library;
  limits.language_notes = true;
  add_layer(library, sources, diagnostics, limits);
  // The built-in library is bilingual: a text lacking a language fails the build.
  for (auto& d : diagnostics)
    if (d.severity == Diagnostic::Severity::note) d.severity = Diagnostic::Severity::error;
  validate_library(library, diagnostics);
  for (const auto& d : diagnostics) std::cerr << d.format() << "\n";
  if (has_errors(diagnostics)) return 1;

  std::ostringstream out;
  out << "// Generated by embed_roles from roles/. Do not edit.\n"
      << "#include \"ctoladder/embedded.hpp\"\n\n"

      << "namespace ctoladder {\n\n"
      << "using namespace std::string_literals;\n\n"
      << "namespace {\nconst EmbeddedFile kFiles[] = {\n";
  for (const auto& s : sources) {
    std::string name = s.path.substr(s.path.find_last_of('/') + 1);
    out << "  {" << literal(name) << ", std::string_view(" << literal(s.bytes) << ", "
        << s.bytes.size() << ")},\n";
  }
  out << "};\n}  // namespace\n\n"
      << "std::span<const EmbeddedFile> embedded_files() { return kFiles; }\n\n"
      << "void add_embedded_domains(Library& library) {\n";
  for (const auto& d : library.domains()) {
    out << "  library.add_domain(Domain{" << literal(d.id) << ", " << text(d.name) << ", "
        << text(d.summary) << ", {";
    for (const auto& s : d.sources) out << source(s) << ", ";
    out << "}, {}});\n";
  }
  out << "}\n\nnamespace {\n\n";
  std::size_t n = 0;
  for (const auto& role : library.roles()) {
    std::string name = role.where.file.str().substr(role.where.file.str().find_last_of('/') + 1);
    emit_role(out, role, std::string(kBuiltinPrefix) + name, n);
    out << "const std::string_view kAliases" << n << "[] = {";
    for (const auto& a : role.aliases) out << literal(a) << ", ";
    out << "\"\"};\n\n";  // never empty, and "" is no alias
    ++n;
  }
  out << "const BuiltinRole kRoles[] = {\n";
  for (std::size_t i = 0; i < library.roles().size(); ++i)
    out << "  {" << literal(library.roles()[i].id) << ", std::span(kAliases" << i << ").first("
        << library.roles()[i].aliases.size() << "), &make_role_" << i << "},\n";
  out << "};\n\n}  // namespace\n\n"
      << "std::span<const BuiltinRole> builtin_roles() { return kRoles; }\n\n"
      << "}  // namespace ctoladder\n";

  // Write only when changed, so an unchanged library does not recompile the binary.
  std::string generated = out.str();
  std::ifstream existing(argv[2], std::ios::binary);
  std::string old((std::istreambuf_iterator<char>(existing)), std::istreambuf_iterator<char>());
  if (old == generated) return 0;
  std::string temp = std::string(argv[2]) + ".tmp";
  std::ofstream(temp, std::ios::binary) << generated;
  return std::rename(temp.c_str(), argv[2]) == 0 ? 0 : 1;
}
