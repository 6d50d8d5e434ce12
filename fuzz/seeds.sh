#!/usr/bin/env bash
# Seeds for one fuzz target from fixtures/: small files of the target's formats (AFL works best on small inputs).
#   fuzz/seeds.sh TARGET DIR
set -euo pipefail
target=$1 dir=$2
root=$(cd "$(dirname "$0")/.." && pwd)
fixtures=$root/fixtures
rm -rf "$dir" && mkdir -p "$dir"
pick() { # copy fixture files matching find(1) arguments, at most 16 KiB each, into the seed folder
  find "$fixtures" -type f -size -16k "$@" ! -name README.md ! -path '*/gen/*' -print0 |
    while IFS= read -r -d '' f; do cp "$f" "$dir/$(echo "${f#"$fixtures"/}" | tr / _)"; done
}
case $target in
  go) pick \( -path '*/go-*' -o -path '*/perf-*' \) ;;
  linux) pick \( -path '*/host-*' -o -path '*/kernel-*' -o -path '*/oom-*' \) ;;
  zfs) pick -path '*/zfs-*' ;;
  juicefs) pick -path '*/juicefs-*' ;;
  lustre) pick -path '*/lustre-*' ;;
  transport) pick \( -name '*.log' -o -name '*.txt' -o -name 'messages' \) ;;
  archives)
    # Small archives of every container kind, built from one fixture folder.
    tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
    cp -r "$fixtures/kernel-oops" "$tmp/b"
    (cd "$tmp" && tar cf "$dir/bundle.tar" b && gzip -c "$dir/bundle.tar" >"$dir/bundle.tar.gz" \
      && xz -c "$dir/bundle.tar" >"$dir/bundle.tar.xz" && gzip -c b/kern.log >"$dir/kern.log.gz")
    if command -v zip >/dev/null; then (cd "$tmp" && zip -qr "$dir/bundle.zip" b); fi ;;
  rules) find "$root/rules" -name '*.yaml' -size -8k | head -40 | while read -r f; do cp "$f" "$dir/$(basename "$(dirname "$f")")_$(basename "$f")"; done ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac
# AFL refuses an empty seed folder.
[ -n "$(ls -A "$dir")" ] || { echo "no seeds for $target" >&2; exit 2; }
echo "$target: $(ls "$dir" | wc -l) seeds"
