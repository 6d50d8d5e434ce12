#!/usr/bin/env bash
# Rule evaluation alone (no reading or parsing): the shipped rules over each bundle's facts, ITERATIONS times after a
# warm-up, mean wall and CPU time per evaluation (bench/RuleEval). Compare two commits by running it in each.
#
#   bash bench/rule-eval.sh [ITERATIONS] [BUNDLE...]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ITER="${1:-100}"
shift || true
BUNDLES=("$@")
if [[ ${#BUNDLES[@]} -eq 0 ]]; then
  BUNDLES=(fixtures/go-goroutine-leak fixtures/juicefs-slow-object-store fixtures/perf-hot fixtures/sos-debian.tar.xz
    fixtures/host-d-state fixtures/zfs-txg-stall fixtures/go-lock-hang-recaptured)
fi
cd "$ROOT"
run_bg dotnet build -c Release bench/RuleEval -nologo -v quiet >"$TMP/build.log" 2>&1 || { tail -n 20 "$TMP/build.log" >&2; die "build failed"; }
dotnet "$TRIAGE_ARTIFACTS/bin/RuleEval/release/RuleEval.dll" rules "$ITER" "${BUNDLES[@]}"
