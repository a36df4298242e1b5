namespace Mona.Animation.Warping;

/// <summary>How the opened inner mouth is painted.</summary>
/// <param name="Red">Interior colour, red.</param>
/// <param name="Green">Interior colour, green.</param>
/// <param name="Blue">Interior colour, blue.</param>
/// <param name="FeatherPixels">Width of the soft edge inside the inner-lip outline.</param>
/// <param name="FullOpening">Extra inner-lip gap, in inter-ocular distances, at which the fill reaches full strength.</param>
public sealed record MouthInteriorOptions(byte Red = 46, byte Green = 18, byte Blue = 20, float FeatherPixels = 2.5f, float FullOpening = 0.06f);
