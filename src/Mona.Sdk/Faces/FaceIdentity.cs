namespace Mona.Sdk.Faces;

/// <summary>
/// What <c>embed</c> leaves on an item (<see cref="Stages.Artifacts.Identity"/>): the identity
/// descriptor of the person's face in each shot and their L2-normalised mean.
/// </summary>
/// <param name="ShotDescriptors">Per shot, the descriptor of its first kept face (128 floats, as the recognition net gives it).</param>
/// <param name="Mean">The mean of the shot descriptors, scaled to unit length.</param>
public sealed record FaceIdentity(IReadOnlyList<IReadOnlyList<float>> ShotDescriptors, IReadOnlyList<float> Mean);
