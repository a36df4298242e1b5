using System.Numerics;
using Mona.Reenact.Rendering;
using Mona.Sdk.Media;

namespace Mona.Stages.Generate;

/// <summary>A renderer of one face (the few-shot model).</summary>
internal sealed class SingleFaceRenderer(IPortraitFrameRenderer renderer) : IGroupFrameRenderer
{
    public int Width => renderer.Width;
    public int Height => renderer.Height;
    public int MovingFaces => 1;
    public RgbImage Render(IReadOnlyList<IReadOnlyList<Vector2>> drivingPerFace) => renderer.Render(drivingPerFace[0]);
    public void Dispose() => renderer.Dispose();
}
