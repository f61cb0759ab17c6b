#ifndef MAJLIS_CJEMALLOC_SHIM_H
#define MAJLIS_CJEMALLOC_SHIM_H
// Debian's jemalloc exports the standard malloc/free names: linking it into the majlis executable makes it the
// process's allocator (Swift's runtime, Foundation and libgvc included).
#include <jemalloc/jemalloc.h>
#endif
