#!/usr/bin/env bash
# Whole-process benchmark on a 200,000-goroutine dump (goroutine?debug=2
# format, ~99 MB): wall time and peak RSS of
#   (a) triage analyze <dump> --format json --output /dev/null
#   (b) panicparse on the same file, output to /dev/null
# each run RUNS times (default 5; the median is reported), plus a hyperfine
# comparison when hyperfine is installed. Results: bench/results/goroutine-dump.md
#
#   bash bench/goroutine-dump.sh
#
# Environment:
#   RUNS=5                 runs per tool
#   PANICPARSE_FLAGS=...   override the panicparse flags (see below)
#   HYPERFINE=0            skip the hyperfine pass
#   TRIAGE_ARTIFACTS=dir   where dotnet builds (default bench/work/artifacts)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS="${RUNS:-5}"
DUMP="$WORK/goroutines-200k.txt"
# -aggressive: group goroutines by stack ignoring argument values (what a
#   triage report does too); without it nearly every goroutine is its own
#   bucket because pointer arguments differ, and panicparse is ~4x slower.
# -parse=false -rebase=false: do not look for source files/GOROOT to refine
#   types; the frames' files (trimpath module paths) are not on this machine,
#   and the output is identical either way.
# -no-color: plain text (stdout is /dev/null anyway).
PANICPARSE_FLAGS="${PANICPARSE_FLAGS:--aggressive -parse=false -rebase=false -no-color}"

need_time

# ---- 1. the dump ----------------------------------------------------------
if [[ ! -s $DUMP ]]; then
  command -v go >/dev/null 2>&1 || die "'go' not found: apt-get install golang-go"
  log "generating $DUMP (200,000 goroutines; ~10 s)"
  (cd "$ROOT/fixtures/gen" && go_env go build -trimpath -o "$TMP/bigdump" ./cmd/bigdump)
  run_bg "$TMP/bigdump" -n 200000 "$DUMP.partial"
  mv "$DUMP.partial" "$DUMP"
fi
DUMP_BYTES="$(stat -c %s "$DUMP")"
DUMP_GOROUTINES="$(grep -c '^goroutine [0-9]* \[' "$DUMP")"
log "dump: $DUMP ($DUMP_BYTES bytes, $DUMP_GOROUTINES goroutines)"

# ---- 2. triage ------------------------------------------------------------
build_triage || true
TRIAGE_CMD=()
if [[ ${#TRIAGE[@]} -gt 0 ]]; then
  TRIAGE_CMD=("${TRIAGE[@]}" analyze "$DUMP" --format json --output /dev/null)
  # One smoke run into a real file: exit status 0 or 1 (findings) is a
  # completed analysis, 2 and above means triage could not analyze the file;
  # and it must actually write a JSON report (a stub CLI would not).
  rc=0
  run_bg "${TRIAGE[@]}" analyze "$DUMP" --format json --output "$TMP/smoke.json" \
    >"$TMP/triage.out" 2>"$TMP/triage.err" || rc=$?
  if [[ $rc -ge 2 ]]; then
    TRIAGE_NOTE="\`triage analyze\` exited with status $rc: $(head -c 300 "$TMP/triage.err" | tr '\n' ' ')"
    TRIAGE_CMD=()
  elif [[ ! -s $TMP/smoke.json ]] || ! grep -q '[{[]' "$TMP/smoke.json"; then
    TRIAGE_NOTE="\`triage analyze --format json --output FILE\` exited $rc but wrote no JSON report (the CLI is not implemented yet)"
    TRIAGE_CMD=()
  fi
fi
if [[ ${#TRIAGE_CMD[@]} -eq 0 ]]; then
  log "TRIAGE COULD NOT BE RUN: $TRIAGE_NOTE"
fi

# ---- 3. measurements --------------------------------------------------------
PANICPARSE_CMD=()
if command -v panicparse >/dev/null 2>&1; then
  # shellcheck disable=SC2206 # word splitting of the flag list is intended
  PANICPARSE_CMD=(panicparse $PANICPARSE_FLAGS "$DUMP")
else
  log "panicparse not installed (apt-get install panicparse); skipping it"
fi

LOADAVG="$(cut -d' ' -f1-3 /proc/loadavg)"
rows=()
if [[ ${#TRIAGE_CMD[@]} -gt 0 ]]; then
  read -r t m c < <(measure triage "${TRIAGE_CMD[@]}")
  rows+=("| triage | \`triage analyze <dump> --format json --output /dev/null\` | $t | $c | $(awk -v k="$m" 'BEGIN{printf "%.0f", k/1024}') |")
else
  rows+=("| triage | not run: $TRIAGE_NOTE | – | – | – |")
fi
if [[ ${#PANICPARSE_CMD[@]} -gt 0 ]]; then
  read -r t m c < <(measure panicparse "${PANICPARSE_CMD[@]}")
  rows+=("| panicparse $(dpkg-query -W -f '${Version}' panicparse 2>/dev/null || true) | \`panicparse $PANICPARSE_FLAGS <dump> >/dev/null\` | $t | $c | $(awk -v k="$m" 'BEGIN{printf "%.0f", k/1024}') |")
fi

HYPER=""
if [[ ${HYPERFINE:-1} != 0 ]] && command -v hyperfine >/dev/null 2>&1; then
  hf=(hyperfine --runs "$RUNS" --warmup 1 --export-markdown "$TMP/hyperfine.md")
  q() { printf '%q ' "$@"; }
  [[ ${#TRIAGE_CMD[@]} -gt 0 ]] && hf+=(-n triage "$(q "${TRIAGE_CMD[@]}")")
  [[ ${#PANICPARSE_CMD[@]} -gt 0 ]] && hf+=(-n panicparse "$(q "${PANICPARSE_CMD[@]}") >/dev/null")
  # hyperfine runs commands through a shell; triage exits 1 on findings.
  hf+=(--ignore-failure)
  log "hyperfine pass"
  if run_bg "${hf[@]}" >&2; then HYPER="$(cat "$TMP/hyperfine.md")"; fi
fi

# ---- 4. report ------------------------------------------------------------
{
  echo "# Benchmark: 200,000-goroutine dump"
  echo
  echo "- Date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "- Machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr)"
  echo "- Dump: \`bench/work/goroutines-200k.txt\` from \`fixtures/gen/cmd/bigdump\` ($(go version 2>/dev/null | awk '{print $3}')): $DUMP_BYTES bytes, $DUMP_GOROUTINES goroutines"
  echo "- Load average when the measurements started: $LOADAVG (other work on the machine inflates wall time; CPU time is steadier)"
  echo "- Method: whole process, \`/usr/bin/time -f '%e %M %U %S'\`, median of $RUNS runs each, output to /dev/null"
  echo
  echo "| Tool | Invocation | Wall time (s, median) | CPU user+sys (s, median) | Peak RSS (MB, median) |"
  echo "|---|---|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  if [[ ${#TRIAGE_CMD[@]} -eq 0 ]]; then
    echo
    echo "**triage could not be run:** $TRIAGE_NOTE."
  fi
  if [[ -n $HYPER ]]; then
    echo
    echo "## hyperfine ($RUNS runs, 1 warm-up)"
    echo
    echo "$HYPER"
  fi
} >"$RESULTS/goroutine-dump.md"
echo
cat "$RESULTS/goroutine-dump.md"
