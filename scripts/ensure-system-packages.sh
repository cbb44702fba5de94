#!/usr/bin/env bash
# Installs the Debian packages the tests need and npm cannot provide: Chromium for the browser
# tests (the explorer page and GraphiQL, driven by playwright-core, which downloads no browser).
# Idempotent: does nothing when the packages are there, so `npm test` stays fast; otherwise
# `apt-get update` then a non-interactive install. Runs as `pretest`, so `npm install && npm test`
# works on a fresh clone on a Debian machine.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-system-packages: missing ${missing[*]} and apt-get is not available; install them by hand" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo -n)
else
  echo "ensure-system-packages: missing ${missing[*]} and this user cannot install them." >&2
  echo "Install them with: apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "ensure-system-packages: installing ${missing[*]} with apt-get..."
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "ensure-system-packages: installed ${missing[*]} ($(/usr/bin/chromium --version 2>/dev/null || true))"
