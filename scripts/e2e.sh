#!/usr/bin/env bash
# Browser journeys: Debian's Chromium (installed here if missing: no browser download is possible),
# the web app built, the server started on a fresh PGlite folder with the demo structure.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's Chromium for the browser tests" >&2
    (apt-get install -y -qq chromium >/dev/null 2>&1) || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)
  else
    echo "Chromium is missing: apt-get install chromium" >&2
    exit 1
  fi
fi
# Date fields are drawn in the browser's language: French needs Debian's locale pack.
if [ ! -e /usr/lib/chromium/locales/fr.pak ]; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get install -y -qq chromium-l10n >/dev/null 2>&1) || (apt-get update -qq && apt-get install -y -qq chromium-l10n >/dev/null) ||
      echo "chromium-l10n could not be installed: date fields will show the English format" >&2
  else
    echo "Install chromium-l10n for date fields in French (apt-get install chromium-l10n)" >&2
  fi
fi
npx vite build --config web/vite.config.ts --logLevel warn
npx playwright test "$@"
