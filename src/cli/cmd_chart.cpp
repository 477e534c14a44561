// `chart`: responsibilities per domain for roles, as bars or a radar chart (svg).
#include <fmt/format.h>

#include "commands.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/views.hpp"

namespace ctoladder::cli {
namespace {

constexpr std::size_t kMaxChartRoles = 8;  // one colour each, told apart at a glance

class Chart final : public CommandRun {
 public:
  void add_options(CLI::App& command) override {
    add_roles(command, roles_, 0, "ROLE...",
              "One to eight roles, each ROLE[@OVERLAY...]; one colour each in the picture");
    command
        .add_option("--scale", scale_,
                    "count: against the largest count (default); share: of each role's own "
                    "responsibilities; domain: each domain against its largest count")
        ->check(one_of({"count", "share", "domain"}))
        ->option_text("SCALE");
    output_file_.add_options(command);
  }
  std::optional<Result> before_loading(const Context& c) override {
    output_file_.check(c);
    if (roles_.size() > kMaxChartRoles)
      throw Error(
          ErrorKind::usage,
          Text{fmt::format("chart draws at most {} roles, not {}", kMaxChartRoles, roles_.size()),
               fmt::format("chart 最多画 {} 个角色，而不是 {} 个", kMaxChartRoles, roles_.size())},
          Text{"split them over two charts", "请分成两张图"});
    return std::nullopt;
  }
  Result run(const Context& c, const Library& library) override {
    std::vector<Role> roles;
    for (const auto& reference : roles_) roles.push_back(resolve(library, reference));
    ChartScale scale = scale_ == "share"    ? ChartScale::share
                       : scale_ == "domain" ? ChartScale::domain
                                            : ChartScale::count;
    return deliver(c, output_file_, chart_view(library, roles, c.lang, scale));
  }

 private:
  std::vector<std::string> roles_;
  std::string scale_ = "count";
  OutputFile output_file_;
};

}  // namespace

std::unique_ptr<CommandRun> make_chart() {
  return std::make_unique<Chart>();
}

}  // namespace ctoladder::cli
