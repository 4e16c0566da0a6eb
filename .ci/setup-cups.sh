#!/usr/bin/env bash
# Installs CUPS with a cups-pdf printer so the batch print test runs against a real cupsd.
# Idempotent: safe to run when CUPS is already installed, running and configured. It never
# fails the CI run: if a step cannot be done, it says why and the print test skips itself
# with a visible reason.
set -u

PRINTER="${BRIEFPRESS_TEST_PRINTER:-briefpress-pdf}"

say() { echo "setup-cups: $*" >&2; }

if [ "$(id -u)" != 0 ]; then
  say "not root: skipping (the print test will be skipped)"
  exit 0
fi

if ! command -v cupsd >/dev/null || ! command -v lp >/dev/null \
  || [ ! -e /usr/lib/cups/backend/cups-pdf ]; then
  say "installing cups and printer-driver-cups-pdf"
  export DEBIAN_FRONTEND=noninteractive
  # policy-rc.d 101 keeps the package scripts from starting services through init, which
  # does not exist in a container; cupsd is started by hand below.
  policy=/usr/sbin/policy-rc.d
  created_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=1
  fi
  (apt-get update -qq && apt-get install -y -qq --no-install-recommends \
    cups cups-client cups-bsd printer-driver-cups-pdf >/dev/null) \
    || say "apt-get install failed"
  [ "$created_policy" = 1 ] && rm -f "$policy"
fi

if ! command -v cupsd >/dev/null; then
  say "cupsd is not installed: skipping"
  exit 0
fi

# lpstat -r prints "scheduler is running" when cupsd answers.
if ! lpstat -r 2>/dev/null | grep -q 'is running'; then
  say "starting cupsd"
  mkdir -p /run/cups
  cupsd || say "cupsd did not start"
  for _ in $(seq 1 50); do
    lpstat -r 2>/dev/null | grep -q 'is running' && break
    sleep 0.2
  done
fi

if ! lpstat -p "$PRINTER" >/dev/null 2>&1; then
  say "adding printer $PRINTER (cups-pdf)"
  ppd=$(ls /usr/share/ppd/cups-pdf/*.ppd 2>/dev/null | head -n 1)
  if [ -n "$ppd" ]; then
    lpadmin -p "$PRINTER" -v cups-pdf:/ -E -P "$ppd" || say "lpadmin failed"
  else
    lpadmin -p "$PRINTER" -v cups-pdf:/ -E -m everywhere 2>/dev/null \
      || lpadmin -p "$PRINTER" -v cups-pdf:/ -E || say "lpadmin failed"
  fi
fi
cupsenable "$PRINTER" 2>/dev/null || true
cupsaccept "$PRINTER" 2>/dev/null || true

lpstat -p "$PRINTER" >&2 || say "printer $PRINTER is not available"
exit 0
