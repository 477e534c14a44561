// `schema`: the JSON Schema of role files, for editors and linters.
#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "ctoladder/schema.hpp"

namespace ctoladder::cli {
namespace {

Result schema_run(const Context& c) {
  Result result;
  // The schema is JSON; --format yaml shows the same schema as YAML.
  if (c.render.format == Format::yaml)
    result.output.data = nlohmann::ordered_json::parse(role_schema());
  else
    result.raw = std::string(role_schema());
  return result;
}

}  // namespace

Command schema_command() {
  return {"schema", "Print the JSON Schema of role files, for editors and linters", no_arguments,
          schema_run};
}

}  // namespace ctoladder::cli
