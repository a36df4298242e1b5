using System.Globalization;

namespace Mona.Stages.Faces.Detect;

/// <summary>Which of a shot's faces <c>detect</c> keeps.</summary>
/// <param name="Kind">largest, all, index or match.</param>
/// <param name="Index">For <see cref="PolicyKind.Index"/>: the 0-based face number, faces counted left to right.</param>
internal sealed record DetectionPolicy(PolicyKind Kind, int Index = 0)
{
    /// <summary>The pattern the host validates the <c>policy</c> parameter against.</summary>
    public const string Pattern = @"largest|all|match|index:\d{1,3}";

    public static DetectionPolicy Parse(string text) => text switch
    {
        "largest" => new(PolicyKind.Largest),
        "all" => new(PolicyKind.All),
        "match" => new(PolicyKind.Match),
        _ when text.StartsWith("index:", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var index) => new(PolicyKind.Index, index),
        _ => throw new ArgumentException($"detect: policy '{text}' is not one of largest, all, index:N, match"),
    };

    public override string ToString() => Kind == PolicyKind.Index ? $"index:{Index}" : Kind.ToString().ToLowerInvariant();
}
