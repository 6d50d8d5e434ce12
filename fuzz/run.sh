#!/usr/bin/env bash
# Coverage-guided fuzzing of one target with SharpFuzz + AFL++ (Debian's afl++ package):
#   fuzz/run.sh TARGET SECONDS        targets: go linux zfs juicefs lustre transport archives rules
# Publishes fuzz/Fuzz.csproj once per run into fuzz/out/bin, instruments Analyzer.dll (and Analyzer.Rules.dll)
# with the sharpfuzz tool (fuzz/dotnet-tools.json), seeds from fixtures/, runs afl-fuzz for SECONDS and prints
# executions, edges and crashes/hangs from AFL's fuzzer_stats. Exits 1 when AFL saved a crash or a hang: each
# is in fuzz/out/TARGET/default/{crashes,hangs}; replay one with
#   dotnet fuzz/out/plain/Fuzz.dll TARGET --replay FILE
# (the uninstrumented build: instrumented code writes to AFL's shared memory and needs afl-fuzz around it).
# FUZZ_SKIP_BUILD=1 reuses fuzz/out/bin (several targets in a row).
set -euo pipefail
target=${1:?usage: fuzz/run.sh TARGET SECONDS}
seconds=${2:?usage: fuzz/run.sh TARGET SECONDS}
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=$here/out
bin=$out/bin
plain=$out/plain

if ! command -v afl-fuzz >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi

if [ "${FUZZ_SKIP_BUILD:-}" != 1 ] || [ ! -f "$bin/Fuzz.dll" ]; then
  rm -rf "$bin" "$plain"
  (cd "$here" && dotnet tool restore >/dev/null)
  dotnet publish "$here/Fuzz.csproj" -c Release -o "$plain" -nologo -v quiet >/dev/null
  cp -r "$plain" "$bin"
  (cd "$here" && dotnet sharpfuzz "$bin/Analyzer.dll" && dotnet sharpfuzz "$bin/Analyzer.Rules.dll")
fi

seeds=$out/seeds/$target
"$here/seeds.sh" "$target" "$seeds"

findings=$out/$target
rm -rf "$findings"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_FAST_CAL=1 TRIAGE_FUZZ_RULES=$root/rules DOTNET_TieredPGO=0
# -t: a .NET process needs time to start; an input that runs past 10 s is a hang by the issue's own measure.
afl-fuzz -V "$seconds" -t 10000 -m none -i "$seeds" -o "$findings" -- dotnet "$bin/Fuzz.dll" "$target" >"$out/$target.log" 2>&1 || {
  tail -20 "$out/$target.log"; exit 2; }

stats=$findings/default/fuzzer_stats
value() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
echo "$target: $(value execs_done) executions in $(value run_time) s, $(value edges_found) edges of $(value total_edges)" \
     "($(value bitmap_cvg)), corpus $(value corpus_count), crashes $(value saved_crashes), hangs $(value saved_hangs)"
[ "$(value saved_crashes)" = 0 ] && [ "$(value saved_hangs)" = 0 ]
