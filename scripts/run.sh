#!/usr/bin/env bash
# The one command a newcomer runs: installs what is missing, then `npm start` (sync server on
# embedded SQLite + desktop app, or the browser UI where Electron cannot start).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-toolchain.sh
exec npm start
