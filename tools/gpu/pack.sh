#!/usr/bin/env bash
# Packs Mona.GpuCheck for a GPU machine that has no .NET: a self-contained linux-x64 publish plus
# run-on-gpu.sh and torch_bench.py, as artifacts/gpu/mona-gpu.tar.gz (about 35 MB). Before
# writing the tarball it unpacks a copy and runs its CPU-side self-check (--cpu-only), so a
# broken package never leaves this machine.
# usage: tools/gpu/pack.sh [OUTPUT_DIR]   (default: artifacts/gpu under the repository root)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$root/artifacts/gpu}"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
package="$stage/mona-gpu"

echo "publishing Mona.GpuCheck (self-contained, linux-x64)..."
dotnet publish "$root/tools/gpu/Mona.GpuCheck/Mona.GpuCheck.csproj" -c Release -r linux-x64 --self-contained \
  -p:DebugType=none -o "$package/bin" --nologo -v quiet
cp "$root/tools/gpu/run-on-gpu.sh" "$root/tools/gpu/torch_bench.py" "$package/"
chmod +x "$package/run-on-gpu.sh" "$package/bin/Mona.GpuCheck"
git -C "$root" rev-parse HEAD > "$package/COMMIT" 2>/dev/null || echo unknown > "$package/COMMIT"

mkdir -p "$out"
tarball="$out/mona-gpu.tar.gz"
tar -C "$stage" -czf "$tarball.tmp" mona-gpu

echo "self-check of the packed build (CPU accelerator, no GPU needed)..."
check="$stage/check"
mkdir -p "$check"
tar -C "$check" -xzf "$tarball.tmp"
if ! "$check/mona-gpu/bin/Mona.GpuCheck" --cpu-only --json "$check/self-check.json"; then
  rm -f "$tarball.tmp"
  echo "pack.sh: the packed Mona.GpuCheck failed its CPU self-check; no tarball written" >&2
  exit 1
fi
mv "$tarball.tmp" "$tarball"
echo "wrote $tarball ($(du -h "$tarball" | cut -f1)); on the GPU machine: tar xzf mona-gpu.tar.gz && mona-gpu/run-on-gpu.sh"
