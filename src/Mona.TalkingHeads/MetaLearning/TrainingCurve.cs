using System.Globalization;

namespace Mona.TalkingHeads.MetaLearning;

/// <summary>The learning curve of a run as <c>curve.csv</c> and <c>curve.png</c> (ScottPlot), rewritten at every evaluation.</summary>
public static class TrainingCurve
{
    private const string Header = "step,images,seconds,train_l1,train_warp_l1,train_adversarial,train_discriminator,heldout_l1,heldout_warp_l1,run";

    public static void Write(string folder, IReadOnlyList<CurvePoint> points, string title)
    {
        var lines = new List<string> { Header };
        lines.AddRange(points.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.Step},{p.Images},{p.Seconds:F1},{p.TrainL1:F5},{p.TrainWarpL1:F5},{p.TrainAdversarial:F5},{p.TrainDiscriminator:F5},{p.HeldOutL1:F5},{p.WarpL1:F5},{p.Run}")));
        File.WriteAllLines(Path.Combine(folder, "curve.csv"), lines);
        var plot = new ScottPlot.Plot();
        var trained = points.Where(p => !float.IsNaN(p.TrainL1)).ToArray();
        var train = plot.Add.Scatter(trained.Select(p => (double)p.Step).ToArray(), trained.Select(p => (double)p.TrainL1).ToArray());
        train.LegendText = "training L1 (mean since the last point)";
        var trainWarp = plot.Add.Scatter(trained.Select(p => (double)p.Step).ToArray(), trained.Select(p => (double)p.TrainWarpL1).ToArray(), color: train.Color);
        trainWarp.LegendText = "the warp alone on those training episodes";
        trainWarp.LinePattern = ScottPlot.LinePattern.Dashed;
        var held = plot.Add.Scatter(points.Select(p => (double)p.Step).ToArray(), points.Select(p => (double)p.HeldOutL1).ToArray());
        held.LegendText = "held-out people, L1";
        if (points.Count > 0 && !float.IsNaN(points[^1].WarpL1))
        {
            var warp = plot.Add.HorizontalLine(points[^1].WarpL1, color: held.Color);
            warp.LegendText = string.Create(CultureInfo.InvariantCulture, $"held-out, the warp alone ({points[^1].WarpL1:F4})");
            warp.LinePattern = ScottPlot.LinePattern.Dashed;
        }
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Run == points[i - 1].Run) continue;
            var resumed = plot.Add.VerticalLine(points[i - 1].Step, color: ScottPlot.Colors.Gray);
            resumed.LegendText = $"resumed at step {points[i - 1].Step}";
            resumed.LinePattern = ScottPlot.LinePattern.Dotted;
        }
        plot.Title(title);
        plot.XLabel("step");
        plot.YLabel("L1 (images in [0, 1])");
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        plot.SavePng(Path.Combine(folder, "curve.png"), 900, 520);
    }

    /// <summary>The points of an earlier run up to <paramref name="step"/> (a resumed run continues its curve).</summary>
    public static List<CurvePoint> Read(string folder, long step)
    {
        var path = Path.Combine(folder, "curve.csv");
        if (!File.Exists(path)) return [];
        static float F(string s) => float.Parse(s, CultureInfo.InvariantCulture);
        return File.ReadLines(path).Skip(1).Select(line => line.Split(','))
            .Select(f => new CurvePoint(long.Parse(f[0], CultureInfo.InvariantCulture), long.Parse(f[1], CultureInfo.InvariantCulture),
                double.Parse(f[2], CultureInfo.InvariantCulture), F(f[3]), F(f[4]), F(f[5]), F(f[6]), F(f[7]), F(f[8]), int.Parse(f[9], CultureInfo.InvariantCulture)))
            .Where(p => p.Step <= step).ToList();
    }
}
