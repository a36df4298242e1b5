namespace Mona.Kernels.Pooling;

/// <summary>What a pooling window reduces to.</summary>
public enum PoolKind
{
    /// <summary>The largest input in the window.</summary>
    Max,

    /// <summary>The mean of the real (unpadded) inputs in the window.</summary>
    Average,
}
