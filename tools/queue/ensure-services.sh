#!/usr/bin/env bash
# Make sure Debian's Redis and PostgreSQL servers are installed for the queue-mode test (test/queue/).
# Installs `redis-server` and `postgresql` with apt-get only when a binary is missing (needs root, as CI
# has). Nothing is started or enabled here: the test starts its own throw-away instances on 127.0.0.1.
set -euo pipefail
source "$(dirname "$0")/../lib/apt-install.sh"

have_redis() { command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ]; }
have_postgres() { compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; }

missing=()
have_redis || missing+=(redis-server)
have_postgres || missing+=(postgresql)

if [ ${#missing[@]} -eq 0 ]; then
	echo "[ensure-services] redis-server and postgresql already installed"
	exit 0
fi

apt_install ensure-services "${missing[@]}"
have_redis && have_postgres || { echo "[ensure-services] install finished but a server binary is still missing" >&2; exit 1; }
