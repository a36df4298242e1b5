#!/usr/bin/env bash
# Runs on the GPU machine: Mona's GPU checks and benchmarks (packed self-contained Mona.GpuCheck),
# then the PyTorch peer (torch_bench.py), then prints one Markdown table Mona vs PyTorch.
# cuDNN comes from the PyTorch environment (the pip wheel nvidia-cudnn-cu12 or torch/lib), so
# both sides use the same cuDNN. Total time is bounded (about 6 minutes at most on an H100).
# usage: run-on-gpu.sh [mona-gpu.tar.gz] [OUTPUT_DIR]
#   with a tarball: unpacks it into a temporary folder first; without: runs from this folder.
#   PYTHON=/path/to/python picks the interpreter that has torch (default: $VIRTUAL_ENV/bin/python, python3, python).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ "${1:-}" == *.tar.gz ]]; then
  work="$(mktemp -d)"
  tar -C "$work" -xzf "$1"
  here="$work/mona-gpu"
  shift
fi
out="${1:-$PWD/gpu-results}"
mkdir -p "$out"

python=""
for candidate in "${PYTHON:-}" "${VIRTUAL_ENV:+$VIRTUAL_ENV/bin/python}" python3 python; do
  [[ -n "$candidate" ]] || continue
  if "$candidate" -c "import torch" 2>/dev/null; then python="$candidate"; break; fi
done
if [[ -z "$python" ]]; then
  echo "run-on-gpu.sh: no Python with torch found (set PYTHON=...); running Mona only" >&2
fi

# cuDNN 9 and cuBLAS as PyTorch loads them: the nvidia/* pip wheels, else torch/lib.
if [[ -n "$python" && -z "${MONA_CUDNN_PATH:-}" ]]; then
  cudnn="$("$python" -c "import nvidia.cudnn, os; print(os.path.join(os.path.dirname(nvidia.cudnn.__file__), 'lib'))" 2>/dev/null || true)"
  if [[ -z "$cudnn" || ! -e "$cudnn/libcudnn.so.9" ]]; then
    cudnn="$("$python" -c "import torch, os; print(os.path.join(os.path.dirname(torch.__file__), 'lib'))")"
  fi
  export MONA_CUDNN_PATH="$cudnn"
  nvidia_libs="$(dirname "$(dirname "$cudnn")")"
  for lib in "$cudnn" "$nvidia_libs"/*/lib; do
    [[ -d "$lib" ]] && LD_LIBRARY_PATH="$lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  done
  export LD_LIBRARY_PATH
fi
echo "MONA_CUDNN_PATH=${MONA_CUDNN_PATH:-(unset)}"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>/dev/null || true

mona_status=0
timeout 300 "$here/bin/Mona.GpuCheck" --json "$out/mona.json" || mona_status=$?
echo "Mona.GpuCheck exit code: $mona_status (0 all checks passed, 1 a check failed, 3 no usable CUDA device)"

if [[ -n "$python" ]]; then
  compare=()
  [[ -s "$out/mona.json" ]] && compare=(--mona "$out/mona.json")
  timeout 180 "$python" "$here/torch_bench.py" --json "$out/torch.json" --markdown "$out/comparison.md" "${compare[@]}" \
    || echo "torch_bench.py failed with exit code $?" >&2
fi
echo "results in $out"
exit "$mona_status"
