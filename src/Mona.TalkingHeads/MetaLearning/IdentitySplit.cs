using System.Text;

namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// Which clips show the same person, and which people are held out of training. The data README
/// (<c>../shared/data/README.md</c>) has a markdown table with a "file" column and a "same person
/// as" column naming another clip of that person; clips are grouped by those links (transitively)
/// and a clip the table does not mention is a person of its own. A person is named by the
/// ordinal-first clip name of the group. Held-out people are chosen deterministically: people with
/// at least <c>minimumFrames</c> frames in all, ordered by a fixed hash of their name (FNV-1a 64
/// followed by SplitMix64's finaliser, so short similar names such as d0, d3 do not sort together),
/// first <c>count</c> of them — so the split never depends on file order or on
/// randomness, and every clip of a person lands on one side.
/// </summary>
public sealed class IdentitySplit
{
    private readonly Dictionary<string, string> _personOf;

    private IdentitySplit(Dictionary<string, string> personOf) => _personOf = personOf;

    /// <summary>The person (group name) of a clip name (file name without extension).</summary>
    public string PersonOf(string clip) => _personOf.TryGetValue(clip, out var person) ? person : clip;

    /// <summary>Groups <paramref name="clips"/> by the links of <paramref name="readme"/> (null: every clip its own person).</summary>
    public static IdentitySplit FromReadme(IReadOnlyList<string> clips, string? readme)
    {
        var parent = clips.ToDictionary(c => c, c => c);
        string Find(string x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        foreach (var (a, b) in SamePersonLinks(readme))
        {
            if (!parent.ContainsKey(a) || !parent.ContainsKey(b)) continue;
            var (ra, rb) = (Find(a), Find(b));
            if (ra == rb) continue;
            // The ordinal-first name represents the group.
            if (string.CompareOrdinal(ra, rb) < 0) parent[rb] = ra;
            else parent[ra] = rb;
        }
        return new IdentitySplit(clips.ToDictionary(c => c, Find));
    }

    /// <summary>The held-out people: <paramref name="count"/> of those with at least <paramref name="minimumFrames"/> frames, by the fixed hash order.</summary>
    public IReadOnlyList<string> ChooseHeldOut(IReadOnlyDictionary<string, int> framesPerClip, int count, int minimumFrames)
    {
        var frames = new Dictionary<string, int>();
        foreach (var (clip, n) in framesPerClip)
        {
            var person = PersonOf(clip);
            frames[person] = frames.GetValueOrDefault(person) + n;
        }
        return frames.Where(p => p.Value >= minimumFrames).Select(p => p.Key)
            .OrderBy(Hash).ThenBy(p => p, StringComparer.Ordinal).Take(count).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>(clip, same-person clip) pairs from the README's tables, names without extension.</summary>
    internal static IEnumerable<(string Clip, string SamePerson)> SamePersonLinks(string? readme)
    {
        if (readme is null) yield break;
        int file = -1, same = -1;
        foreach (var raw in readme.Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith('|'))
            {
                file = same = -1;
                continue;
            }
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            var header = Array.FindIndex(cells, c => c.Equals("same person as", StringComparison.OrdinalIgnoreCase));
            if (header >= 0)
            {
                same = header;
                file = Array.FindIndex(cells, c => c.Equals("file", StringComparison.OrdinalIgnoreCase));
                continue;
            }
            if (file < 0 || same < 0 || cells.Length <= Math.Max(file, same) || cells[same].Length == 0 || cells[same].StartsWith("---", StringComparison.Ordinal)) continue;
            yield return (Path.GetFileNameWithoutExtension(cells[file]), Path.GetFileNameWithoutExtension(cells[same]));
        }
    }

    private static ulong Hash(string name)
    {
        var h = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            h ^= b;
            h *= 1099511628211UL;
        }
        // FNV-1a alone orders short names by their last bytes; the finaliser spreads every bit.
        h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9UL;
        h = (h ^ (h >> 27)) * 0x94D049BB133111EBUL;
        return h ^ (h >> 31);
    }
}
