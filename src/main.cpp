#include "cli/cli.hpp"

int main(int argc, char** argv) {
  return ctoladder::cli::run(argc, argv);
}
