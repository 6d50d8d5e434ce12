#!/usr/bin/env bash
# Start-up and small-input cost of the Native AOT binary against the JIT build (and panicparse on the same Go crash
# log), plus `rules check` / `rules test` over rules/, with hyperfine. Results: bench/results/aot-start.md
#
#   bash bench/aot-start.sh                        # RUNS=20 by default
#   AOT_BIN=/tmp/triage-aot/triage JIT_DLL=.../triage.dll bash bench/aot-start.sh   # reuse builds (publishing takes minutes)
#
# Builds both: `dotnet publish -c Release -r linux-x64 -p:PublishAot=true` and `dotnet build -c Release`. Every Go
# crash fixture (fixtures/go-*/stderr.txt and the terminal capture) is timed against panicparse on the same file.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS="${RUNS:-20}"
command -v hyperfine >/dev/null || die "hyperfine missing: apt-get install hyperfine"

JIT_DIR="$WORK/jit"
aot_binary
if [[ -z ${JIT_DLL:-} ]]; then
  log "building the JIT build into $JIT_DIR"
  (cd "$ROOT" && run_bg dotnet build src/Analyzer.Cli -c Release -o "$JIT_DIR" -nologo -v quiet >"$TMP/jit.log" 2>&1) \
    || { tail -n 20 "$TMP/jit.log" >&2; die "JIT build failed"; }
  JIT_DLL="$JIT_DIR/triage.dll"
fi

AOT="$AOT_BIN"
JIT="dotnet $JIT_DLL"
CRASH="$ROOT/fixtures/go-concurrent-map-writes/stderr.txt"
LOADAVG="$(cut -d' ' -f1-3 /proc/loadavg)"
hf() { hyperfine --runs "$RUNS" --warmup 2 --ignore-failure --export-markdown "$TMP/$1.md" "${@:2}" >&2; cat "$TMP/$1.md"; }

crash_cmds=(-n "triage (AOT)" "$AOT analyze $CRASH --format json --output /dev/null"
  -n "triage (AOT, Markdown)" "$AOT analyze $CRASH --format markdown --output /dev/null"
  -n "triage (JIT)" "$JIT analyze $CRASH --format json --output /dev/null")
if command -v panicparse >/dev/null; then
  crash_cmds+=(-n panicparse "panicparse -parse=false -rebase=false -no-color $CRASH >/dev/null 2>&1")
else
  log "panicparse not installed (apt-get install panicparse); skipping it"
fi
log "hyperfine: a Go crash log"
CRASH_MD="$(hf crash "${crash_cmds[@]}")"
# Each Go crash fixture: the AOT binary against panicparse on the same file (mean of RUNS, ratio of means).
PER_FILE=""
if command -v panicparse >/dev/null; then
  for f in "$ROOT"/fixtures/go-*/stderr.txt "$ROOT"/fixtures/go-panic-terminal/terminal.typescript; do
    [[ -f $f ]] || continue
    log "hyperfine: $f"
    hyperfine -N --runs "$RUNS" --warmup 2 --ignore-failure --export-json "$TMP/one.json" \
      "$AOT analyze $f --format json --output /dev/null" "panicparse -parse=false -rebase=false -no-color $f" >/dev/null 2>&1
    PER_FILE+="$(python3 - "$TMP/one.json" "$f" "$(wc -c <"$f")" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
t, p = r[0]["mean"] * 1000, r[1]["mean"] * 1000
print(f"| `{sys.argv[2]}` | {sys.argv[3]} | {t:.1f} | {p:.1f} | {t / p:.1f}× |")
PY
)"$'\n'
  done
fi
log "hyperfine: rules check"
CHECK_MD="$(hf check -n "AOT" "$AOT rules check --rules $ROOT/rules" -n "JIT" "$JIT rules check --rules $ROOT/rules")"
log "hyperfine: rules test"
TEST_MD="$(hf test -n "AOT" "$AOT rules test --rules $ROOT/rules" -n "JIT" "$JIT rules test --rules $ROOT/rules")"

{
  echo "# Benchmark: Native AOT start-up"
  echo
  echo "- Date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "- Machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GB RAM", $2/1048576}' /proc/meminfo), $(uname -sr)"
  echo "- Load average when the measurements started: $LOADAVG (other work on the machine inflates wall time)"
  echo "- AOT: \`dotnet publish src/Analyzer.Cli -c Release -r linux-x64 -p:PublishAot=true\` ($(du -h "$AOT" | cut -f1) binary);"
  echo "  JIT: \`dotnet build src/Analyzer.Cli -c Release\`, run as \`dotnet triage.dll\`"
  echo "- Method: hyperfine, $RUNS runs after 2 warm-ups, whole process"
  echo
  echo "## A Go crash log (\`fixtures/go-concurrent-map-writes/stderr.txt\`, $(wc -c <"$CRASH") bytes)"
  echo
  echo "$CRASH_MD"
  echo
  if [[ -n $PER_FILE ]]; then
    echo "## Every Go crash fixture: AOT against panicparse (hyperfine -N, mean of $RUNS runs)"
    echo
    echo "| file | bytes | triage AOT [ms] | panicparse [ms] | ratio |"
    echo "|---|---:|---:|---:|---:|"
    printf '%s' "$PER_FILE"
    echo
  fi
  echo "## \`rules check --rules rules\`"
  echo
  echo "$CHECK_MD"
  echo
  echo "## \`rules test --rules rules\`"
  echo
  echo "$TEST_MD"
} | sed "s#$ROOT/##g; s#$WORK#bench/work#g" >"$RESULTS/aot-start.md"
log "wrote $RESULTS/aot-start.md"
cat "$RESULTS/aot-start.md"
