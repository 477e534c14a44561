// LD_PRELOAD shim for the e2e case gap-have-file-swapped-for-fifo: just before the first open (of
// any flavour, fopen too) of the file $SWAP_PATH, it renames $SWAP_PATH.fifo, a FIFO, over that
// file. So whatever the program checked about the path before, it opens a FIFO with no writer:
// the race of a file swapped between a check and an open, hit every time. A blocking open then
// waits forever; an open with O_NONBLOCK returns, and fstat on it tells it is no regular file.
#include <dlfcn.h>
#include <fcntl.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

void before_open(const char* path) {
  static bool swapped = false;
  const char* watched = std::getenv("SWAP_PATH");
  if (swapped || !watched || !path || std::strcmp(path, watched) != 0) return;
  swapped = true;
  char fifo[4096];
  std::snprintf(fifo, sizeof fifo, "%s.fifo", watched);
  std::rename(fifo, watched);
}

template <class F>
F next(const char* name) {
  return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

mode_t mode_of(int flags, va_list args) {
  return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? va_arg(args, mode_t) : 0;
}

}  // namespace

extern "C" {

int open(const char* path, int flags, ...) {
  va_list args;
  va_start(args, flags);
  mode_t mode = mode_of(flags, args);
  va_end(args);
  before_open(path);
  return next<int (*)(const char*, int, ...)>("open")(path, flags, mode);
}

int open64(const char* path, int flags, ...) {
  va_list args;
  va_start(args, flags);
  mode_t mode = mode_of(flags, args);
  va_end(args);
  before_open(path);
  return next<int (*)(const char*, int, ...)>("open64")(path, flags, mode);
}

int openat(int dir, const char* path, int flags, ...) {
  va_list args;
  va_start(args, flags);
  mode_t mode = mode_of(flags, args);
  va_end(args);
  before_open(path);
  return next<int (*)(int, const char*, int, ...)>("openat")(dir, path, flags, mode);
}

FILE* fopen(const char* path, const char* mode) {
  before_open(path);
  return next<FILE* (*)(const char*, const char*)>("fopen")(path, mode);
}

FILE* fopen64(const char* path, const char* mode) {
  before_open(path);
  return next<FILE* (*)(const char*, const char*)>("fopen64")(path, mode);
}

}  // extern "C"
