#!/usr/bin/env bash
# Makes sure a Chromium for the end-to-end tests exists, in this order: $CHROMIUM_PATH or a
# system Chromium; on Debian/Ubuntu as root, apt-get install chromium; otherwise
# Playwright's own download. Prints where the browser is, or what to do, and exits non-zero
# when none can be had.
set -u
for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$c" ] && [ -x "$c" ]; then echo "browser: $c"; exit 0; fi
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "browser: installing Debian's chromium with apt-get (one time)…"
  if (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/tmp/parallax-apt.log 2>&1 && [ -x /usr/bin/chromium ]; then
    echo "browser: /usr/bin/chromium"; exit 0
  fi
  echo "browser: apt-get install chromium failed (log: /tmp/parallax-apt.log)"
fi
if npx --no playwright install chromium >/tmp/parallax-pw-install.log 2>&1; then
  echo "browser: Playwright's Chromium"; exit 0
fi
cat >&2 <<MSG
No Chromium found for the browser tests, and none could be installed.
Install one (Debian/Ubuntu: sudo apt-get install chromium; elsewhere: npx playwright install chromium)
or point CHROMIUM_PATH at a Chrome/Chromium binary, then run npm test again.
MSG
exit 1
