#!/usr/bin/env bash
# Start-up and small-input cost of the Native AOT binary against the JIT build (and panicparse on the same Go crash
# log), plus `rules check` / `rules test` over rules/, with hyperfine. Results: bench/results/aot-start.md
#
#   bash bench/aot-start.sh           # RUNS=20 by default
#
# Builds both: `dotnet publish -c Release -r linux-x64 -p:PublishAot=true` and `dotnet build -c Release`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS="${RUNS:-20}"
command -v hyperfine >/dev/null || die "hyperfine missing: apt-get install hyperfine"

AOT_DIR="$WORK/aot"
JIT_DIR="$WORK/jit"
log "publishing the Native AOT binary into $AOT_DIR"
(cd "$ROOT" && run_bg dotnet publish src/Analyzer.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$AOT_DIR" -nologo -v quiet >"$TMP/aot.log" 2>&1) \
  || { tail -n 20 "$TMP/aot.log" >&2; die "AOT publish failed"; }
log "building the JIT build into $JIT_DIR"
(cd "$ROOT" && run_bg dotnet build src/Analyzer.Cli -c Release -o "$JIT_DIR" -nologo -v quiet >"$TMP/jit.log" 2>&1) \
  || { tail -n 20 "$TMP/jit.log" >&2; die "JIT build failed"; }

AOT="$AOT_DIR/triage"
JIT="dotnet $JIT_DIR/triage.dll"
CRASH="$ROOT/fixtures/go-concurrent-map-writes/stderr.txt"
LOADAVG="$(cut -d' ' -f1-3 /proc/loadavg)"
hf() { hyperfine --runs "$RUNS" --warmup 2 --ignore-failure --export-markdown "$TMP/$1.md" "${@:2}" >&2; cat "$TMP/$1.md"; }

crash_cmds=(-n "triage (AOT)" "$AOT analyze $CRASH --format json --output /dev/null"
  -n "triage (JIT)" "$JIT analyze $CRASH --format json --output /dev/null")
if command -v panicparse >/dev/null; then
  crash_cmds+=(-n panicparse "panicparse -parse=false -rebase=false -no-color $CRASH >/dev/null 2>&1")
else
  log "panicparse not installed (apt-get install panicparse); skipping it"
fi
log "hyperfine: a Go crash log"
CRASH_MD="$(hf crash "${crash_cmds[@]}")"
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
