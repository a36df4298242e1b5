using System.Globalization;

namespace Mona.Stages.Faces.Shared;

/// <summary>
/// File names of the per-face and per-shot outputs. A portrait with one shot and one face gets
/// plain names (<c>aligned.png</c>); with K shots a 1-based shot number is added
/// (<c>aligned-2.png</c>); with several faces in a shot a 1-based face number too
/// (<c>aligned-3.png</c> for one shot, <c>aligned-2-3.png</c> for K shots).
/// </summary>
internal static class OutputNames
{
    /// <summary>The name of face <paramref name="faceIndex"/> of shot <paramref name="shotIndex"/>.</summary>
    public static string ForFace(string stem, string extension, int shotIndex, int shotCount, int faceIndex, int faceCount)
    {
        var name = stem;
        if (shotCount > 1) name += "-" + (shotIndex + 1).ToString(CultureInfo.InvariantCulture);
        if (faceCount > 1) name += "-" + (faceIndex + 1).ToString(CultureInfo.InvariantCulture);
        return name + extension;
    }

    /// <summary>The name of a per-shot output (<c>overlay.jpg</c>, or <c>overlay-2.jpg</c> for K shots).</summary>
    public static string ForShot(string stem, string extension, int shotIndex, int shotCount) =>
        ForFace(stem, extension, shotIndex, shotCount, 0, 1);
}
