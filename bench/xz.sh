#!/usr/bin/env bash
# .xz decoding: the system liblzma (triage's XzDecompressionStream, P/Invoke resolved by dlopen at first use, also
# under Native AOT) against SharpCompress's managed XZStream (bench/XzBench), on fixtures/sos-debian.tar.xz and a
# larger tarball made here (the fixtures folder, repeated, ~100 MB of text, `xz -6`).
#
#   bash bench/xz.sh [RUNS]           # results: bench/results/xz.md
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS="${1:-5}"
BIG="$WORK/fixtures-x20.tar.xz"
if [[ ! -f $BIG ]]; then
  log "making $BIG"
  mkdir -p "$TMP/big"
  for i in $(seq 1 20); do cp -r "$ROOT/fixtures" "$TMP/big/copy$i"; done
  tar -C "$TMP/big" -cf - . | xz -6 -T1 >"$BIG"
fi
cd "$ROOT"
run_bg dotnet build -c Release bench/XzBench -nologo -v quiet >"$TMP/build.log" 2>&1 || { tail -n 20 "$TMP/build.log" >&2; die "build failed"; }
OUT="$(dotnet "$TRIAGE_ARTIFACTS/bin/XzBench/release/XzBench.dll" "$RUNS" fixtures/sos-debian.tar.xz "$BIG")"
echo "$OUT"
{
  echo "# Benchmark: .xz decoding, the system liblzma against SharpCompress's managed decoder"
  echo
  echo "- Date: $(date -u +%Y-%m-%dT%H:%M:%SZ); $(nproc) CPUs, $(uname -sr); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- Method: \`bench/XzBench\` decodes each file $RUNS times with each decoder (best run; bytes read and dropped);"
  echo "  \`fixtures-x20.tar.xz\` is the fixtures folder twenty times over, \`xz -6\`"
  echo
  echo '```'
  echo "$OUT"
  echo '```'
} >"$ROOT/bench/results/xz.md"
