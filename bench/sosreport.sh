#!/usr/bin/env bash
# Whole-process benchmark: a fresh, unscrubbed `sos report --batch` tarball of this machine, analysed by
#   triage analyze <sosreport.tar.xz> --format json --output FILE
# RUNS times (default 5; the median is reported): wall time, CPU time, peak RSS. It also checks the claim that the
# tarball is ingested whole: every member of the tarball (files and links) appears in the JSON inventory.
# The tarball stays in the git-ignored bench/work/ (it holds host details). Results: bench/results/sosreport.md
#
#   sudo bash bench/sosreport.sh            # sos needs root; apt-get install sosreport
#
# Environment:
#   RUNS=5                 runs
#   SOS_TARBALL=path       analyse this tarball instead of capturing a fresh one
#   TRIAGE_ARTIFACTS=dir   where dotnet builds (default bench/work/artifacts)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS="${RUNS:-5}"
need_time

# ---- 1. the tarball -----------------------------------------------------------------------------------------
if [[ -n ${SOS_TARBALL:-} ]]; then
  TARBALL="$SOS_TARBALL"
else
  command -v sos >/dev/null 2>&1 || die "sos not found: apt-get install sosreport"
  OUTDIR="$WORK/sos-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$OUTDIR"
  log "capturing a fresh sosreport into $OUTDIR (a minute or two)"
  SOS_START=$SECONDS
  timeout 900 sos report --batch --tmp-dir "$OUTDIR" >"$OUTDIR/sos.log" 2>&1 || { tail -20 "$OUTDIR/sos.log" >&2; exit 1; }
  SOS_SECONDS=$((SECONDS - SOS_START))
  TARBALL="$(ls "$OUTDIR"/sosreport-*.tar.xz)"
fi
TAR_BYTES="$(stat -c %s "$TARBALL")"
read -r MEMBERS UNPACKED < <(python3 -c '
import sys, tarfile
with tarfile.open(sys.argv[1]) as t:
    ms = [m for m in t.getmembers() if not m.isdir()]
print(len(ms), sum(m.size for m in ms if m.isfile()))' "$TARBALL")
SOS_VERSION="$(dpkg-query -W -f '${Version}' sosreport 2>/dev/null || echo unknown)"
log "tarball: $TARBALL ($TAR_BYTES bytes, $MEMBERS members, $UNPACKED bytes unpacked)"

# ---- 2. triage (Release) ------------------------------------------------------------------------------------
build_triage || die "$TRIAGE_NOTE"

# ---- 3. measurements ----------------------------------------------------------------------------------------
: >"$TMP/times"
for ((i = 1; i <= RUNS; i++)); do
  rc=0
  time_run "$TMP/times" "${TRIAGE[@]}" analyze "$TARBALL" --format json --output "$TMP/report.json" \
    >/dev/null 2>"$TMP/err" || rc=$?
  [[ $rc -lt 2 ]] || { cat "$TMP/err" >&2; exit 1; }
  log "run $i/$RUNS: $(describe_time)"
done
# Baseline: the same command on a one-line file, to separate start-up (and a loaded machine) from the bundle's cost.
echo "nothing" >"$TMP/one-line.txt"
: >"$TMP/base"
for ((i = 1; i <= RUNS; i++)); do
  time_run "$TMP/base" "${TRIAGE[@]}" analyze "$TMP/one-line.txt" --format json --output /dev/null >/dev/null 2>&1 || true
done
BASE_WALL="$(awk '{print $1}' "$TMP/base" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
BASE_CPU="$(awk '{print $3 + $4}' "$TMP/base" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"

# The lower middle run (not the mean of the middle two, as lib.sh's median).
median_run() { awk -v c="$1" '{print (c == 3 ? $3 + $4 : $c)}' "$TMP/times" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
WALL="$(median_run 1)"; RSS_KB="$(median_run 2)"; CPU="$(median_run 3)"

# Whole? Every member in the inventory, by path (the archive record for a nested .xz file is extra).
python3 - "$TMP/report.json" "$TARBALL" >"$TMP/check" <<'PY'
import collections, json, sys, tarfile
report = json.load(open(sys.argv[1]))
paths = {i["path"] for i in report["inputs"]}
with tarfile.open(sys.argv[2]) as t:
    members = [m.name.lstrip("./") for m in t.getmembers() if not m.isdir()]
# The bundle reader turns a backslash in a member name into '/' (Windows separators): compare the same way.
missing = [m for m in members if m not in paths and m.replace("\\", "/") not in paths]
status = collections.Counter(i["status"] for i in report["inputs"])
formats = collections.Counter(i["format"] for i in report["inputs"] if i["status"] in ("parsed", "partial"))
sos = sum(1 for i in report["inputs"] for p in i["problems"] if "under sos" in p or "sos truncated" in p or "sos plugin" in p)
print("\t".join([str(len(report["inputs"])), str(len(missing)), ", ".join(f"{k} {v}" for k, v in sorted(status.items())),
      ", ".join(f"{k} {v}" for k, v in sorted(formats.items())) or "-", str(sos), report["verdict"]]))
PY
IFS=$'\t' read -r INPUTS MISSING STATUSES FORMATS SOS_FLAGS VERDICT <"$TMP/check" || true
log "inventory: $INPUTS inputs, $MISSING members missing; $STATUSES; sos-flagged $SOS_FLAGS; verdict $VERDICT"
UNDER=$(awk -v w="$WALL" 'BEGIN {print (w < 2.0) ? "yes" : "NO"}')

cat >"$RESULTS/sosreport.md" <<MD
# sosreport ingestion: \`triage analyze\` on a fresh \`sos report --batch\` tarball

Claim: a fresh \`sos report --batch\` tarball of this machine is ingested whole — every entry in the inventory — in
under 2 seconds. Measured by \`bench/sosreport.sh\` ($(date -u +%Y-%m-%d), $(nproc) CPUs shared with other work,
$(dotnet --version 2>/dev/null | sed 's/^/.NET SDK /'), Release build, median of $RUNS runs).

| | |
|---|---|
| sos | $SOS_VERSION (Debian package), whole default run${SOS_SECONDS:+, capture took ${SOS_SECONDS} s} |
| tarball | $TAR_BYTES bytes .tar.xz, $MEMBERS members (files and links), $UNPACKED bytes unpacked |
| command | \`triage analyze <sosreport>.tar.xz --format json --output FILE\` |
| wall time (median) | **$WALL s** — under 2 s: **$UNDER** |
| CPU time user+sys (median) | $CPU s |
| baseline: the same command on a one-line file | $BASE_WALL s wall, $BASE_CPU s CPU (process start-up, runtime, rule loading) |
| machine load during the runs | load average $LOAD on $(nproc) CPUs |
| peak RSS (median) | $((RSS_KB / 1024)) MB |
| inventory | $INPUTS inputs; members missing from it: **$MISSING**; $STATUSES |
| recognised formats | $FORMATS |
| inputs the manifest flags (failed/timed out/truncated) | $SOS_FLAGS |
| verdict | $VERDICT |

Every run (wall s, peak RSS KB, user s, sys s):

\`\`\`
$(cat "$TMP/times")
\`\`\`

On an idle machine wall time is close to CPU time; on a loaded one (many processes sharing the CPUs) the difference
is time spent waiting for a CPU, which the baseline row shows for a run that does almost nothing.

Most members are configuration and command output no parser reads yet (\`unrecognized\`, with that reason); links are
\`skipped\` (never followed). The tarball itself is not committed (it holds host details): it is in
\`${TARBALL#"$ROOT"/}\`. The committed, scrubbed and pruned capture is \`fixtures/sos-debian.tar.xz\`.
MD
log "wrote $RESULTS/sosreport.md"
