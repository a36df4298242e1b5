#!/usr/bin/env python3
"""PyTorch peer of Mona.GpuCheck's benchmarks, on the same GPU and with the same protocol.

Cases (keys op/case/variant match Mona's JSON):
  adain    F.instance_norm(x, eps=1e-5) * gamma[n,c] + beta[n,c]   (three kernels in PyTorch; one fused in Mona)
  warp     F.grid_sample(x, grid, bilinear, zeros, align_corners=False) with a near-identity grid
  conv3x3  F.conv2d(x, w, b, padding=1), cudnn.benchmark on; variant fp32 (allow_tf32 off) and tf32 (PyTorch's default)
Timing: a CUDA event pair around every launch, launches queued back to back, one synchronize,
median of the event times. With --mona it prints a Markdown table Mona vs PyTorch.
"""
import argparse
import json
import os
import statistics
import sys

import torch
import torch.nn.functional as F

ADAIN = [(1, 512, 16, 16), (8, 256, 32, 32), (1, 64, 128, 128)]
WARP = [(1, 3, 256, 256), (1, 3, 512, 512), (1, 64, 64, 64)]
CONV = [(64, 64, 128), (256, 256, 32), (512, 512, 16)]


def time_cuda(fn, warmup, iterations):
    for _ in range(warmup):
        fn()
    torch.cuda.synchronize()
    pairs = []
    for _ in range(iterations):
        start = torch.cuda.Event(enable_timing=True)
        end = torch.cuda.Event(enable_timing=True)
        start.record()
        fn()
        end.record()
        pairs.append((start, end))
    torch.cuda.synchronize()
    times = sorted(start.elapsed_time(end) for start, end in pairs)
    return statistics.median(times), times[0]


def near_identity_grid(n, h, w, jitter, generator):
    ys = (2 * torch.arange(h, device="cuda") + 1) / h - 1
    xs = (2 * torch.arange(w, device="cuda") + 1) / w - 1
    grid = torch.stack(torch.meshgrid(xs, ys, indexing="xy"), dim=-1).expand(n, h, w, 2).contiguous()
    noise = torch.rand(grid.shape, device="cuda", generator=generator) * 2 - 1
    return grid + jitter * noise


def bench(warmup, iterations):
    generator = torch.Generator(device="cuda").manual_seed(0)
    rand = lambda *shape: torch.rand(*shape, device="cuda", generator=generator) * 2 - 1
    results = []
    for n, c, h, w in ADAIN:
        x, gamma, beta = rand(n, c, h, w), rand(n, c)[:, :, None, None] + 1.5, rand(n, c)[:, :, None, None]
        fn = lambda: F.instance_norm(x, eps=1e-5) * gamma + beta
        median, low = time_cuda(fn, warmup, iterations)
        results.append(dict(op="adain", case=f"{n}x{c}x{h}x{w}", variant="", median_ms=median, min_ms=low))
    for n, c, h, w in WARP:
        x, grid = rand(n, c, h, w), near_identity_grid(n, h, w, 0.05, generator)
        fn = lambda: F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
        median, low = time_cuda(fn, warmup, iterations)
        results.append(dict(op="warp", case=f"{n}x{c}x{h}x{w}", variant="", median_ms=median, min_ms=low))
    torch.backends.cudnn.benchmark = True
    for c, k, size in CONV:
        x, weight, bias = rand(1, c, size, size), rand(k, c, 3, 3) * 0.05, rand(k)
        for variant, tf32 in (("fp32", False), ("tf32", True)):
            torch.backends.cudnn.allow_tf32 = tf32
            fn = lambda: F.conv2d(x, weight, bias, padding=1)
            median, low = time_cuda(fn, warmup, iterations)
            tflops = 2.0 * k * size * size * c * 9 / (median * 1e-3) / 1e12
            results.append(dict(op="conv3x3", case=f"{c}->{k}@{size}", variant=variant, median_ms=median, min_ms=low,
                                note=f"{tflops:.1f} TFLOP/s"))
    return results


def markdown(torch_results, mona):
    mona_rows = {(r["op"], r["case"], r["variant"]): r for r in mona.get("bench", [])}
    lines = [
        f"GPU: {torch.cuda.get_device_name()} | PyTorch {torch.__version__}, cuDNN {torch.backends.cudnn.version()} | "
        f"Mona: {mona.get('device', '?')}, cuDNN {mona.get('cudnn', '?')}",
        "",
        "| op | case | variant | Mona median ms | PyTorch median ms | Mona / PyTorch |",
        "|---|---|---|---|---|---|",
    ]
    for r in torch_results:
        m = mona_rows.get((r["op"], r["case"], r["variant"]))
        mona_ms = f"{m['median_ms']:.4f}" if m else "n/a"
        ratio = f"{m['median_ms'] / r['median_ms']:.2f}×" if m and r["median_ms"] > 0 else "n/a"
        lines.append(f"| {r['op']} | {r['case']} | {r['variant'] or '-'} | {mona_ms} | {r['median_ms']:.4f} | {ratio} |")
    lines.append("")
    lines.append("Ratio < 1: Mona faster. Both sides: CUDA-event median per launch, launches queued back to back.")
    failed = [c["name"] for c in mona.get("checks", []) if not c.get("passed")]
    lines.append(f"Mona checks: {len(mona.get('checks', [])) - len(failed)} passed, {len(failed)} failed"
                 + (": " + "; ".join(failed) if failed else ""))
    return "\n".join(lines)


def write_atomically(path, text):
    temporary = path + ".tmp"
    with open(temporary, "w") as handle:
        handle.write(text)
    os.replace(temporary, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", default="torch.json", help="where to write the PyTorch results")
    parser.add_argument("--mona", help="Mona.GpuCheck's JSON report, to print the comparison table")
    parser.add_argument("--markdown", help="also write the comparison table here")
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--iterations", type=int, default=100)
    args = parser.parse_args()
    if not torch.cuda.is_available():
        print("torch_bench.py: PyTorch sees no CUDA device", file=sys.stderr)
        return 3
    results = bench(args.warmup, args.iterations)
    write_atomically(args.json, json.dumps(dict(device=torch.cuda.get_device_name(), torch=torch.__version__,
                                                cudnn=torch.backends.cudnn.version(), bench=results), indent=2))
    if args.mona:
        with open(args.mona) as handle:
            table = markdown(results, json.load(handle))
        print(table)
        if args.markdown:
            write_atomically(args.markdown, table + "\n")
    else:
        for r in results:
            print(f"{r['op']} {r['case']} {r['variant']}: median {r['median_ms']:.4f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
