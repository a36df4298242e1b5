using Mona.Tensors.Memory;

namespace Mona.Tensors;

/// <summary>
/// The one explicit object that carries what every op needs: the allocator for results, the
/// number of CPU threads, and (later) the GPU accelerator. Ops are methods on it (see the
/// partial files in <c>Ops/</c>), so nothing is static and two contexts never share state.
/// </summary>
public sealed partial class ComputeContext
{
    public ComputeContext(TensorAllocator? allocator = null, int? threads = null)
    {
        Allocator = allocator ?? new TensorAllocator();
        Threads = Math.Max(1, threads ?? Environment.ProcessorCount);
    }

    public TensorAllocator Allocator { get; }

    /// <summary>How many CPU threads a single op may use.</summary>
    public int Threads { get; }
}
