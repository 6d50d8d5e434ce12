#!/usr/bin/env bash
# Whole-process benchmark of the kernel-log parser on a 1 GB syslog-style
# kernel log and on cuts of it (10 MB, 100 MB): wall time, MB/s and peak RSS of
#   triage analyze <log> --format json --output /dev/null
# each run RUNS times (default 3; the median is reported). Peak RSS that stays
# flat from 10 MB to 1 GB shows that memory does not grow with the file.
# Results: bench/results/kernel-log.md
#
#   bash bench/kernel-log.sh
#
# Environment:
#   RUNS=3                 runs per size
#   SIZE_MB=1024           size of the big log
#   TRIAGE_ARTIFACTS=dir   where dotnet builds (default bench/work/artifacts)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS="${RUNS:-3}"
SIZE_MB="${SIZE_MB:-1024}"
BIG="$WORK/kernel-${SIZE_MB}m.log"

need_time

# ---- 1. the logs -----------------------------------------------------------
if [[ ! -s $BIG ]]; then
  command -v go >/dev/null 2>&1 || die "'go' not found: apt-get install golang-go"
  log "generating $BIG ($SIZE_MB MB)"
  (cd "$ROOT/fixtures/gen" && go_env go build -trimpath -o "$TMP/bigkernellog" ./cmd/bigkernellog)
  run_bg "$TMP/bigkernellog" -size $((SIZE_MB * 1024 * 1024)) "$BIG.partial" 2>"$TMP/gen.err"
  cat "$TMP/gen.err" >&2
  mv "$BIG.partial" "$BIG"
fi
# cut MB: the first MB megabytes of the big log, ending at a line break.
cut_log() {
  local mb=$1 out="$WORK/kernel-${1}m-cut.log"
  if [[ ! -s $out || $out -ot $BIG ]]; then
    head -c $((mb * 1024 * 1024)) "$BIG" | sed '$d' >"$out"
  fi
  echo "$out"
}
FILES=("$(cut_log 10)" "$(cut_log 100)" "$BIG")

# ---- 2. triage -------------------------------------------------------------
build_triage || die "$TRIAGE_NOTE"

# ---- 3. measurements -------------------------------------------------------
LOADAVG="$(cut -d' ' -f1-3 /proc/loadavg)"
rows=()
for f in "${FILES[@]}"; do
  bytes="$(stat -c %s "$f")"
  lines="$(wc -l <"$f")"
  # One run into a real file: the analysis must complete (exit 0/1) and say what it found.
  rc=0
  run_bg "${TRIAGE[@]}" analyze "$f" --format json --output "$TMP/report.json" >/dev/null 2>"$TMP/err" || rc=$?
  if [[ $rc -ge 2 ]]; then cat "$TMP/err" >&2; echo "kernel-log.sh: triage exited $rc on $f" >&2; exit 1; fi
  summary="$(python3 - "$TMP/report.json" <<'PY' 2>/dev/null || echo "?"
import json, sys
d = json.load(open(sys.argv[1]))
i = d["inputs"][0]
print(f'{i["status"]}, {i["facts"]} facts, {len(d["findings"])} findings, verdict {d["verdict"]}')
PY
)"
  : >"$TMP/times"
  for ((i = 1; i <= RUNS; i++)); do
    time_run "$TMP/times" "${TRIAGE[@]}" analyze "$f" --format json --output /dev/null >/dev/null 2>"$TMP/err" || true
    log "$(basename "$f") run $i/$RUNS: $(describe_time)"
  done
  wall="$(median_col 1 "$TMP/times")"
  cpu="$(median_col 3 "$TMP/times")"
  rss="$(median_col 2 "$TMP/times")"
  rows+=("$(awk -v b="$bytes" -v l="$lines" -v w="$wall" -v c="$cpu" -v r="$rss" -v n="$(basename "$f")" -v s="$summary" \
    'BEGIN {printf "| `%s` | %.0f | %d | %.2f | %.2f | %.1f | %.1f | %.0f | %s |", n, b/1048576, l, w, c, b/1048576/w, b/1048576/c, r/1024, s}')")
done

# ---- 4. report -------------------------------------------------------------
{
  echo "# Benchmark: kernel log (syslog form) at 10 MB, 100 MB and ${SIZE_MB} MB"
  echo
  echo "- Date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "- Machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr)"
  echo "- Input: \`bench/work/kernel-${SIZE_MB}m.log\` from \`fixtures/gen/cmd/bigkernellog\` (fixed seed): RFC3164 syslog with"
  echo "  \`host kernel: [uptime]\` prefixes, firewall/audit/USB/EXT4 chatter, systemd/CRON/sshd lines interleaved, and one"
  echo "  kernel report per ~20,000 lines on average (hung tasks with 19-frame traces, soft lockups, Oopses, OOM kills"
  echo "  with 40-row task tables, ZFS VERIFY/PANIC, 200-line I/O error floods, Lustre timeouts/evictions). The 10 MB and"
  echo "  100 MB inputs are the first megabytes of the same file (cut at a line break)."
  echo "- Load average when the measurements started: $LOADAVG (other work on the machine inflates wall time; CPU time is steadier)"
  echo "- Method: whole process (start-up included), \`/usr/bin/time -f '%e %M %U %S'\`, median of $RUNS runs,"
  echo "  \`triage analyze <log> --format json --output /dev/null\`, Release build"
  echo
  echo "| Input | MB | Lines | Wall (s) | CPU user+sys (s) | MB/s (wall) | MB/s (CPU) | Peak RSS (MB) | Result |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Peak RSS is the whole process (runtime, rules engine, report); the parser itself keeps one open report, one OOM"
  echo "scratch and per-device / per-target counters, so RSS does not follow the input size."
} >"$RESULTS/kernel-log.md"
echo
cat "$RESULTS/kernel-log.md"
