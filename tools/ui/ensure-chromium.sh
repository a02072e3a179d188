#!/usr/bin/env bash
# Make sure Debian's `chromium` is at /usr/bin/chromium for the UI test (test/ui/).
# Installs it with apt-get only when it is missing (needs root, as CI has). Never downloads a
# browser build of its own: playwright-core drives this system Chromium through executablePath.
set -euo pipefail
source "$(dirname "$0")/../lib/apt-install.sh"

CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}

if [ -x "$CHROMIUM" ]; then
	echo "[ensure-chromium] $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM") already installed"
	exit 0
fi

# fonts-liberation: metric-compatible Arial/Helvetica, so screenshots have readable text.
apt_install ensure-chromium chromium fonts-liberation
echo "[ensure-chromium] $("$CHROMIUM" --version 2>/dev/null)"
