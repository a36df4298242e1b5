using System.Text.RegularExpressions;
using Mona.Sdk.Stages;

namespace Mona.Engine.Plugins;

/// <summary>What the host checks of a stage definition before offering it to pipelines.</summary>
internal static partial class StageDefinitionRules
{
    /// <summary>Returns what is wrong with <paramref name="definition"/>, or null when it can be used.</summary>
    /// <remarks>Reading the members runs plugin code, which may throw; the caller reports that too.</remarks>
    public static string? FindProblem(IStageDefinition definition)
    {
        var name = definition.Name;
        if (name is null || !StageName().IsMatch(name))
            return $"stage name '{name}' is not a lower-case word (letters, digits, '-' or '_', starting with a letter)";
        if (definition.Version is null)
            return $"stage '{name}' has no version";
        if (string.IsNullOrWhiteSpace(definition.Description))
            return $"stage '{name}' has no description";
        if (definition.Parameters is null || definition.Requires is null || definition.Provides is null)
            return $"stage '{name}' returns null for its parameters, requires or provides";
        var repeated = definition.Parameters.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return repeated is null ? null : $"stage '{name}' declares parameter '{repeated.Key}' twice";
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    private static partial Regex StageName();
}
