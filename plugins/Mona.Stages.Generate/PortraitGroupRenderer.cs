using System.Numerics;
using Mona.Reenact.Rendering;
using Mona.Sdk.Media;

namespace Mona.Stages.Generate;

/// <summary>The landmark warp, one face or a group.</summary>
internal sealed class PortraitGroupRenderer(PortraitRenderer renderer) : IGroupFrameRenderer
{
    public int Width => renderer.Width;
    public int Height => renderer.Height;
    public int MovingFaces => renderer.MovingFaces;
    public RgbImage Render(IReadOnlyList<IReadOnlyList<Vector2>> drivingPerFace) => renderer.Render(drivingPerFace);
    public void Dispose() => renderer.Dispose();
}
