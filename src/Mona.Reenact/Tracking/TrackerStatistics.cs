namespace Mona.Reenact.Tracking;

/// <summary>What a tracker did over a video: where its time and decisions went.</summary>
public sealed class TrackerStatistics
{
    /// <summary>Frames seen.</summary>
    public int Frames { get; set; }

    /// <summary>Full-frame SSD detections run (first frame, after a loss).</summary>
    public int Detections { get; set; }

    /// <summary>Times a followed fit was judged lost (jump, scale change or failed check).</summary>
    public int Losses { get; set; }

    /// <summary>Frames where no face was found.</summary>
    public int Missing { get; set; }

    /// <summary>Time in the SSD detector.</summary>
    public TimeSpan DetectTime { get; set; }

    /// <summary>Time in the tiny-detector checks.</summary>
    public TimeSpan CheckTime { get; set; }

    /// <summary>Time in the landmark net.</summary>
    public TimeSpan LandmarkTime { get; set; }
}
