// `schema`: the JSON Schema of role files, for editors and linters.
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "ctoladder/schema.hpp"

namespace ctoladder::cli {
namespace {

class Schema final : public CommandRun {
 public:
  void add_options(CLI::App&) override {}
  Result run(const Context& c, const Library&) override {
    Result result;
    // The schema is JSON (the row's default), as compiled in; --format yaml is the same schema.
    if (c.render.format == Format::yaml)
      result.output.data = nlohmann::ordered_json::parse(role_schema());
    else
      result.raw = std::string(role_schema());
    return result;
  }
};

}  // namespace

std::unique_ptr<CommandRun> make_schema() {
  return std::make_unique<Schema>();
}

}  // namespace ctoladder::cli
