#!/usr/bin/env bash
# Make sure Debian's `chromium` is at /usr/bin/chromium for the UI test (test/ui/).
# Installs it with apt-get only when it is missing (needs root, as CI has). Never downloads a
# browser build of its own: playwright-core drives this system Chromium through executablePath.
set -euo pipefail

CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}

if [ -x "$CHROMIUM" ]; then
	echo "[ensure-chromium] $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM") already installed"
	exit 0
fi

if [ "$(id -u)" != 0 ]; then
	echo "[ensure-chromium] $CHROMIUM is missing; install Debian's chromium package as root:" >&2
	echo "  apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation" >&2
	exit 1
fi

t0=$(date +%s)
echo "[ensure-chromium] $CHROMIUM missing: apt-get install chromium"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# fonts-liberation: metric-compatible Arial/Helvetica, so screenshots have readable text.
apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
echo "[ensure-chromium] installed $("$CHROMIUM" --version 2>/dev/null) in $(($(date +%s) - t0)) s"
