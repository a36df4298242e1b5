namespace Mona.Animation.Smoothing;

/// <summary>
/// The one-euro filter on one scalar signal: an exponential low-pass whose cutoff rises with the
/// signal's (itself low-passed) speed, fc = min cutoff + β·|ẋ|, so slow motion is smoothed hard
/// and fast motion passes with little lag. The smoothing factor for a step dt is
/// α = 1 / (1 + τ/dt), τ = 1/(2π·fc).
/// </summary>
public sealed class OneEuroFilter
{
    private readonly OneEuroOptions _options;
    private double _value;
    private double _speed;
    private double _lastTime;
    private bool _started;

    public OneEuroFilter(OneEuroOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Filters the sample <paramref name="x"/> taken at <paramref name="time"/> seconds (strictly increasing).</summary>
    public double Filter(double x, double time)
    {
        if (!_started)
        {
            _started = true;
            _value = x;
            _lastTime = time;
            return x;
        }
        var dt = time - _lastTime;
        if (!(dt > 0)) throw new ArgumentException($"sample times must increase: {time} after {_lastTime}", nameof(time));
        _lastTime = time;
        var rawSpeed = (x - _value) / dt;
        _speed += Alpha(_options.DerivativeCutoff, dt) * (rawSpeed - _speed);
        var cutoff = _options.MinCutoff + _options.Beta * Math.Abs(_speed);
        _value += Alpha(cutoff, dt) * (x - _value);
        return _value;
    }

    /// <summary>Forgets the history (after a cut or a lost track).</summary>
    public void Reset() => _started = false;

    private static double Alpha(double cutoff, double dt) => 1 / (1 + 1 / (2 * Math.PI * cutoff * dt));
}
