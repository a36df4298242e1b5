using System.Numerics;
using Mona.Reenact.Rendering;
using Mona.Sdk.Media;

namespace Mona.Stages.Generate;

/// <summary>What the stage renders frames with: one driving landmark set per moving face.</summary>
internal interface IGroupFrameRenderer : IDisposable
{
    int Width { get; }
    int Height { get; }
    int MovingFaces { get; }
    RgbImage Render(IReadOnlyList<IReadOnlyList<Vector2>> drivingPerFace);
}
