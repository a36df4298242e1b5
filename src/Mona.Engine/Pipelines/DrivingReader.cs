using Mona.Engine.Pipelines.Yaml;
using Mona.Sdk;
using Mona.Sdk.Stages;

namespace Mona.Engine.Pipelines;

/// <summary>
/// Reads <c>driving</c>: a video path (<c>driving: clips/d0.mp4</c> or <c>{video: clips/d0.mp4}</c>)
/// or a preset (<c>{preset: talk, duration: 4, fps: 25}</c>). The <c>--driving</c> flag takes a
/// video path, <c>preset:NAME</c>, or a bare preset name when no file of that name exists.
/// </summary>
internal sealed class DrivingReader
{
    private const string PresetKey = "preset";
    private const string VideoKey = "video";
    private const string DurationKey = "duration";
    private const string FpsKey = "fps";
    private const string FlagPresetPrefix = "preset:";
    private static readonly string[] Keys = [PresetKey, VideoKey, DurationKey, FpsKey];

    private readonly string _baseDirectory;
    private readonly PipelineErrorCollector _errors;

    public DrivingReader(string baseDirectory, PipelineErrorCollector errors)
    {
        _baseDirectory = baseDirectory;
        _errors = errors;
    }

    /// <returns>The motion, or null when it is unusable (errors reported).</returns>
    public DrivingMotion? Read(SourceNode node) => node switch
    {
        SourceScalar { Flag: not null } flag => ReadFlag(flag),
        SourceScalar { IsNull: false } scalar => ReadVideo(scalar),
        SourceMapping mapping => ReadMapping(mapping),
        _ => Refuse(node, $"expected a driving video path or a preset such as {{preset: talk}}, got {node.Describe()}"),
    };

    private DrivingMotion? ReadFlag(SourceScalar flag)
    {
        if (flag.Value.StartsWith(FlagPresetPrefix, StringComparison.Ordinal))
            return Preset(flag, flag.Value[FlagPresetPrefix.Length..]);
        return DrivingPresets.IsKnown(flag.Value) && !File.Exists(Path.GetFullPath(flag.Value))
            ? Preset(flag, flag.Value)
            : ReadVideo(flag);
    }

    private DrivingMotion? ReadVideo(SourceNode node)
    {
        if (node is not SourceScalar { IsNull: false, Value.Length: > 0 } scalar)
            return Refuse(node, $"expected the path of a driving video, got {node.Describe()}");
        var path = PathValues.Resolve(scalar, _baseDirectory);
        if (File.Exists(path)) return new DrivingMotion(path, null, 0, new Rational(0, 1));
        var problem = Directory.Exists(path) ? "is a folder; expected a video file" : "not found";
        var presetHint = DrivingPresets.IsKnown(scalar.Value) ? $" (for the preset, write 'driving: {{preset: {scalar.Value}}}')" : "";
        return Refuse(scalar, $"driving video '{path}' {problem}{presetHint}");
    }

    private DrivingMotion? ReadMapping(SourceMapping mapping)
    {
        foreach (var key in mapping.Entries.Select(entry => entry.Key).Where(key => !Keys.Contains(key.Value)))
            _errors.Add(key, $"unknown driving key '{key.Value}'{NameSuggestions.Hint(key.Value, Keys)}; known keys: {string.Join(", ", Keys)}");
        var (preset, video) = (mapping.Find(PresetKey), mapping.Find(VideoKey));
        if (preset is not null && video is not null) return Refuse(video.Key, "driving takes either 'preset' or 'video', not both");
        if (video is not null)
        {
            foreach (var timing in new[] { mapping.Find(DurationKey), mapping.Find(FpsKey) }.OfType<SourceEntry>())
                _errors.Add(timing.Key, $"'{timing.Key.Value}' applies to presets only; a driving video has its own length and frame rate");
            return ReadVideo(video.Value);
        }
        if (preset is null) return Refuse(mapping, $"driving needs 'preset' (one of {string.Join(", ", DrivingPresets.Names)}) or 'video'");
        if (preset.Value is not SourceScalar { IsNull: false } name)
            return Refuse(preset.Value, $"expected a preset name (one of {string.Join(", ", DrivingPresets.Names)}), got {preset.Value.Describe()}");
        var duration = ReadDuration(mapping.Find(DurationKey)?.Value);
        var frameRate = ReadFrameRate(mapping.Find(FpsKey)?.Value);
        var motion = Preset(name, name.Value);
        return motion is null || duration is null || frameRate is null ? null : motion with { DurationSeconds = duration.Value, FrameRate = frameRate.Value };
    }

    private DrivingMotion? Preset(SourceScalar at, string name)
    {
        if (DrivingPresets.IsKnown(name))
            return new DrivingMotion(null, name, DrivingPresets.DefaultDurationSeconds, new Rational(DrivingPresets.DefaultFramesPerSecond, 1));
        return Refuse(at, $"unknown driving preset '{name}'{NameSuggestions.Hint(name, DrivingPresets.Names)}; known presets: {string.Join(", ", DrivingPresets.Names)}");
    }

    private double? ReadDuration(SourceNode? node)
    {
        if (node is null) return DrivingPresets.DefaultDurationSeconds;
        if (node is SourceScalar scalar && ScalarValues.TryNumber(scalar, out var seconds) && seconds > 0 && seconds <= DrivingPresets.MaxDurationSeconds)
            return seconds;
        _errors.Add(node, $"driving duration: expected seconds above 0 and at most {DrivingPresets.MaxDurationSeconds}, got {node.Describe()}");
        return null;
    }

    /// <summary>A number (25, 29.97) or an exact fraction as text ("30000/1001").</summary>
    private Rational? ReadFrameRate(SourceNode? node)
    {
        if (node is null) return new Rational(DrivingPresets.DefaultFramesPerSecond, 1);
        if (node is SourceScalar { IsNull: false } scalar && TryParseRate(scalar.Value, out var rate)
            && rate.Value > 0 && rate.Value <= DrivingPresets.MaxFramesPerSecond)
            return rate;
        _errors.Add(node, $"driving fps: expected a frame rate above 0 and at most {DrivingPresets.MaxFramesPerSecond} (25, 29.97 or 30000/1001), got {node.Describe()}");
        return null;
    }

    private static bool TryParseRate(string text, out Rational rate)
    {
        try
        {
            rate = Rational.Parse(text);
            return rate.Denominator > 0;
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            rate = default;
            return false;
        }
    }

    private DrivingMotion? Refuse(SourceNode at, string message)
    {
        _errors.Add(at, message);
        return null;
    }
}
