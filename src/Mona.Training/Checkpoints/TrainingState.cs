namespace Mona.Training.Checkpoints;

/// <summary>
/// What a checkpoint records besides tensors, stored as JSON strings in the safetensors
/// <c>__metadata__</c>: the architecture (free-form description of the networks), the optimiser
/// step, the seed, the data cursor (how many episodes were consumed) and the random state.
/// </summary>
public sealed record TrainingState(string Architecture, long Step, ulong Seed, long DataCursor, ulong[] RandomState);
