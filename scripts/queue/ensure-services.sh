#!/usr/bin/env bash
# Make sure Debian's Redis and PostgreSQL servers are installed for the queue-mode test (test/queue/).
# Installs `redis-server` and `postgresql` with apt-get only when a binary is missing (needs root, as CI
# has). Nothing is started or enabled here: the test starts its own throw-away instances on 127.0.0.1.
set -euo pipefail

have_redis() { command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ]; }
have_postgres() { compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; }

missing=()
have_redis || missing+=(redis-server)
have_postgres || missing+=(postgresql)

if [ ${#missing[@]} -eq 0 ]; then
	echo "[ensure-services] redis-server and postgresql already installed"
	exit 0
fi

if [ "$(id -u)" != 0 ]; then
	echo "[ensure-services] missing: ${missing[*]}; install Debian's packages as root:" >&2
	echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
	exit 1
fi

t0=$(date +%s)
echo "[ensure-services] missing: apt-get install ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# policy-rc.d 101: the packages' post-install scripts must not start system-wide services (port 6379,
# 5432) that nobody asked for; the test runs its own instances.
policy=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$policy" ]; then
	printf '#!/bin/sh\nexit 101\n' >"$policy"
	chmod +x "$policy"
	created_policy=1
fi
trap '[ "$created_policy" = 1 ] && rm -f "$policy"' EXIT
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
have_redis && have_postgres || { echo "[ensure-services] install finished but a server binary is still missing" >&2; exit 1; }
echo "[ensure-services] installed ${missing[*]} in $(($(date +%s) - t0)) s"
