namespace Mona.Nn.Faces.Shared;

/// <summary>Before/after padding of one axis for a <see cref="Padding"/> mode.</summary>
internal static class PaddingMath
{
    public static (int Before, int After) Of(Padding padding, int input, int kernel, int stride) => padding switch
    {
        Padding.Valid => (0, 0),
        Padding.One => (1, 1),
        _ => Same(input, kernel, stride),
    };

    private static (int Before, int After) Same(int input, int kernel, int stride)
    {
        var output = (input + stride - 1) / stride;
        var total = Math.Max((output - 1) * stride + kernel - input, 0);
        return (total / 2, total - total / 2);
    }
}
