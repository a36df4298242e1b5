using Mona.Engine.Pipelines.Yaml;

namespace Mona.Engine.Pipelines;

/// <summary>Where a path written in a pipeline points.</summary>
internal static class PathValues
{
    /// <summary>
    /// A path in the file is relative to the file's folder, so a pipeline works from any working
    /// directory; a path given as a flag is relative to the working directory, as the shell user expects.
    /// </summary>
    public static string Resolve(SourceScalar scalar, string pipelineDirectory) =>
        scalar.Flag is null ? Path.GetFullPath(scalar.Value, pipelineDirectory) : Path.GetFullPath(scalar.Value);

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it.</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!Path.IsPathRooted(relative) && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }
}
