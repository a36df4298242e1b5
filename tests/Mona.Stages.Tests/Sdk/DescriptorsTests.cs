using Mona.Sdk.Faces;

namespace Mona.Stages.Tests.Sdk;

public sealed class DescriptorsTests
{
    [Fact]
    public void CosineSimilarity_ParallelOrthogonalOpposite_OneZeroMinusOne()
    {
        Assert.Equal(1.0, Descriptors.CosineSimilarity([1, 2, 3], [2, 4, 6]), 12);
        Assert.Equal(0.0, Descriptors.CosineSimilarity([1, 0, 0], [0, 5, 0]), 12);
        Assert.Equal(-1.0, Descriptors.CosineSimilarity([1, -1, 2], [-1, 1, -2]), 12);
        Assert.Equal(0.0, Descriptors.CosineSimilarity([0, 0, 0], [1, 1, 1]));
    }

    [Fact]
    public void NormalisedMean_TwoDescriptors_IsTheUnitMean()
    {
        var mean = Descriptors.NormalisedMean([[3, 0], [3, 8]]);

        Assert.Equal(0.6, mean[0], 6); // (3, 4) / 5
        Assert.Equal(0.8, mean[1], 6);
    }

    [Fact]
    public void EuclideanDistance_DifferentLengths_Throws() =>
        Assert.Throws<ArgumentException>(() => Descriptors.EuclideanDistance([1, 2], [1, 2, 3]));
}
