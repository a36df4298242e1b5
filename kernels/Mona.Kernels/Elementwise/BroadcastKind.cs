namespace Mona.Kernels.Elementwise;

/// <summary>How the right operand of a binary op is laid out against the left.</summary>
internal enum BroadcastKind
{
    /// <summary>Same shape: element i with element i.</summary>
    Same,

    /// <summary>One value per plane (per sample and channel, or per channel).</summary>
    PerPlane,

    /// <summary>One value for everything.</summary>
    Scalar,
}
