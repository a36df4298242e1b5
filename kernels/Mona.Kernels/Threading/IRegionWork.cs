namespace Mona.Kernels.Threading;

/// <summary>
/// The shared part of one parallel region: every participating thread calls <see cref="Work"/>,
/// which claims chunks from the region's own counter until none is left. A thread that arrives
/// after the last chunk was claimed must find nothing to do and return without touching the
/// region's buffers, so the caller never has to wait for a helper that has not started.
/// </summary>
internal interface IRegionWork
{
    /// <summary>Claims and runs chunks until none is left; never throws (failures are kept for the caller).</summary>
    void Work();
}
