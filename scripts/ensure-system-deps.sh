#!/usr/bin/env bash
# Installs the system programs the tests, the demo and the benchmark run for real: HAProxy (>= 2.6),
# Prometheus, openssl and wrk (the HTTP load generator of npm run bench). Uses apt when they are
# missing and we can; otherwise says what to install.
set -euo pipefail
missing=()
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
command -v prometheus >/dev/null 2>&1 || [ -x /usr/bin/prometheus ] || missing+=(prometheus)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v git >/dev/null 2>&1 || missing+=(git)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "canary-relay: installing ${missing[*]} (needed by the tests and the demo)" >&2
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # policy-rc.d keeps apt from starting the packaged services: tests start their own on loopback.
  if [ ! -e /usr/sbin/policy-rc.d ] && [ "$(id -u)" -eq 0 ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "canary-relay: please install: ${missing[*]} (Debian/Ubuntu: apt-get install ${missing[*]}; HAProxy must be 2.6 or newer)" >&2
exit 1
