#!/usr/bin/env bash
# Whole-process benchmark of the host-snapshot parsers on the biggest inputs a collector produces:
#   - ps-100k.txt: `ps aux` of 100,000 processes (2% in D state across 5 commands, 1% zombies)
#   - iostat-day.txt: `iostat -x -t 1` left running for a day (86,400 reports, 4 devices, sysstat 12.4 header)
# Each: wall time and peak RSS of `triage analyze <file> --format json --output /dev/null`, RUNS times (median),
# plus the facts it produced (bounded: ps keeps 500 D-state processes and the 10 busiest; iostat the last 5,000
# samples and one summary per device). Results: bench/results/host-snapshots.md
#
#   bash bench/host-snapshots.sh
#
# Environment: RUNS=3, TRIAGE_ARTIFACTS=dir (default bench/work/artifacts)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS="${RUNS:-3}"
need_time
command -v python3 >/dev/null || die "python3 missing"

PS="$WORK/ps-100k.txt"
IOSTAT="$WORK/iostat-day.txt"
if [[ ! -s $PS ]]; then
  python3 - "$PS" <<'PY'
import sys
comms = ["rsync", "tar", "postgres", "java", "nfsd"]
with open(sys.argv[1], "w") as f:
    f.write("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n")
    for pid in range(1, 100_001):
        state = "D" if pid % 50 == 0 else "Z" if pid % 100 == 1 else "R" if pid % 13 == 0 else "S"
        cmd = f"/usr/bin/{comms[pid % 5]} --worker {pid % 7}" if state == "D" else f"/usr/sbin/httpd -DFOREGROUND -k start -f /etc/httpd/conf/httpd-{pid % 9}.conf"
        f.write(f"www      {pid:7d} {pid % 997 / 10:4.1f}  0.1 123456  4096 ?        {state}    10:00   0:00 {cmd}\n")
PY
fi
if [[ ! -s $IOSTAT ]]; then
  python3 - "$IOSTAT" <<'PY'
import sys
hdr = "Device            r/s     rkB/s   rrqm/s  %rrqm r_await rareq-sz     w/s     wkB/s   wrqm/s  %wrqm w_await wareq-sz     d/s     dkB/s   drqm/s  %drqm d_await dareq-sz     f/s f_await  aqu-sz  %util\n"
with open(sys.argv[1], "w") as f:
    f.write("Linux 6.1.0-18-amd64 (host01) \t11/29/26 \t_x86_64_\t(16 CPU)\n\n")
    for i in range(86_400):
        h, m, s = i // 3600, i // 60 % 60, i % 60
        f.write(f"11/29/26 {h:02d}:{m:02d}:{s:02d}\navg-cpu:  %user   %nice %system %iowait  %steal   %idle\n           5.00    0.00    2.00    1.00    0.00   92.00\n\n")
        f.write(hdr)
        for d, dev in enumerate(["sda", "sdb", "nvme0n1", "dm-0"]):
            util = (i * 7 + d * 13) % 101
            f.write(f"{dev:<12} {100+d:8.2f} {4000+i%500:9.2f} {0:8.2f} {0:6.2f} {1.5+d:7.2f} {40:8.2f} {200+d:7.2f} {8000:9.2f} {5:8.2f} {2:6.2f} {3.0+d:7.2f} {40:8.2f} {0:7.2f} {0:9.2f} {0:8.2f} {0:6.2f} {0:7.2f} {0:8.2f} {0:7.2f} {0:7.2f} {1.2:7.2f} {util:6.2f}\n")
        f.write("\n\n")
PY
fi

build_triage || die "$TRIAGE_NOTE"
CLI="$TRIAGE_DLL"

measure_file() { # file → "seconds rss_kb"
  local times=() rss=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time.out" dotnet "$CLI" analyze "$1" --format json --output /dev/null
    read -r t r <"$WORK/time.out"; times+=("$t"); rss+=("$r")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p" | tr '\n' ' '
  printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}
facts() { dotnet "$CLI" analyze "$1" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(i["facts"] for i in d["inputs"]))'; }

{
  echo "# Host snapshot parsers: biggest inputs"
  echo
  echo "\`bash bench/host-snapshots.sh\` on $(nproc) CPUs, $(date -u +%Y-%m-%d), RUNS=$RUNS (median)."
  echo
  echo "| input | size | wall s | peak RSS MB | facts |"
  echo "|---|---:|---:|---:|---:|"
  for f in "$PS" "$IOSTAT"; do
    read -r t r < <(measure_file "$f")
    echo "| \`$(basename "$f")\` | $(( $(stat -c %s "$f") / 1024 / 1024 )) MB | $t | $(( r / 1024 )) | $(facts "$f") |"
  done
} | tee "$RESULTS/host-snapshots.md"
