#!/usr/bin/env bash
# linux-arm64: cross-compiles the Native AOT binary on an x64 Debian 12 machine and checks it under qemu-aarch64 user
# emulation: its JSON must equal the JIT build's on every fixture (.ci/aot-compare.sh), and the binary alone must
# find the deadlock fixture's GO0005. Not part of .ci/run: it adds a foreign architecture to apt and takes minutes
# (publishing, then every fixture emulated); run it by hand, as root, before a release.
#
#   bash .ci/aot-arm64.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# The cross-link's sysroot from Debian multiarch (the arm64 C library, GCC 12 runtime and zlib), the aarch64 linker
# that the Native AOT build asks clang for (-fuse-ld=bfd), and qemu to run the result with liblzma (.tar.xz bundles).
packages=(zlib1g-dev:arm64 libc6-dev:arm64 libgcc-12-dev:arm64 liblzma5:arm64 binutils-aarch64-linux-gnu qemu-user)
if ! dpkg -s "${packages[@]}" >/dev/null 2>&1; then
  dpkg --add-architecture arm64
  # apt's sandbox user cannot run gpgv on some minimal images; as root it checks the same signatures.
  apt-get -o APT::Sandbox::User=root update -q
  apt-get -o APT::Sandbox::User=root install -y -q --no-install-recommends "${packages[@]}"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet publish src/Analyzer.Cli -c Release -r linux-arm64 -p:PublishAot=true -o "$work/arm64" -nologo -v quiet
file "$work/arm64/triage" | grep -q 'ARM aarch64' \
  || { echo "aot-arm64: $work/arm64/triage is not an arm64 executable" >&2; exit 1; }
# qemu-aarch64 finds the arm64 loader and libraries in Debian's multiarch paths (/lib/ld-linux-aarch64.so.1).
printf '#!/bin/sh\nexec qemu-aarch64 "%s" "$@"\n' "$work/arm64/triage" >"$work/triage-arm64"
chmod +x "$work/triage-arm64"
lone="$(mktemp -d -p "$work")"
cp "$work/arm64/triage" "$lone/"
qemu-aarch64 "$lone/triage" analyze fixtures/go-deadlock --format json | grep -q '"ruleId": "GO0005"' \
  || { echo "aot-arm64: the arm64 binary alone does not find the deadlock" >&2; exit 1; }
dotnet build src/Analyzer.Cli -c Release -o "$work/jit" -nologo -v quiet
bash .ci/aot-compare.sh "$work/triage-arm64" "$work/jit/triage.dll"
