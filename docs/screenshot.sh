#!/usr/bin/env bash
# Renders a fixture's HTML report and photographs it in headless Chromium, so the pictures are seen, not assumed.
#   bash docs/screenshot.sh [fixture] [output-prefix]
# Defaults: fixtures/go-cpu-hot and docs/images/<fixture>. Writes <prefix>-report.png (the top of the report) and,
# when the report has a flame graph, <prefix>-flame.png (the first flame graph alone, on a page made of the report's
# own stylesheet and that figure: headless Chromium paints nothing when asked to scroll to a #fragment).
# Needs Debian's `chromium`.
set -euo pipefail
cd "$(dirname "$0")/.."
fixture="${1:-fixtures/go-cpu-hot}"
name="$(basename "$fixture")"
prefix="${2:-docs/images/$name}"
command -v chromium >/dev/null || { echo "screenshot.sh: chromium is not installed (apt-get install chromium)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
html="$work/$name.html"
dotnet run --project src/Analyzer.Cli -- analyze "$fixture" --format html --output "$html"
mkdir -p "$(dirname "$prefix")"

shoot() { # page, png, height
  # No network, no first-run work, a throw-away profile: the page needs nothing but itself.
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$work/profile" --window-size="1400,$3" --screenshot="$2" "file://$1" >/dev/null 2>&1
  [ -s "$2" ] || { echo "screenshot.sh: chromium wrote no $2" >&2; exit 1; }
  echo "screenshot.sh: wrote $2"
}

shoot "$html" "$prefix-report.png" 1800
if grep -q '<figure id="flame-' "$html"; then
  awk '
    /^<style>/ { style = 1 }
    style { print }
    /^<\/style>/ { style = 0; print "</head><body><main>" }
    /^<figure id="flame-/ && !done { figure = 1 }
    figure { print }
    figure && /^<\/figure>/ { figure = 0; done = 1 }
    END { print "</main></body></html>" }
  ' "$html" | { printf '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"/>\n'; cat; } > "$work/flame.html"
  # The graph's own height (its viewBox) plus room for the caption, at most 1800.
  svg_height="$(grep -o 'class="flame" viewBox="0 0 [0-9.]* [0-9]*' "$work/flame.html" | head -1 | awk '{print $NF}')"
  height=$(( ${svg_height:-600} + 140 ))
  shoot "$work/flame.html" "$prefix-flame.png" "$(( height < 1800 ? height : 1800 ))"
fi
