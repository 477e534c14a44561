// `describe`: one resolved role.
#include <fmt/format.h>

#include "commands.hpp"
#include "ctoladder/resolve.hpp"
#include "ctoladder/text.hpp"
#include "ctoladder/views.hpp"
#include "ctoladder/vocabulary.hpp"

namespace ctoladder::cli {
namespace {

class Describe final : public CommandRun {
 public:
  void add_options(CLI::App& command) override {
    add_roles(command, roles_, 1, "ROLE");
    command.add_option("--variant", variant_, "Apply a variant overlay (same as ROLE@VARIANT)")
        ->option_text("VARIANT");
    command.add_option("--profile", profile_, "Apply a profile overlay (same as ROLE@PROFILE)")
        ->option_text("PROFILE");
    command.add_flag("--sources", with_sources_, "Cite the article and section of every item");
  }
  std::vector<std::string> named_roles() const override { return roles_; }
  Result run(const Context& c, const Library& library) override {
    Role role = resolve(library, reference(library));
    return {describe_view(library, role, c.lang, with_sources_, parts_for(c.render.format))};
  }

 private:
  // ROLE[@OVERLAY...] plus --variant and --profile, which are the same as @variant and @profile
  // but each names its axis.
  RoleRef reference(const Library& library) const {
    RoleRef ref = parse_reference(roles_.at(0));
    for (auto [extra, axis] :
         {std::pair{&variant_, Axis::variant}, std::pair{&profile_, Axis::profile}}) {
      if (extra->empty()) continue;
      const RoleDef& def = find_role(library, ref.role);
      for (const auto& overlay : def.overlays)
        if (overlay.name == text::fold_case(*extra) && overlay.axis != axis)
          throw Error(ErrorKind::usage,
                      Text{fmt::format("'{}' is a {} of '{}', not a {}", overlay.name,
                                       to_string(overlay.axis), def.id, to_string(axis)),
                           fmt::format("'{}' 是 '{}' 的{}叠加项（{}），不是{}（{}）", overlay.name,
                                       def.id, label(overlay.axis).zh, to_string(overlay.axis),
                                       label(axis).zh, to_string(axis))},
                      Text{fmt::format("use --{} {}, or {}@{}", to_string(overlay.axis),
                                       overlay.name, def.id, overlay.name),
                           fmt::format("请用 --{} {}，或 {}@{}", to_string(overlay.axis),
                                       overlay.name, def.id, overlay.name)});
      ref.overlays.push_back(*extra);
    }
    return ref;
  }

  std::vector<std::string> roles_;
  std::string variant_, profile_;
  bool with_sources_ = false;
};

}  // namespace

std::unique_ptr<CommandRun> make_describe() {
  return std::make_unique<Describe>();
}

}  // namespace ctoladder::cli
