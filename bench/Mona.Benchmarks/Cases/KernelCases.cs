namespace Mona.Benchmarks.Cases;

/// <summary>The cases of <c>mona bench kernels</c>, in table order.</summary>
internal static class KernelCases
{
    public static IReadOnlyList<BenchCase> All() => [.. AdaInCases.All(), .. WarpCases.All(), .. ConvCases.All()];

    /// <summary>Cases whose name or group name contains <paramref name="filter"/> (case-insensitive); all when null.</summary>
    public static IReadOnlyList<BenchCase> Matching(string? filter) =>
        filter is null
            ? All()
            : All().Where(c => c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase) ||
                               c.Group.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
}
