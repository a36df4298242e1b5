using System.Security.Cryptography;
using System.Text;
using Mona.Sdk.Stages;

namespace Mona.Engine.Tests.Batch.Fakes;

/// <summary>Ready-made fake stages: deterministic writers, failures, slow ones.</summary>
internal static class TestStages
{
    /// <summary>
    /// Writes <c>result.txt</c> (the shots' content hashes and the <c>salt</c> parameter, so the
    /// output changes exactly when the inputs or parameters do) and <c>frames/count.txt</c>.
    /// </summary>
    public static DelegateStageDefinition Writer(string name = "write") => new(name, async (item, parameters, token) =>
    {
        var text = new StringBuilder();
        text.Append("salt=").Append(parameters.Values.TryGetValue("salt", out var salt) ? salt : "-").Append('\n');
        foreach (var shot in item.Shots)
            text.Append(Path.GetFileName(shot)).Append(' ').Append(Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(shot, token)))).Append('\n');
        await File.WriteAllTextAsync(Path.Combine(item.OutputDirectory, "result.txt"), text.ToString(), token);
        Directory.CreateDirectory(Path.Combine(item.OutputDirectory, "frames"));
        await File.WriteAllTextAsync(Path.Combine(item.OutputDirectory, "frames", "count.txt"), item.Shots.Count.ToString(), token);
    });

    /// <summary>Fails items whose name starts with <c>bad</c> the way a real stage reports a bad input.</summary>
    public static DelegateStageDefinition FailsBadItems(string name = "check") => new(name, (item, _, _) =>
        item.Name.StartsWith("bad", StringComparison.Ordinal)
            ? throw new ItemFailedException($"{item.Shots[0]}: no face found")
            : ValueTask.CompletedTask);

    /// <summary>Throws a plain exception, as a buggy stage would.</summary>
    public static DelegateStageDefinition Buggy(string name = "buggy") => new(name, (_, _, _) =>
        throw new InvalidOperationException("index out of range in the buggy stage"));

    /// <summary>Waits until cancelled or <paramref name="delay"/> passes, so a run can be cancelled mid-item.</summary>
    public static DelegateStageDefinition Slow(TimeSpan delay, string name = "slow") => new(name, async (_, _, token) =>
        await Task.Delay(delay, token));
}
