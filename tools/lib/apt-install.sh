# Sourced by tools/*/ensure-*.sh: installs Debian packages a test needs, once, as CI (root) can.
# apt_install TAG PACKAGE...  — prints what it does under [TAG]; without root, prints the command
# to run and fails. Package post-install scripts may not start system services (policy-rc.d 101):
# the tests start their own instances on 127.0.0.1.
apt_install() {
	local tag=$1
	shift
	if [ "$(id -u)" != 0 ]; then
		echo "[$tag] missing: $*; install Debian's packages as root:" >&2
		echo "  apt-get update && apt-get install -y --no-install-recommends $*" >&2
		return 1
	fi
	local t0 policy=/usr/sbin/policy-rc.d created_policy=0
	t0=$(date +%s)
	echo "[$tag] missing: apt-get install $*"
	if [ ! -e "$policy" ]; then
		printf '#!/bin/sh\nexit 101\n' >"$policy"
		chmod +x "$policy"
		created_policy=1
	fi
	local status=0
	DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null || status=$?
	[ "$created_policy" = 1 ] && rm -f "$policy"
	[ "$status" = 0 ] && echo "[$tag] installed $* in $(($(date +%s) - t0)) s"
	return "$status"
}
