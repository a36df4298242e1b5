#!/usr/bin/env bash
# Installs the reference harness's pinned packages (face-api 1.7.15, tfjs 4.22.0 + wasm backend)
# into tools/parity/node_modules, exactly as package-lock.json records them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if ! command -v npm >/dev/null 2>&1; then
  echo "parity: npm is missing: install Node.js 18 or newer" >&2
  exit 1
fi
npm ci --no-audit --no-fund --loglevel=error
