using Mona.Imaging;

namespace Mona.Stages.Faces.Shared;

/// <summary>One facial part of the 68-point scheme: its first landmark, how many follow, whether its polyline closes, and its colour.</summary>
internal sealed record FacePart(string Name, int First, int Count, bool Closed, Rgb Colour);
