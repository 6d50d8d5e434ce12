#!/usr/bin/env bash
# A/B benchmark of the transport layer's cost: the same 1 GB kernel log and 1 GB JuiceFS access log analysed by two
# builds of triage — BASE (a commit before the layer, default d936de7) and HEAD (the working tree) — alternating
# run by run so that other load on the machine hits both alike. Reports medians of CPU (user+sys), wall and peak
# RSS, and whether both builds wrote the same JSON apart from the rule list.
# Results: bench/results/transport-ab.md
#
#   bash bench/transport-ab.sh
#
# Environment:
#   RUNS=5        pairs per input
#   BASE=d936de7  the commit to compare against
# Inputs come from the kernel-log and juicefs-accesslog benchmarks (run those once, or this script makes them).
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS="${RUNS:-5}"
BASE="${BASE:-d936de7}"
need_time

KERNEL="$WORK/kernel-1024m.log"
ACCESS="$WORK/access-1G.accesslog"
export GOPROXY=off GOTOOLCHAIN=local GOFLAGS="" GOWORK=off
if [[ ! -s $KERNEL ]]; then
  log "generating $KERNEL"
  (cd "$ROOT/fixtures/gen" && go build -trimpath -o "$TMP/bigkernellog" ./cmd/bigkernellog)
  "$TMP/bigkernellog" -size $((1024 * 1024 * 1024)) "$KERNEL.partial" 2>/dev/null && mv "$KERNEL.partial" "$KERNEL"
fi
if [[ ! -s $ACCESS ]]; then
  log "generating $ACCESS"
  (cd "$ROOT/fixtures/gen" && go build -trimpath -o "$TMP/jfsaccesslog" ./cmd/jfsaccesslog)
  "$TMP/jfsaccesslog" -size 1G -seed 1 -slow 0.001 -eio 0.0005 -out "$ACCESS.partial" && mv "$ACCESS.partial" "$ACCESS"
fi

# The two builds: BASE in a detached worktree under bench/work, HEAD from the working tree.
BASE_TREE="$WORK/ab-base-$BASE"
if [[ ! -d $BASE_TREE ]]; then
  git -C "$ROOT" worktree add -q --detach "$BASE_TREE" "$BASE"
fi
log "building BASE ($BASE) and HEAD (Release)"
(cd "$BASE_TREE" && dotnet build -c Release src/Analyzer.Cli -nologo -v quiet -o "$WORK/ab-bin-base" >/dev/null)
(cd "$ROOT" && dotnet build -c Release src/Analyzer.Cli -nologo -v quiet -o "$WORK/ab-bin-head" >/dev/null)

LOADAVG="$(cut -d' ' -f1-3 /proc/loadavg)"
rows=()
for f in "$KERNEL" "$ACCESS"; do
  : >"$TMP/base.times"
  : >"$TMP/head.times"
  for ((i = 1; i <= RUNS; i++)); do
    for v in base head; do
      time_run "$TMP/$v.times" dotnet "$WORK/ab-bin-$v/triage.dll" analyze "$f" --format json --output "$TMP/$v.json" \
        >/dev/null 2>&1 || true
      log "$(basename "$f") $v run $i/$RUNS: $(describe_time)"
    done
  done
  # Same report apart from the rule list (HEAD may carry more rules): findings, verdict, inputs, tables.
  same="$(python3 - "$TMP/base.json" "$TMP/head.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
for d in (a, b):
    d.pop("rules", None); d.pop("toolVersion", None)
print("yes" if a == b else "no")
PY
)"
  mb="$(stat -c %s "$f" | awk '{printf "%.0f", $1/1048576}')"
  row="| \`$(basename "$f")\` | $mb"
  for v in base head; do
    row+=" | $(median_col 3 "$TMP/$v.times") | $(median_col 1 "$TMP/$v.times") | $(median_col 2 "$TMP/$v.times" | awk '{printf "%.0f", $1/1024}')"
  done
  cpu_b="$(median_col 3 "$TMP/base.times")"
  cpu_h="$(median_col 3 "$TMP/head.times")"
  row+=" | $(awk -v b="$cpu_b" -v h="$cpu_h" 'BEGIN {printf "%+.0f%%", (h - b) / b * 100}') | $same |"
  rows+=("$row")
done

{
  echo "# Benchmark: the transport layer's cost (A/B against $BASE)"
  echo
  echo "- Date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "- Machine: $(nproc) CPUs, $(uname -sr); load average at start: $LOADAVG"
  echo "- Method: whole process, \`/usr/bin/time\`, $RUNS alternating pairs, medians;"
  echo "  \`triage analyze <input> --format json\`, Release builds of $BASE and of the working tree"
  echo
  echo "| input | MB | base CPU s | base wall s | base RSS MB | head CPU s | head wall s | head RSS MB | CPU change | same report |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "A kernel log whose head shows no carrier the parsers cannot read themselves takes the transport's pass-through"
  echo "path (the original stream, not a copy), so the only added cost is learning the wrapper from the head."
} >"$RESULTS/transport-ab.md"
cat "$RESULTS/transport-ab.md"
