namespace Mona.Training.Data;

/// <summary>
/// Episodes by index: episode <c>i</c> is a pure function of the source's seed and <c>i</c>, so a
/// run resumed at data cursor c sees exactly the episodes c, c + 1, … of the uninterrupted run.
/// </summary>
public interface IEpisodeSource
{
    /// <summary>Side of the square images.</summary>
    int Size { get; }

    /// <summary>Embedder frames per episode (K).</summary>
    int Shots { get; }

    /// <summary>Number of videos (rows of the discriminator's W).</summary>
    int Videos { get; }

    Episode Get(long index);
}
