
namespace Mona.Imaging.Faces;

/// <summary>One facial part of the 68-point scheme: its first landmark, how many follow, whether its polyline closes, and its colour.</summary>
public sealed record FacePart(string Name, int First, int Count, bool Closed, Rgb Colour);
