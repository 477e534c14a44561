// libFuzzer harness: the input is one untrusted role file, layered over the built-in library the
// way a user's role folder is, then pushed through everything the commands do with it.
//
//   * input starting with "domains:"  -> read as the domain catalogue ("domains.yaml")
//   * anything else                    -> read as one role file ("fuzz.yaml")
//
// Expected failures are ctoladder::Error (the CLI turns those into an exit code) and are caught
// around each step. Anything else is a finding: another exception escaping (std::terminate ->
// abort), a crash, a sanitizer report, a timeout, or one of the output oracles below failing
// (they abort with a message on stderr):
//   * json output parses back to the same data (json is for scripts);
//   * yaml output loads back with yaml-cpp;
//   * tsv output has exactly one line per row (fields never contain raw tabs or newlines);
//   * text (colour off) and markdown output contain no raw control characters, DEL, C1
//     controls or bidi overrides (report.hpp/render_text.cpp promise they are escaped).
//
// The same file is compiled into the non-fuzzer `fuzz_replay` (fuzz/replay_main.cpp) that
// replays tests/fuzz_regressions/ under ctest.
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "ctoladder/compare.hpp"
#include "ctoladder/embedded.hpp"
#include "ctoladder/error.hpp"
#include "ctoladder/library.hpp"
#include "ctoladder/loader.hpp"
#include "ctoladder/report.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/role_parser.hpp"
#include "ctoladder/text.hpp"
#include "ctoladder/validate.hpp"
#include "ctoladder/views.hpp"

using namespace ctoladder;

namespace {

// Bounds on the harness's own work, so that slow inputs are slow because of the code under test
// and not because the harness is quadratic in the number of overlays.
constexpr std::size_t kMaxPairOverlays = 12;     // ordered pairs among the first N overlays
constexpr std::size_t kMaxRenderedVariants = 3;  // the base and the first two variants are rendered

[[noreturn]] void oracle_failed(const char* what, const std::string& detail) {
  std::fprintf(stderr, "\n==ctoladder fuzz oracle== %s\n%s\n", what, detail.substr(0, 2000).c_str());
  std::abort();
}

// Runs `step`; a ctoladder::Error is an expected, user-caused failure. Anything else propagates
// out of LLVMFuzzerTestOneInput and terminates: that is a finding.
template <typename Step>
void attempt(Step&& step) {
  try {
    step();
  } catch (const Error&) {
  }
}

// The bytes escape_for_terminal promises never reach a terminal raw.
void check_terminal_safe(const std::string& out, const char* format) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    const auto next = [&](std::size_t k) {
      return i + k < out.size() ? static_cast<unsigned char>(out[i + k]) : 0;
    };
    bool bad = (c < 0x20 && c != '\n') || c == 0x7f;
    if (c == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) bad = true;                 // C1
    if (c == 0xD8 && next(1) == 0x9C) bad = true;                                    // U+061C
    if (c == 0xE2 && next(1) == 0x80 && (next(2) == 0x8E || next(2) == 0x8F)) bad = true;  // 200E/F
    if (c == 0xE2 && next(1) == 0x80 && next(2) >= 0xAA && next(2) <= 0xAE) bad = true;  // 202A-E
    if (c == 0xE2 && next(1) == 0x81 && next(2) >= 0xA6 && next(2) <= 0xA9) bad = true;  // 2066-9
    if (bad)
      oracle_failed("raw control or bidi character in terminal output",
                    std::string(format) + " output, byte offset " + std::to_string(i) + ":\n" +
                        out.substr(i > 200 ? i - 200 : 0, 400));
  }
}

void check_json(const Output& output, const std::string& rendered) {
  nlohmann::ordered_json back;
  try {
    back = nlohmann::ordered_json::parse(rendered);
  } catch (const nlohmann::json::exception& e) {
    oracle_failed("json output does not parse", std::string(e.what()) + "\n" + rendered);
  }
  // The renderer puts the contract's schema_version first; the rest is the view's data.
  if (output.data.is_object()) {
    if (!back.is_object() || !back.contains("schema_version"))
      oracle_failed("json output has no schema_version", rendered);
    back.erase("schema_version");
  }
  if (back != output.data) oracle_failed("json output does not round-trip", rendered);
}

void check_yaml(const std::string& rendered) {
  try {
    (void)YAML::Load(rendered);
  } catch (const YAML::Exception& e) {
    oracle_failed("yaml output does not load", std::string(e.what()) + "\n" + rendered);
  }
}

void check_tsv(const Output& output, const std::string& rendered) {
  std::size_t lines = 0;
  for (char c : rendered) lines += c == '\n';
  // One header row when the view names its columns, then one line per row.
  std::size_t header = output.tsv_columns.empty() ? 0 : 1;
  if (lines != output.tsv.size() + header)
    oracle_failed("tsv output has a line count different from its row count", rendered);
}

// Which renderings of an Output to make. Rendering is most of the cost of an input, so the
// full set (every format, text at a tiny, a medium and a huge width, once with colour) is made
// for the views of the fuzzed role itself, and cheaper subsets for the rest.
enum Renders : unsigned {
  kJson = 1u << 0,
  kYaml = 1u << 1,
  kTsv = 1u << 2,
  kMarkdown = 1u << 3,
  kTextTiny = 1u << 4,    // width 1
  kTextMedium = 1u << 5,  // width 80
  kTextHuge = 1u << 6,    // width 5000
  kTextColour = 1u << 7,  // width 33, colour on
  kJsonRoundTrip = 1u << 8,  // parse the json back and compare (with kJson)
  kAll = 0xffu,
  kScript = kJson | kTsv,
};

void render_some(const Output& output, unsigned which) {
  const auto text = [&](std::size_t width, bool colour) {
    std::string rendered = render(output, {Format::text, width, colour});
    if (!colour) check_terminal_safe(rendered, "text");
  };
  if (which & kJson) {
    std::string json = render(output, {Format::json, 100, false});
    if (which & kJsonRoundTrip) check_json(output, json);
  }
  if (which & kYaml) check_yaml(render(output, {Format::yaml, 100, false}));
  if (which & kTsv) check_tsv(output, render(output, {Format::tsv, 100, false}));
  if (which & kMarkdown) check_terminal_safe(render(output, {Format::markdown, 100, false}), "markdown");
  if (which & kTextTiny) text(1, false);
  if (which & kTextMedium) text(80, false);
  if (which & kTextHuge) text(5000, false);
  if (which & kTextColour) text(33, true);
}

// Builds a view in each language (or one) and renders it; a ctoladder::Error from building or
// rendering is expected.
template <typename MakeView>
void render_view(unsigned which, MakeView&& make_view) {
  for (Lang lang : {Lang::en, Lang::zh}) attempt([&] { render_some(make_view(lang), which); });
}
template <typename MakeView>
void render_view(Lang lang, unsigned which, MakeView&& make_view) {
  attempt([&] { render_some(make_view(lang), which); });
}

// The fuzzed role (base or with overlays): describe, and compare/diff against the built-in cto
// and architect and against the base. `full` for the first few variants, a sample for the rest.
void render_role_views(const Library& library, const Role& role, const Role& base,
                       const std::vector<const Role*>& builtins, bool full) {
  if (full) {
    render_view(kAll | kJsonRoundTrip,
                [&](Lang lang) { return describe_view(library, role, lang, true); });
    render_view(Lang::zh, kTextMedium | kJson,
                [&](Lang lang) { return describe_view(library, role, lang, false); });
    if (!builtins.empty()) {
      const Role& cto = *builtins.front();
      render_view(kAll | kJsonRoundTrip,
                  [&](Lang lang) { return compare_view(library, role, cto, lang); });
      render_view(Lang::en, kTextMedium | kTsv,
                  [&](Lang lang) { return diff_view(library, cto, role, lang); });
    }
    if (builtins.size() > 1) {
      const Role& architect = *builtins.back();
      render_view(kAll, [&](Lang lang) { return diff_view(library, role, architect, lang); });
      render_view(Lang::zh, kTextMedium | kMarkdown,
                  [&](Lang lang) { return compare_view(library, architect, role, lang); });
    }
    render_view(Lang::en, kTextMedium | kMarkdown | kJson,
                [&](Lang lang) { return diff_view(library, role, base, lang); });
  } else {
    render_view(Lang::en, kTextTiny | kJson,
                [&](Lang lang) { return describe_view(library, role, lang, true); });
    render_view(Lang::zh, kTextMedium | kTsv,
                [&](Lang lang) { return diff_view(library, base, role, lang); });
    if (!builtins.empty())
      render_view(Lang::zh, kMarkdown | kYaml,
                  [&](Lang lang) { return compare_view(library, role, *builtins.front(), lang); });
  }
}

// A few words of a text, never cutting a UTF-8 sequence (the text is valid UTF-8).
std::string first_word(const std::string& s) {
  auto end = s.find(' ');
  std::string word = s.substr(0, end == std::string::npos ? s.size() : end);
  if (word.size() > 24) {
    std::size_t cut = 24;
    while (cut > 0 && (static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) --cut;
    word.resize(cut);
  }
  return word;
}

// The library-wide views: list, ladder, search, validate.
void render_library_views(const Library& library, const RoleDef* def, const Diagnostics& found) {
  render_view(kAll & ~kTextColour, [&](Lang lang) { return list_view(library, lang, false); });
  render_view(Lang::en, kTextMedium | kJson, [&](Lang lang) { return list_view(library, lang, true); });
  render_view(kAll & ~kTextColour, [&](Lang lang) { return ladder_view(library, lang); });

  std::vector<SearchQuery> queries{{"a", {}, {}, {}}, {"架构", {}, {}, {}}};
  queries.push_back({"e", std::string("cto"), std::string("architecture"), Track::executive});
  if (def) {
    queries.push_back({def->id, def->id, {}, {}});
    if (def->name && !first_word(def->name->en).empty())
      queries.push_back({first_word(def->name->en), {}, {}, {}});
    if (def->name && !first_word(def->name->zh).empty())
      queries.push_back({first_word(def->name->zh), {}, {}, def->fields.track});
    if (!def->responsibilities.empty())
      queries.push_back({"i", {}, def->responsibilities.front().domain, {}});
    if (!def->aliases.empty()) queries.push_back({"o", def->aliases.front(), {}, {}});
  }
  for (std::size_t i = 0; i < queries.size(); ++i)
    render_view(i % 2 ? Lang::zh : Lang::en, kTextMedium | kScript,
                [&](Lang lang) { return search_view(library, queries[i], lang); });

  ValidationResult result;
  result.paths = {"<built-in>", "fuzz"};
  result.files = 1;
  result.roles = library.roles().size();
  result.domains = library.domains().size();
  result.diagnostics = found;
  render_view(Lang::zh, kTextMedium | kJson, [&](Lang lang) { return validate_view(result, lang); });
  render_view(Lang::en, kTsv | kYaml, [&](Lang lang) { return validate_view(result, lang); });
}

std::string upper_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

#ifdef CTOLADDER_FUZZ_MASK_F2
// Known finding F2 (fuzz/README.md): yaml-cpp 0.7's LoadAll never returns on some inputs (","
// alone, ",x", ...): HandleNextDocument keeps reporting an empty document that consumes nothing
// (upstream jbeder/yaml-cpp#1040), and parse_file calls LoadAll. The fuzz build skips those
// inputs so the fuzzer can get past them; the replay build (fuzz_replay) does not.
class NullHandler : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

bool yaml_cpp_loops_forever(std::string_view bytes) {
  std::istringstream in{std::string(bytes)};
  YAML::Parser parser(in);
  NullHandler handler;
  try {
    // Every real document takes at least one byte, so more documents than bytes is the loop.
    for (std::size_t documents = 0; parser.HandleNextDocument(handler);)
      if (++documents > bytes.size() + 1) return true;
  } catch (const YAML::Exception&) {
  }
  return false;
}
#endif

void run_one(std::string_view input) {
#ifdef CTOLADDER_FUZZ_MASK_F2
  {
    std::string_view bytes = input;
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (yaml_cpp_loops_forever(bytes)) return;
  }
#endif
  const bool domains_mode = input.starts_with("domains:");
  SourceText source{domains_mode ? "fuzz/domains.yaml" : "fuzz/fuzz.yaml", std::string(input)};

  Library library;
  add_embedded_library(library);
  Diagnostics diagnostics;
  add_layer(library, {source}, diagnostics);
  for (const auto& d : diagnostics) (void)d.format();
  validate_library(library, diagnostics);
  for (const auto& d : diagnostics) (void)text::escape_for_terminal(d.format());

  // The fuzzed role, if the file parsed into one (possibly with errors: the core must still
  // behave). In domains mode, the built-in cto stands in, rendered with the fuzzed domains.
  const RoleDef* def = nullptr;
  if (!domains_mode) {
    for (const auto& role : library.roles())
      if (role.where.file == source.path) def = &role;
  } else {
    def = library.role("cto");
  }

  // Nothing new reached the library (the file did not parse into a role or a domain): the
  // views would only show the built-in library again, so stop here to keep inputs fast.
  const bool added_domains =
      domains_mode && std::any_of(library.domains().begin(), library.domains().end(),
                                  [&](const Domain& d) { return d.where.file == source.path; });
  if (!def && !added_domains) return;

  std::vector<Role> builtins;
  for (const char* id : {"cto", "architect"})
    attempt([&] { builtins.push_back(resolve(library, id)); });
  std::vector<const Role*> others;
  for (const auto& r : builtins) others.push_back(&r);

  render_library_views(library, domains_mode ? nullptr : def, diagnostics);
  if (!def) return;

  // The base, each overlay alone, and each ordered pair of overlays (two overlays of one axis
  // are an Error, as is an overlay that does not apply).
  std::vector<RoleRef> refs{{def->id, {}}};
  for (const auto& overlay : def->overlays) refs.push_back({def->id, {overlay.name}});
  const std::size_t n = std::min(def->overlays.size(), kMaxPairOverlays);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j)
      if (i != j) refs.push_back({def->id, {def->overlays[i].name, def->overlays[j].name}});

  std::vector<Role> variants;
  for (const auto& ref : refs) attempt([&] { variants.push_back(resolve(library, ref)); });

  // The other ways of naming it: by alias, through parse_reference, with the case changed.
  for (const auto& alias : def->aliases) attempt([&] { (void)resolve(library, alias); });
  if (!def->overlays.empty()) {
    attempt([&] { (void)resolve(library, def->id + "@" + def->overlays.front().name); });
    attempt([&] {
      (void)resolve(library, RoleRef{upper_ascii(def->id), {upper_ascii(def->overlays.back().name)}});
    });
  }
  // Overlays applied to the base directly, problems and all (resolve() refuses those).
  Diagnostics base_diagnostics;
  std::optional<Role> base = resolve_base(library, *def, base_diagnostics);
  if (base) {
    for (const auto& overlay : def->overlays) {
      Role alone = *base;
      Diagnostics ignored;
      apply_overlay(alone, overlay, ignored);
      if (&overlay == &def->overlays.front())
        render_view(Lang::en, kTextMedium | kJson,
                    [&](Lang lang) { return describe_view(library, alone, lang, false); });
    }
  }

  for (std::size_t i = 0; i < variants.size(); ++i) {
    const Role& role = variants[i];
    for (const Role* other : others) {
      (void)compare(library, role, *other);
      (void)compare(library, *other, role);
    }
    if (i < kMaxRenderedVariants)
      render_role_views(library, role, variants.front(), others, i == 0);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // CTOLADDER_FUZZ_TRACE=FILE: write each input to FILE before running it, to catch the input
  // behind a hang or an out-of-memory that kills the process before libFuzzer saves it.
  static const char* trace = std::getenv("CTOLADDER_FUZZ_TRACE");
  if (trace) {
    if (std::FILE* f = std::fopen(trace, "wb")) {
      std::fwrite(data, 1, size, f);
      std::fclose(f);
    }
  }
  run_one(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
