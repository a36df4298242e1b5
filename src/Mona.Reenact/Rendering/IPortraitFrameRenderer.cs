using System.Numerics;
using Mona.Sdk.Media;

namespace Mona.Reenact.Rendering;

/// <summary>
/// Renders one output frame per driving landmark set (the driving face's 68 points, in its own
/// frame; the renderer transfers the motion onto the portrait). Implemented by the landmark warp
/// (<see cref="PortraitRenderer"/>) and by the few-shot talking-head model, so evaluation and the
/// stage treat them alike. Not thread-safe.
/// </summary>
public interface IPortraitFrameRenderer : IDisposable
{
    /// <summary>Output frame width.</summary>
    int Width { get; }

    /// <summary>Output frame height.</summary>
    int Height { get; }

    /// <summary>The frame for one driving landmark set, as a new picture.</summary>
    RgbImage Render(IReadOnlyList<Vector2> driving);
}
