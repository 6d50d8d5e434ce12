#!/usr/bin/env bash
# Both builds are one program: runs the Native AOT binary and the JIT build over every fixture with
# `--format json` and requires the same bytes on stdout and the same exit code. The run's start time and duration
# (`run.startedAt`, `run.elapsedMs`) differ between any two runs and are left out of the comparison.
#
#   bash .ci/aot-compare.sh AOT_BINARY JIT_DLL
#
# Prints one line per fixture and a closing "N passed, N failed" line; exits 1 when any differ.
set -uo pipefail
cd "$(dirname "$0")/.."
aot="$1"
jit="$2"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
passed=0
failed=0
for fixture in fixtures/*; do
  name="$(basename "$fixture")"
  case "$name" in gen | README.md) continue ;; esac
  "$aot" analyze "$fixture" --format json >"$out/aot.json" 2>"$out/aot.err"
  aot_rc=$?
  dotnet "$jit" analyze "$fixture" --format json >"$out/jit.json" 2>"$out/jit.err"
  jit_rc=$?
  sed -i -E '/^    "(startedAt|elapsedMs)": /d' "$out/aot.json" "$out/jit.json"
  if [[ $aot_rc -eq $jit_rc ]] && cmp -s "$out/aot.json" "$out/jit.json" && [[ -s "$out/jit.json" ]]; then
    echo "same  $name (exit $jit_rc, $(wc -c <"$out/jit.json") bytes)"
    passed=$((passed + 1))
  else
    echo "DIFF  $name (exit aot $aot_rc, jit $jit_rc)"
    diff <(head -c 200000 "$out/jit.json") <(head -c 200000 "$out/aot.json") | head -20
    head -5 "$out/aot.err"
    failed=$((failed + 1))
  fi
done
echo "aot-compare: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
