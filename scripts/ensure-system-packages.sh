#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing, and does nothing when they are
# there (so `npm test` stays fast on a machine that has them). Today: Chromium for the browser test
# (test/browser/**), driven by playwright-core with executablePath /usr/bin/chromium; playwright's
# own browser downloads are never used.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-system-packages: missing ${missing[*]} and no apt-get here; install them by hand" >&2
  exit 1
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  SUDO=(sudo)
fi

echo "ensure-system-packages: installing ${missing[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "ensure-system-packages: installed ${missing[*]}"
