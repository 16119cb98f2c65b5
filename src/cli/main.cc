#include <cstdio>

int main() {
  std::puts("deskbench");
  return 0;
}
