// The command table: one row per command drives both help and dispatch.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ctoladder/library.hpp"
#include "ctoladder/report.hpp"

namespace ctoladder::cli {

// Options every command takes (given before or after the command name).
struct CommonOptions {
  std::string format;
  std::string lang;
  std::string color;
  std::vector<std::string> roles;
};

// Everything any command can be given; each command binds the part it uses.
struct Arguments {
  CommonOptions global;
  CommonOptions local;
  std::vector<std::string> references;  // ROLE[@OVERLAY...]
  std::vector<std::string> paths;       // validate
  std::string query;                    // search
  std::string role_filter, domain_filter, track_filter;
  std::string variant, profile;
  bool ids_only = false;
  bool with_sources = false;
};

// What a command hands back: its output, and the exit code when it is not 0.
struct Result {
  Output output;
  int exit_code = 0;
  bool has_output = true;
};

// The settled common options: format, language, colour, width, role folders.
struct Context {
  RenderOptions render;
  Lang lang = Lang::en;
  std::vector<std::string> role_folders;
  const Arguments& args;
};

struct Command {
  std::string_view name;
  std::string_view summary;
  void (*add_arguments)(CLI::App& command, Arguments& args);
  Result (*run)(const Context& context);
};

const std::vector<Command>& commands();

// The library a command works on: the built-in one with the user folders layered over it.
// Throws Error(invalid_data) after printing every problem when a folder does not load.
Library load_library_for(const Context& context);

}  // namespace ctoladder::cli
