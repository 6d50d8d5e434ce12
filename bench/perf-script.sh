#!/usr/bin/env bash
# Whole-process benchmark of the perf script parser and the bounded stack tree: a generated `perf script` file
# with many distinct stacks (SAMPLES samples, leaves drawn from 200,000 symbols, so the working tree must prune)
# and a 10x smaller cut, each analyzed with
#   triage analyze <file> --format html --output /dev/null
# (parse, -top facts, flame tree, HTML with the SVG). Reports wall time, MB/s and peak RSS (GNU time); a peak RSS
# that stays flat from the small to the big file shows that memory does not grow with the profile.
# Results: bench/results/perf-script.md
#
#   bash bench/perf-script.sh            # SAMPLES=400000 (~100 MB)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SAMPLES="${SAMPLES:-400000}"
need_time

generate() { # samples file
  awk -v n="$1" 'BEGIN {
    srand(42); t = 1000.0
    for (i = 0; i < n; i++) {
      t += 0.000250
      printf "bench %d [%03d] %.6f:     250000 cpu-clock: \n", 4000 + i % 8, i % 8, t
      r = rand()
      if (r < 0.4) printf "\t            1100 hash_block+0x1c (/opt/bench)\n"
      else printf "\t            %x leaf_%d+0x10 (/opt/bench)\n", 8192 + int(rand() * 200000), int(rand() * 200000)
      printf "\t            %x mid_%d+0x22 (/opt/bench)\n", 4096 + i % 5000, int(rand() * 5000)
      if (i % 3 == 0) printf "\tffffffff81000130 entry_SYSCALL_64_after_hwframe+0x76 ([kernel.kallsyms])\n"
      printf "\t            2200 worker+0x30 (/opt/bench)\n\t           891f5 start_thread+0x305 (/usr/lib/x86_64-linux-gnu/libc.so.6)\n\n"
    }
  }' >"$2"
}

big="$WORK/perf-${SAMPLES}.script.txt"
small="$WORK/perf-$((SAMPLES / 10)).script.txt"
[ -s "$big" ] || generate "$SAMPLES" "$big"
[ -s "$small" ] || generate "$((SAMPLES / 10))" "$small"

build_triage || die "$TRIAGE_NOTE"
cli="$TRIAGE_DLL"

{
  echo "# perf script: parse, stack tree and HTML report"
  echo
  echo "\`bash bench/perf-script.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, $(dotnet --version) SDK."
  echo
  echo "| input | size | samples | wall | MB/s | peak RSS |"
  echo "|---|---:|---:|---:|---:|---:|"
  for f in "$small" "$big"; do
    mb=$(awk -v b="$(stat -c %s "$f")" 'BEGIN { printf "%.1f", b / 1048576 }')
    /usr/bin/time -f '%e %M' -o "$WORK/time.txt" dotnet "$cli" analyze "$f" --format html --output /dev/null 2>/dev/null
    read -r wall rss <"$WORK/time.txt"
    echo "| \`$(basename "$f")\` | ${mb} MB | $(grep -c 'cpu-clock:' "$f") | ${wall}s | $(awk -v m="$mb" -v w="$wall" 'BEGIN { printf "%.0f", m / w }') | $((rss / 1024)) MB |"
  done
} | tee "$RESULTS/perf-script.md"
