namespace Mona.Engine.Pipelines;

/// <summary>"Did you mean" hints: the known name closest to a misspelt one by edit distance.</summary>
internal static class NameSuggestions
{
    /// <summary>The closest known name when it is plausibly a typo (at most a third of the letters changed), else null.</summary>
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var best = known
            .Select(name => (Name: name, Distance: EditDistance(typed.ToLowerInvariant(), name.ToLowerInvariant())))
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, typed.Length / 3) ? best.Name : null;
    }

    /// <summary>" (did you mean 'x'?)" or an empty string, ready to append to a message.</summary>
    public static string Hint(string typed, IEnumerable<string> known) =>
        Closest(typed, known) is { } name ? $" (did you mean '{name}'?)" : "";

    /// <summary>Levenshtein distance with one rolling row: row[j] is the distance between a[..i] and b[..j].</summary>
    private static int EditDistance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) row[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                var substitution = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
                row[j] = Math.Min(substitution, Math.Min(above, row[j - 1]) + 1);
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
