#!/usr/bin/env bash
# Renders two fixtures' HTML reports and photographs them in headless Chromium, so the pictures are seen, not assumed:
#   bash docs/images/screenshots.sh
# Writes docs/images/<fixture>-{wide,narrow}.png (the top of the page at 1400 and 420 px), the report's main figure
# (<fixture>-figure.png; for host-disk-busy also a vmstat and the PSI chart), the flame graph after a scripted click on a frame and a search (go-gc-heavy-flame-zoomed.png),
# and docs/images/flame-click.json: what the DOM held after the click (frames shown and hidden, the clicked frame's
# width). It fails when the page logs an error or the Content-Security-Policy blocks anything.
# Needs Debian's `chromium` and Node.js; playwright-core (no browser download) is installed into a temporary folder.
# CI does not run it: it needs a browser, and the HTML tests already check the page's structure and policy.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v chromium >/dev/null || { echo "screenshots.sh: chromium is not installed (apt-get install chromium)" >&2; exit 2; }
command -v node >/dev/null || { echo "screenshots.sh: node is not installed" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --no-save --no-audit --no-fund --silent playwright-core@1 >/dev/null)
dotnet build src/Analyzer.Cli -v quiet -nologo >/dev/null
for fixture in go-gc-heavy host-disk-busy; do
  dotnet src/Analyzer.Cli/bin/Debug/net10.0/triage.dll analyze "fixtures/$fixture" --format html --output "$work/$fixture.html"
  # The run's time and duration would change the pictures on every run: the header shows them, so blank that one line's tail.
  sed -i -E 's/ · analysed [0-9-]+ [0-9:]+ UTC in [^<]+//' "$work/$fixture.html"
done
node docs/images/screenshots.mjs "$work" docs/images
