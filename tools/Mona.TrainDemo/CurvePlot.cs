using System.Globalization;

namespace Mona.TrainDemo;

/// <summary>Writes the learning curve as CSV, PNG and SVG (ScottPlot).</summary>
internal static class CurvePlot
{
    public static void Write(string folder, IReadOnlyList<CurvePoint> points, string title, HeldOutSet baselines)
    {
        var lines = new List<string> { "step,images,seconds,train_l1,heldout_l1,heldout_most_motion_l1,run" };
        lines.AddRange(points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Step},{p.Images},{p.Seconds:F1},{p.TrainLoss:F5},{p.HeldOutLoss:F5},{p.HardLoss:F5},{p.Run}")));
        File.WriteAllLines(Path.Combine(folder, "curve.csv"), lines);
        var plot = new ScottPlot.Plot();
        var xs = points.Select(p => (double)p.Step).ToArray();
        var trained = points.Where(p => !float.IsNaN(p.TrainLoss)).ToArray();
        var train = plot.Add.Scatter(trained.Select(p => (double)p.Step).ToArray(), trained.Select(p => (double)p.TrainLoss).ToArray());
        train.LegendText = "training L1 (mean of the last steps)";
        var held = plot.Add.Scatter(xs, points.Select(p => (double)p.HeldOutLoss).ToArray());
        held.LegendText = "held-out L1";
        var baseline = plot.Add.HorizontalLine(baselines.Copy, color: held.Color);
        baseline.LegendText = $"held-out L1 of copying the first shot ({baselines.Copy:F4})";
        baseline.LinePattern = ScottPlot.LinePattern.Dashed;
        var withHard = points.Where(p => !float.IsNaN(p.HardLoss)).ToArray();
        var hard = plot.Add.Scatter(withHard.Select(p => (double)p.Step).ToArray(), withHard.Select(p => (double)p.HardLoss).ToArray());
        hard.LegendText = "held-out L1, the third that moves most";
        var hardBaseline = plot.Add.HorizontalLine(baselines.HardCopy, color: hard.Color);
        hardBaseline.LegendText = $"copying, on that third ({baselines.HardCopy:F4})";
        hardBaseline.LinePattern = ScottPlot.LinePattern.Dashed;
        // Where a killed run was resumed from its checkpoint: the curve must carry on across the line.
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Run == points[i - 1].Run) continue;
            var resumed = plot.Add.VerticalLine(points[i - 1].Step, color: ScottPlot.Colors.Gray);
            resumed.LegendText = $"resumed from the checkpoint at step {points[i - 1].Step}";
            resumed.LinePattern = ScottPlot.LinePattern.Dotted;
        }
        plot.Title(title);
        plot.XLabel("step");
        plot.YLabel("L1 reconstruction loss");
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        // Head room above the highest baseline for the legend.
        var highest = points.SelectMany(p => new[] { p.TrainLoss, p.HeldOutLoss, p.HardLoss }).Where(v => !float.IsNaN(v))
            .Append((float)baselines.Copy).Append((float)baselines.HardCopy).Max();
        plot.Axes.SetLimitsY(0, highest * 1.6);
        plot.SavePng(Path.Combine(folder, "curve.png"), 900, 520);
        plot.SaveSvg(Path.Combine(folder, "curve.svg"), 900, 520);
        // The first evaluation (a fresh net) dwarfs the rest: a second view from the second point on.
        var later = points.Skip(1).SelectMany(p => new[] { p.TrainLoss, p.HeldOutLoss, p.HardLoss }).Where(v => !float.IsNaN(v))
            .Append((float)baselines.Copy).Append((float)baselines.HardCopy).ToArray();
        if (later.Length < 2) return;
        plot.Axes.SetLimits(points[1].Step, points[^1].Step, later.Min() * 0.95, later.Max() * 1.05);
        plot.SavePng(Path.Combine(folder, "curve-zoom.png"), 900, 520);
    }
}
