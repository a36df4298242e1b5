using System.Numerics;
using Mona.Reenact.Rendering;
using Mona.Sdk.Media;

namespace Mona.Reenact.Evaluation;

/// <summary>A generator to evaluate: its name and how to build its renderer for a clip's source frame.</summary>
/// <param name="Name">The name in the tables.</param>
/// <param name="Create">Source frame, its 68 landmarks and the driving neutral → the renderer.</param>
public sealed record EvaluatedMethod(string Name, Func<RgbImage, IReadOnlyList<Vector2>, IReadOnlyList<Vector2>, IPortraitFrameRenderer> Create);
