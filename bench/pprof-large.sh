#!/usr/bin/env bash
# Whole-process benchmark on a large generated CPU profile (profile.proto,
# ~68 MB uncompressed, gzipped as /debug/pprof/profile serves it): wall time,
# CPU time and peak RSS of
#   (a) triage analyze <profile> --format json --output /dev/null
#   (b) go tool pprof -top <profile> >/dev/null
# each run RUNS times (default 3; the median is reported).
# Results: bench/results/pprof-large.md
#
#   bash bench/pprof-large.sh
#
# Environment:
#   RUNS=3                 runs per tool
#   SAMPLES=700000         samples in the generated profile
#   FUNCTIONS=60000        distinct functions (two locations each)
#   TRIAGE_ARTIFACTS=dir   where dotnet builds (default bench/work/artifacts)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS="${RUNS:-3}"
SAMPLES="${SAMPLES:-700000}"
FUNCTIONS="${FUNCTIONS:-60000}"
PROFILE="$WORK/pprof-large-$SAMPLES-$FUNCTIONS.pb.gz"

need_time
command -v go >/dev/null 2>&1 || die "'go' not found: apt-get install golang-go"
export GOPROXY=off GOTOOLCHAIN=local GOFLAGS="" GOWORK=off

# ---- 1. the profile -------------------------------------------------------
if [[ ! -s $PROFILE ]]; then
  log "generating $PROFILE ($SAMPLES samples, $FUNCTIONS functions)"
  (cd "$ROOT/fixtures/gen" && go build -trimpath -o "$TMP/bigprofile" ./cmd/bigprofile)
  run_bg "$TMP/bigprofile" -samples "$SAMPLES" -functions "$FUNCTIONS" "$PROFILE.partial.gz"
  mv "$PROFILE.partial.gz" "$PROFILE"
fi
GZ_BYTES="$(stat -c %s "$PROFILE")"
RAW_BYTES="$(gzip -dc "$PROFILE" | wc -c)"
log "profile: $PROFILE ($GZ_BYTES bytes gzipped, $RAW_BYTES bytes of profile.proto)"

# ---- 2. triage ------------------------------------------------------------
build_triage || die "$TRIAGE_NOTE"
# Smoke run: the profile must be parsed (not partial, not failed) with its functions.
rc=0
run_bg "${TRIAGE[@]}" analyze "$PROFILE" --format json --output "$TMP/smoke.json" >/dev/null 2>"$TMP/triage.err" || rc=$?
[[ $rc -lt 2 ]] || { cat "$TMP/triage.err" >&2; echo "pprof-large.sh: triage exited $rc" >&2; exit 1; }
grep -q '"status": *"parsed"' "$TMP/smoke.json" || { echo "pprof-large.sh: the profile was not parsed cleanly" >&2; exit 1; }
# Same answer as pprof: the heaviest function by flat time.
pprof_top="$(cd "$TMP" && go tool pprof -top "$PROFILE" 2>/dev/null | awk '/^ *flat /{getline; print $6; exit}')"
log "pprof's top function: $pprof_top"

# ---- 3. measurements --------------------------------------------------------
LOADAVG="$(cut -d' ' -f1-3 /proc/loadavg)"
read -r tt tm tc < <(measure triage "${TRIAGE[@]}" analyze "$PROFILE" --format json --output /dev/null)
read -r pt pm pc < <(cd "$TMP" && measure pprof go tool pprof -top "$PROFILE")
LOADAVG_END="$(cut -d' ' -f1-3 /proc/loadavg)"
mb() { awk -v k="$1" 'BEGIN{printf "%.0f", k/1024}'; }

# ---- 4. report ------------------------------------------------------------
{
  echo "# Benchmark: large pprof profile"
  echo
  echo "- Date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "- Machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr)"
  echo "- Profile: \`bench/work/$(basename "$PROFILE")\` from \`fixtures/gen/cmd/bigprofile -samples $SAMPLES -functions $FUNCTIONS\`: $RAW_BYTES bytes of profile.proto ($GZ_BYTES gzipped), $SAMPLES samples, $((2 * FUNCTIONS)) locations, $FUNCTIONS functions; pprof's top function by flat: \`$pprof_top\`"
  echo "- Load average at start / end: $LOADAVG / $LOADAVG_END (the machine is shared: wall time is inflated by other work; CPU time is steadier)"
  echo "- Method: whole process, \`/usr/bin/time -f '%e %M %U %S'\`, median of $RUNS runs each, output to /dev/null"
  echo
  echo "| Tool | Invocation | Wall time (s, median) | CPU user+sys (s, median) | Peak RSS (MB, median) |"
  echo "|---|---|---:|---:|---:|"
  echo "| triage | \`triage analyze <profile> --format json --output /dev/null\` | $tt | $tc | $(mb "$tm") |"
  echo "| $(go version | awk '{print $3}') pprof | \`go tool pprof -top <profile> >/dev/null\` | $pt | $pc | $(mb "$pm") |"
} >"$RESULTS/pprof-large.md"
echo
cat "$RESULTS/pprof-large.md"
