namespace Mona.Kernels.CuDnn;

/// <summary>A cuDNN call returned an error status; the message names the function and cuDNN's own description.</summary>
public sealed class CuDnnException : Exception
{
    public CuDnnException(string message) : base(message)
    {
    }

    public CuDnnException(string function, CuDnnStatus status, string description)
        : base($"{function} failed with cuDNN status {(int)status}: {description}")
    {
        Function = function;
        Status = status;
    }

    /// <summary>The cuDNN function that failed, when the error came from one.</summary>
    public string? Function { get; }

    /// <summary>Its status code.</summary>
    public CuDnnStatus Status { get; }

    /// <summary>Throws when <paramref name="status"/> is not success.</summary>
    public static void ThrowIfFailed(CuDnnStatus status, string function)
    {
        if (status == CuDnnStatus.Success) return;
        string description;
        try
        {
            description = System.Runtime.InteropServices.Marshal.PtrToStringAnsi(CuDnnNative.cudnnGetErrorString(status)) ?? "no description";
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            description = "no description (cudnnGetErrorString unavailable)";
        }
        throw new CuDnnException(function, status, description);
    }
}
