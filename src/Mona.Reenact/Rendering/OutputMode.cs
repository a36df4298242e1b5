namespace Mona.Reenact.Rendering;

/// <summary>What a rendered frame shows.</summary>
public enum OutputMode
{
    /// <summary>The whole original picture with the animated face pasted back.</summary>
    Full,

    /// <summary>The aligned crop only.</summary>
    Crop,
}
