#!/usr/bin/env bash
# Sourced by scripts/run.sh and .ci/run. Makes sure Node >= 22.12 is on PATH (fetching Node 22
# from the npm registry into ~/.cache/node22 when the machine's node is older) and installs
# the npm packages when they are missing or stale.

node_is_recent() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

if ! node_is_recent; then
  NODE22_DIR="${HOME}/.cache/node22"
  if [ ! -x "${NODE22_DIR}/node_modules/.bin/node" ] || ! "${NODE22_DIR}/node_modules/.bin/node" --version >/dev/null 2>&1; then
    echo "==> Node $(node --version 2>/dev/null || echo missing) is older than 22.12: installing Node 22 into ${NODE22_DIR}"
    npm install --no-save --prefix "${NODE22_DIR}" node@22 >/dev/null 2>&1 || true
  fi
  export PATH="${NODE22_DIR}/node_modules/.bin:${PATH}"
  if ! node_is_recent; then
    echo "error: could not get Node >= 22.12 (have $(node --version 2>/dev/null)). Install Node 22 and retry." >&2
    exit 1
  fi
fi

# npm ci when node_modules is missing or older than the lockfile.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> Installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi
