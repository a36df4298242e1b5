namespace Mona.Stages.Faces.Detect;

/// <summary>The detection policies.</summary>
internal enum PolicyKind
{
    /// <summary>The face with the largest box.</summary>
    Largest,

    /// <summary>Every face, left to right.</summary>
    All,

    /// <summary>One face by its left-to-right number.</summary>
    Index,

    /// <summary>The face closest in identity to the reference image's face.</summary>
    Match,
}
