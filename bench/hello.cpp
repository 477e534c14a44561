// Baseline for bench/run.sh: the cost of starting a C++ program that prints one line,
// built with the same compiler and Release flags as ctoladder.
#include <iostream>

int main() {
  std::cout << "Hello, world!\n";
  return 0;
}
