#ifndef MAJLIS_CGRAPHVIZ_SHIM_H
#define MAJLIS_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
