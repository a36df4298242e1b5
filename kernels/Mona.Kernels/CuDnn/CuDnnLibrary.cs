using System.Reflection;
using System.Runtime.InteropServices;

namespace Mona.Kernels.CuDnn;

/// <summary>
/// Loads <c>libcudnn.so.9</c> once per process and routes <see cref="CuDnnNative"/>'s imports to it.
/// </summary>
/// <remarks>
/// The state here is static because what it mirrors is: a native library is loaded into the
/// process, and .NET allows one import resolver per assembly (this one answers only for
/// <see cref="CuDnnNative.LibraryName"/> and leaves every other import to the default probing).
/// cuDNN 9's <c>libcudnn.so.9</c> is a shim that dlopens its sub-libraries (<c>libcudnn_ops</c>,
/// <c>libcudnn_cnn</c>, ...) and cuBLAS by name, so their folder must also be on
/// <c>LD_LIBRARY_PATH</c> when the process starts; <c>tools/gpu/run-on-gpu.sh</c> sets both.
/// </remarks>
public static class CuDnnLibrary
{
    private static readonly Lock Gate = new();
    private static IntPtr _handle;
    private static bool _resolverInstalled;

    /// <summary>The file that was loaded, once <see cref="Load"/> succeeded.</summary>
    public static string? LoadedPath { get; private set; }

    /// <summary>
    /// Loads cuDNN from the first candidate of <paramref name="locator"/> that loads (the process
    /// environment when null). Throws <see cref="DllNotFoundException"/> naming every place tried,
    /// why each failed, and how to fix it.
    /// </summary>
    public static string Load(CuDnnLibraryLocator? locator = null)
    {
        lock (Gate)
        {
            if (_handle != IntPtr.Zero) return LoadedPath!;
            (_handle, LoadedPath) = LoadFirst(locator ?? CuDnnLibraryLocator.FromProcess());
            InstallResolver();
            return LoadedPath;
        }
    }

    /// <summary>
    /// Loads the first existing candidate that the dynamic loader accepts, touching no static state;
    /// throws <see cref="DllNotFoundException"/> with the whole story when none does.
    /// </summary>
    internal static (IntPtr Handle, string Path) LoadFirst(CuDnnLibraryLocator locator)
    {
        var failures = new List<string>();
        foreach (var (path, source) in locator.Existing())
        {
            try
            {
                return (NativeLibrary.Load(path), path);
            }
            catch (Exception exception) when (exception is DllNotFoundException or BadImageFormatException)
            {
                failures.Add($"{path} (from {source}) exists but did not load: {exception.Message}");
            }
        }
        throw new DllNotFoundException(Explain(locator, failures));
    }

    private static string Explain(CuDnnLibraryLocator locator, List<string> failures)
    {
        var found = failures.Count == 0
            ? $"No {CuDnnLibraryLocator.FileName} exists in any searched place"
            : "Candidates failed to load: " + string.Join("; ", failures);
        return $"cuDNN 9 is missing: {CuDnnLibraryLocator.FileName} could not be loaded. {found}. " +
               $"Searched: {locator.DescribeSearch()}. " +
               $"Fix: install cuDNN 9 for CUDA 12 (apt package libcudnn9-cuda-12, or pip nvidia-cudnn-cu12 as PyTorch does), " +
               $"then set {CuDnnLibraryLocator.PathVariable} to the folder holding {CuDnnLibraryLocator.FileName} " +
               "(for pip: <venv>/lib/python3.X/site-packages/nvidia/cudnn/lib) and put that folder, with nvidia/cublas/lib, " +
               "on LD_LIBRARY_PATH before starting the process.";
    }

    private static void InstallResolver()
    {
        if (_resolverInstalled) return;
        NativeLibrary.SetDllImportResolver(typeof(CuDnnNative).Assembly, Resolve);
        _resolverInstalled = true;
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == CuDnnNative.LibraryName ? _handle : IntPtr.Zero;
}
