#!/usr/bin/env bash
# Installs the Debian packages the tests need and npm cannot provide: Chromium for the explorer's
# browser test (driven by playwright-core, which downloads no browser). Idempotent: does nothing
# when /usr/bin/chromium is there; otherwise `apt-get update` then a non-interactive install.
# Runs as `pretest`, so `npm install && npm test` works on a fresh clone of a Debian machine.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo -n)
else
  echo "ensure-system-packages: /usr/bin/chromium is missing and this user cannot install it." >&2
  echo "Install it with: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-system-packages: /usr/bin/chromium is missing and apt-get is not available; install Chromium at /usr/bin/chromium." >&2
  exit 1
fi

echo "ensure-system-packages: installing Debian's chromium (for the explorer's browser test)..."
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium
/usr/bin/chromium --version
