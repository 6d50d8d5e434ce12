#!/usr/bin/env bash
# .xz decoding: the system liblzma (triage's XzDecompressionStream, P/Invoke resolved by dlopen at first use, also
# under Native AOT) against SharpCompress's managed XZStream (bench/XzBench), on fixtures/sos-debian.tar.xz and a
# larger tarball made here (the fixtures folder, repeated, ~100 MB of text, `xz -6`).
#
#   bash bench/xz.sh [RUNS]
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
dotnet "$TRIAGE_ARTIFACTS/bin/XzBench/release/XzBench.dll" "$RUNS" fixtures/sos-debian.tar.xz "$BIG"
