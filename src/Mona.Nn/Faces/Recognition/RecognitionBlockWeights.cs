namespace Mona.Nn.Faces.Recognition;

/// <summary>
/// The two convolutions of a residual block of the recognition net; <paramref name="Down"/> blocks
/// halve the size (conv1 stride 2, shortcut a 2×2 average pool, see <c>ResidualBlock</c>).
/// </summary>
public sealed record RecognitionBlockWeights(string Name, FoldedConv Conv1, FoldedConv Conv2, bool Down);
