#!/usr/bin/env bash
# Issue 11's large-input targets for the Native AOT binary, each beside its peer on the same file, whole process:
#   - the 200,000-goroutine debug=2 dump      vs panicparse (wall and peak memory)
#   - a 1 GB kernel log                        vs `rg -c kernel:`
#   - a 1 GB JuiceFS access log                vs `rg -c '<[0-9.]+>$'` (every operation line ends in its duration)
#   - the same logs cut to 100 MB              (peak memory must not grow with the file)
#   - the real sos report fixture (fixtures/sos-debian.tar.xz)
# Results: bench/results/aot-throughput.md
#
#   AOT_BIN=/tmp/triage-aot/triage bash bench/aot-throughput.sh   # RUNS=3 by default
#
# The inputs are made by the other scripts (goroutine-dump.sh, kernel-log.sh, juicefs-accesslog.sh) into bench/work;
# run those once first. Without AOT_BIN the binary is published into bench/work/aot (minutes).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS="${RUNS:-3}"
need_time
command -v hyperfine >/dev/null || die "hyperfine missing: apt-get install hyperfine"
command -v rg >/dev/null || die "ripgrep missing: apt-get install ripgrep"
command -v panicparse >/dev/null || die "panicparse missing: apt-get install panicparse"

aot_binary
DUMP="$WORK/goroutines-200k.txt"
KERNEL="$WORK/kernel-1024m.log"
ACCESS="$WORK/access-1G.accesslog"
SOS="$ROOT/fixtures/sos-debian.tar.xz"
for f in "$DUMP" "$KERNEL" "$ACCESS"; do
  [[ -s $f ]] || die "$f missing: run bench/goroutine-dump.sh, bench/kernel-log.sh and bench/juicefs-accesslog.sh once"
done
cut_100m() { local out="$WORK/$(basename "$1").100m"; [[ -s $out ]] || head -c $((100 * 1024 * 1024)) "$1" | sed '$d' >"$out"; echo "$out"; }
KERNEL_100M="$(cut_100m "$KERNEL")"
ACCESS_100M="$(cut_100m "$ACCESS")"
LOADAVG="$(cut -d' ' -f1-3 /proc/loadavg)"

# pair NAME FILE PEER-COMMAND: hyperfine of triage and the peer on FILE; a table row with both means, the ratio and
# both peak RSS values (one extra run of each under /usr/bin/time).
ROWS=""
pair() {
  local name=$1 file=$2 peer=$3
  log "$name"
  hyperfine -N --runs "$RUNS" --warmup 1 --ignore-failure --export-json "$TMP/h.json" \
    "$AOT_BIN analyze $file --format json --output /dev/null" "$peer" >/dev/null 2>&1
  /usr/bin/time -f '%M' -o "$TMP/t1" "$AOT_BIN" analyze "$file" --format json --output /dev/null >/dev/null 2>&1 || true
  # The peer command is split on spaces like hyperfine -N does (no shell: its pattern holds '<', '>' and '[').
  set -f
  # shellcheck disable=SC2086
  /usr/bin/time -f '%M' -o "$TMP/t2" $peer >/dev/null 2>&1 || true
  set +f
  ROWS+="$(python3 - "$TMP/h.json" "$name" "$(stat -c %s "$file")" "$(tail -n1 "$TMP/t1")" "$(tail -n1 "$TMP/t2")" "$peer" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
t, p = r[0]["mean"], r[1]["mean"]
peer = sys.argv[6].split(" ")[0]
print(f"| {sys.argv[2]} | {int(sys.argv[3]) / 1e6:.1f} MB | {t:.3f} s | {int(sys.argv[4]) / 1024:.0f} MiB | {peer} {p:.3f} s | {int(sys.argv[5]) / 1024:.0f} MiB | {t / p:.2f}× |")
PY
)"$'\n'
}

pair "200k-goroutine dump" "$DUMP" "panicparse -aggressive -parse=false -rebase=false -no-color $DUMP"
pair "kernel log, 100 MB" "$KERNEL_100M" "rg -c kernel: $KERNEL_100M"
pair "kernel log, 1 GB" "$KERNEL" "rg -c kernel: $KERNEL"
pair "access log, 100 MB" "$ACCESS_100M" "rg -c <[0-9.]+>\$ $ACCESS_100M"
pair "access log, 1 GB" "$ACCESS" "rg -c <[0-9.]+>\$ $ACCESS"

log "sos report"
hyperfine -N --runs "$((RUNS * 3))" --warmup 1 --ignore-failure --export-markdown "$TMP/sos.md" \
  -n "triage (AOT) sos-debian.tar.xz" "$AOT_BIN analyze $SOS --format json --output /dev/null" >/dev/null 2>&1

{
  echo "# Benchmark: Native AOT on large inputs, beside the peer tools"
  echo
  echo "- Date: $(date -u +%Y-%m-%dT%H:%M:%SZ); $(nproc) CPUs, $(uname -sr); load average at the start: $LOADAVG"
  echo "- triage: the Native AOT binary, \`analyze FILE --format json --output /dev/null\`; hyperfine -N, $RUNS runs after 1 warm-up (means);"
  echo "  peak RSS from one more run of each under /usr/bin/time"
  echo
  echo "| input | size | triage | triage peak | peer | peer peak | ratio |"
  echo "|---|---:|---:|---:|---|---:|---:|"
  printf '%s' "$ROWS"
  echo
  echo "## A real sos report (\`fixtures/sos-debian.tar.xz\`)"
  echo
  cat "$TMP/sos.md"
} | sed "s#$ROOT/##g; s#$WORK#bench/work#g" >"$RESULTS/aot-throughput.md"
log "wrote $RESULTS/aot-throughput.md"
cat "$RESULTS/aot-throughput.md"
