#!/usr/bin/env bash
# Installs the system packages majlis needs on Debian (run as root; a no-op when all are present).
set -euo pipefail
need=()
dpkg -s libgraphviz-dev >/dev/null 2>&1 || need+=(libgraphviz-dev)
dpkg -s pkg-config >/dev/null 2>&1 || need+=(pkg-config)
dpkg -s libjemalloc-dev >/dev/null 2>&1 || need+=(libjemalloc-dev)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# Graphviz loads its layout and render plugins (neato, sfdp, svg, cairo/pango for PNG and PDF) through a
# config file written at install time; regenerate it when missing (e.g. after a partial install).
if ! ls /usr/lib/*/graphviz/config6* /usr/lib/graphviz/config6* >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  if command -v libgvc6-config-update >/dev/null 2>&1; then $SUDO libgvc6-config-update -c
  elif command -v dot >/dev/null 2>&1; then $SUDO dot -c; fi
fi
