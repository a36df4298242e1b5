using System.Text.Json;
using ILGPU;
using ILGPU.Runtime.CPU;
using Mona.Kernels.CuDnn;
using Mona.Kernels.Gpu;
using Mona.Tensors.Backends;

namespace Mona.GpuCheck;

/// <summary>
/// Checks Mona's GPU kernels and cuDNN binding against CPU references and benchmarks them.
/// Exit codes: 0 all checks passed, 1 a check failed, 2 bad arguments, 3 no usable CUDA device.
/// </summary>
internal static class Program
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private static int Main(string[] args)
    {
        GpuCheckOptions options;
        try
        {
            options = GpuCheckOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }
        try
        {
            var report = options.CpuOnly ? RunOnCpu() : RunOnCuda(options);
            Print(report);
            Write(report, options.JsonPath);
            return report.AllPassed ? 0 : 1;
        }
        catch (BackendUnavailableException exception)
        {
            Console.Error.WriteLine($"error: {exception.Message}");
            return 3;
        }
    }

    /// <summary>The kernels on ILGPU's CPU accelerator, small shapes; cuDNN is only located, not loaded.</summary>
    private static GpuCheckReport RunOnCpu()
    {
        using var context = Context.Create(builder => builder.CPU());
        using var accelerator = context.CreateCPUAccelerator(0);
        var checks = new KernelChecks(new GpuKernels(accelerator), small: true).Run().ToList();
        var locator = CuDnnLibraryLocator.FromProcess();
        var found = locator.Existing().Select(candidate => candidate.Path).FirstOrDefault();
        var cudnn = found is null ? $"not found ({locator.DescribeSearch()})" : $"would load {found}";
        var backend = BackendSelector.Select("auto").Reason;
        return new GpuCheckReport($"ILGPU CPU accelerator ({accelerator.Name})", backend, cudnn, checks, []);
    }

    /// <summary>Checks and benchmarks on CUDA device 0.</summary>
    private static GpuCheckReport RunOnCuda(GpuCheckOptions options)
    {
        var choice = BackendSelector.Select("cuda");
        using var backend = CudaBackend.Open(profiling: true);
        var checks = new KernelChecks(backend.Kernels, small: false).Run().ToList();
        CuDnnContext? cudnn = null;
        string cudnnStatus;
        try
        {
            cudnn = backend.CuDnn;
            cudnnStatus = $"{cudnn.LibraryPath} (version {cudnn.Version})";
            checks.AddRange(new ConvolutionChecks(cudnn).Run());
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or CuDnnException)
        {
            cudnnStatus = $"unavailable: {exception.Message}";
            checks.Add(CheckResult.Error("cuDNN available", exception));
        }
        var timer = new GpuTimer(backend.Accelerator, options.Warmup, options.Iterations);
        var bench = options.Bench ? new Benchmarks(backend.Kernels, cudnn, timer, options.Iterations).Run().ToList() : [];
        return new GpuCheckReport(choice.DeviceName, choice.Reason, cudnnStatus, checks, bench);
    }

    private static void Print(GpuCheckReport report)
    {
        Console.WriteLine($"device: {report.Device}");
        Console.WriteLine($"backend: {report.Backend}");
        Console.WriteLine($"cuDNN: {report.CuDnn}");
        foreach (var check in report.Checks)
            Console.WriteLine($"{(check.Passed ? "PASS" : "FAIL")}  {check.Name}: max |error| {check.MaxAbsError:G3}; {check.Detail}");
        foreach (var bench in report.Bench)
            Console.WriteLine($"BENCH {bench.Op} {bench.Case} {bench.Variant}: median {bench.MedianMs:F4} ms, min {bench.MinMs:F4} ms, " +
                              $"wall {bench.WallMs:F4} ms/launch ({bench.Note})");
        Console.WriteLine(report.AllPassed ? "all checks passed" : "SOME CHECKS FAILED");
    }

    /// <summary>Writes the report atomically: a temporary file beside the target, then a rename.</summary>
    private static void Write(GpuCheckReport report, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(report, Json));
        File.Move(temporary, full, overwrite: true);
        Console.WriteLine($"report: {full}");
    }
}
