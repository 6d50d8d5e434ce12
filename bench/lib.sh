# Sourced by the bench/*.sh scripts (after `set -euo pipefail`): the paths, a temp directory removed on exit, logging,
# the Release build of triage, and whole-process runs under GNU time.
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# Sets ROOT, WORK (git-ignored bench/work), RESULTS (bench/results), TMP, and exports TRIAGE_ARTIFACTS (where dotnet
# builds; default bench/work/artifacts).

BENCH="$(basename "$0")"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$ROOT/bench/work"
RESULTS="$ROOT/bench/results"
export TRIAGE_ARTIFACTS="${TRIAGE_ARTIFACTS:-$WORK/artifacts}"
mkdir -p "$WORK" "$RESULTS"
TMP="$(mktemp -d "$WORK/tmp.XXXXXX")"
CHILD=""
bench_cleanup() {
  [[ $BASHPID == "$$" ]] || return 0 # subshells (bash may run EXIT traps there) do not clean up
  [[ -n $CHILD ]] && kill "$CHILD" 2>/dev/null || true
  rm -rf "$TMP"
}
trap bench_cleanup EXIT
trap 'echo "$BENCH: interrupted" >&2; exit 130' INT TERM

log() { printf '[%5ss] %s\n' "$SECONDS" "$*" >&2; }
die() { echo "$BENCH: $*" >&2; exit 1; }

# run_bg CMD...: run a command in the background (so the trap can kill it) and wait.
run_bg() {
  "$@" & CHILD=$!
  local rc=0
  wait "$CHILD" || rc=$?
  CHILD=""
  return "$rc"
}

need_time() { [[ -x /usr/bin/time ]] || die "/usr/bin/time missing: apt-get install time"; }

# Go builds of the fixture generators: offline, this machine's toolchain.
go_env() { GOPROXY=off GOTOOLCHAIN=local GOFLAGS="" GOWORK=off "$@"; }

# aot_binary: sets AOT_BIN to the Native AOT binary: the one given in AOT_BIN, else one published into bench/work/aot
# (`dotnet publish -c Release -r linux-x64 -p:PublishAot=true`, minutes).
aot_binary() {
  [[ -n ${AOT_BIN:-} ]] && return 0
  log "publishing the Native AOT binary into $WORK/aot"
  (cd "$ROOT" && run_bg dotnet publish src/Analyzer.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$WORK/aot" -nologo -v quiet >"$TMP/aot.log" 2>&1) \
    || { tail -n 20 "$TMP/aot.log" >&2; die "AOT publish failed"; }
  AOT_BIN="$WORK/aot/triage"
}

# build_triage: `dotnet build -c Release src/Analyzer.Cli`; sets TRIAGE_DLL (the built triage.dll, not the reference
# assembly under obj/.../ref/) and TRIAGE (the apphost when there is one, else dotnet + the DLL). On failure returns 1
# with TRIAGE_NOTE saying why (the tail of the build log goes to stderr). With AOT_BIN set (a published Native AOT
# binary), TRIAGE is that binary and nothing is built.
build_triage() {
  TRIAGE=() TRIAGE_DLL="" TRIAGE_NOTE=""
  if [[ -n ${AOT_BIN:-} ]]; then
    [[ -x $AOT_BIN ]] || { TRIAGE_NOTE="AOT_BIN=$AOT_BIN is not an executable"; return 1; }
    TRIAGE=("$AOT_BIN")
    return 0
  fi
  if ! command -v dotnet >/dev/null 2>&1; then
    TRIAGE_NOTE="dotnet is not installed"
    return 1
  fi
  if ! (cd "$ROOT" && run_bg dotnet build -c Release src/Analyzer.Cli -nologo -v quiet >"$TMP/build.log" 2>&1); then
    tail -n 20 "$TMP/build.log" >&2
    TRIAGE_NOTE="\`dotnet build -c Release src/Analyzer.Cli\` failed (see the build log below)"
    return 1
  fi
  TRIAGE_DLL="$(find "$TRIAGE_ARTIFACTS/bin" "$ROOT/src/Analyzer.Cli/bin" -name triage.dll -path '*elease*' \
    -not -path '*/ref/*' 2>/dev/null | head -n1 || true)"
  if [[ -z $TRIAGE_DLL ]]; then
    TRIAGE_NOTE="the build produced no triage.dll"
    return 1
  fi
  if [[ -x ${TRIAGE_DLL%.dll} ]]; then TRIAGE=("${TRIAGE_DLL%.dll}"); else TRIAGE=(dotnet "$TRIAGE_DLL"); fi
}

# time_run TIMES CMD...: one run of CMD under `/usr/bin/time -f '%e %M %U %S'` (wall s, peak RSS KB, user s, sys s),
# whose line is appended to the file TIMES; returns CMD's exit status. Redirect the command's output around the call.
time_run() {
  local times=$1 rc=0
  shift
  run_bg /usr/bin/time -f '%e %M %U %S' -o "$TMP/time" "$@" || rc=$?
  tail -n1 "$TMP/time" >>"$times"
  return "$rc"
}

# describe_time: the last line of $TMP/time as "W s wall, C s CPU, R MB peak RSS".
describe_time() { tail -n1 "$TMP/time" | awk '{printf "%s s wall, %.2f s CPU, %.0f MB peak RSS", $1, $3+$4, $2/1024}'; }

# median: the median of the numbers on stdin (the mean of the middle two for an even count).
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# median_col COLUMN TIMES: the median of a column of a time_run file (1 wall, 2 peak RSS, 3 user+sys).
median_col() { awk -v c="$1" '{print (c == 3 ? $3 + $4 : $c)}' "$2" | median; }

# measure NAME CMD...: RUNS runs of CMD (output to /dev/null, stderr kept in $TMP/NAME.err); prints the medians of
# wall seconds, peak RSS KB and CPU (user+sys) seconds. Fails on an exit status of 2 or more (1 means findings).
measure() {
  local name=$1 i rc
  shift
  : >"$TMP/$name.times"
  for ((i = 1; i <= RUNS; i++)); do
    rc=0
    time_run "$TMP/$name.times" "$@" >/dev/null 2>"$TMP/$name.err" || rc=$?
    if [[ $rc -ge 2 ]]; then
      log "$name: exit status $rc"; cat "$TMP/$name.err" >&2; return 1
    fi
    log "$name run $i/$RUNS: $(describe_time)"
  done
  echo "$(median_col 1 "$TMP/$name.times") $(median_col 2 "$TMP/$name.times") $(median_col 3 "$TMP/$name.times")"
}
