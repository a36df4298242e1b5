using System.Globalization;
using Mona.Benchmarks.Cases;
using Mona.Benchmarks.Measurement;
using ScottPlot;

namespace Mona.Benchmarks.Reports;

/// <summary>
/// kernels.png: one horizontal bar per case, the ratio ORT time / Mona time on a log₂ axis, so
/// that "twice as fast" and "half as fast" are the same length either side of 1×. Bars grow right
/// when Mona is faster. Each group's target is a dashed line across that group's bars.
/// </summary>
internal static class RatioChart
{
    private const int Width = 1100;
    private const int RowHeight = 50;
    private const double BarSize = 0.6;

    private static readonly Dictionary<string, Color> GroupColors = new()
    {
        [CaseGroup.AdaIn.Name] = Colors.SteelBlue,
        [CaseGroup.Warp.Name] = Colors.DarkOrange,
        [CaseGroup.Conv.Name] = Colors.SeaGreen,
    };

    public static byte[] Render(RunInfo info, IReadOnlyList<CaseResult> results)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        var rows = results.Count;
        // Row i (table order) sits at y = rows − 1 − i, so the first case is on top.
        double RowY(int i) => rows - 1 - i;

        var bars = results.Select((r, i) => new Bar
        {
            Position = RowY(i),
            Value = Math.Log2(r.Ratio),
            ValueBase = 0,
            FillColor = r.Agreement.WithinTolerance ? GroupColors.GetValueOrDefault(r.Group, Colors.Gray) : Colors.Red,
            Size = BarSize,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        // Value labels sit right of the bar's end or of the 1× line, whichever is further right, so
        // they never cross a bar that points left or a target line.
        foreach (var (r, i) in results.Select((r, i) => (r, i)))
        {
            var text = plot.Add.Text($"{r.RatioText} {r.Mark}", Math.Max(Math.Log2(r.Ratio), 0) + 0.05, RowY(i));
            text.LabelFontSize = 13;
            text.LabelAlignment = Alignment.MiddleLeft;
            text.LabelBold = r.Mark != "pass";
        }

        AddTargets(plot, results, RowY);
        AddAxes(plot, results, RowY);
        AddLegend(plot, results);
        plot.Title($"Mona vs ONNX Runtime {info.OnnxRuntime}, {info.Threads} threads: ORT time / Mona time (> 1× = Mona faster)");
        plot.XLabel("ORT time / Mona time (log scale)");

        using var image = plot.GetImage(Width, 140 + rows * RowHeight);
        return image.GetImageBytes(ImageFormat.Png, 100);
    }

    private static void AddTargets(Plot plot, IReadOnlyList<CaseResult> results, Func<int, double> rowY)
    {
        foreach (var group in results.Select((r, i) => (r, i)).GroupBy(p => p.r.Group))
        {
            var x = Math.Log2(group.First().r.Target);
            var top = group.Max(p => rowY(p.i)) + 0.5;
            var bottom = group.Min(p => rowY(p.i)) - 0.5;
            var line = plot.Add.Line(x, bottom, x, top);
            line.LineWidth = 3;
            line.LineColor = Colors.DarkRed;
            line.LinePattern = LinePattern.Dashed;
            var label = plot.Add.Text(string.Create(CultureInfo.InvariantCulture, $"target {group.First().r.Target:0.0#}×"), x + 0.04, top);
            label.LabelFontSize = 11;
            label.LabelFontColor = Colors.DarkRed;
            label.LabelAlignment = Alignment.UpperLeft;
        }
        var one = plot.Add.VerticalLine(0);
        one.LineColor = Colors.Gray;
        one.LineWidth = 1;
    }

    private static void AddAxes(Plot plot, IReadOnlyList<CaseResult> results, Func<int, double> rowY)
    {
        var logs = results.Select(r => Math.Log2(r.Ratio)).Concat(results.Select(r => Math.Log2(r.Target))).Append(0).ToList();
        // Whole powers of two around the data, with room on the right for the bar labels.
        var low = Math.Floor(logs.Min()) - 1.5;
        var high = Math.Ceiling(logs.Max()) + 1.5;
        var step = Math.Max(1, (int)Math.Ceiling((high - low) / 12));
        var ticks = new List<double>();
        for (var p = Math.Ceiling(low); p <= high; p += step) ticks.Add(p);
        plot.Axes.Bottom.SetTicks(ticks.ToArray(), ticks.Select(p => Label(Math.Pow(2, p))).ToArray());
        plot.Axes.Left.SetTicks(results.Select((_, i) => rowY(i)).ToArray(), results.Select(r => r.Name).ToArray());
        plot.Axes.SetLimits(low, high, -0.7, results.Count - 0.1);
    }

    private static void AddLegend(Plot plot, IReadOnlyList<CaseResult> results)
    {
        foreach (var group in results.Select(r => (r.Group, r.Target)).Distinct())
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = $"{group.Group} (target ≥ {group.Target:0.0#}×, dashed)",
                FillColor = GroupColors.GetValueOrDefault(group.Group, Colors.Gray),
            });
        if (results.Any(r => !r.Agreement.WithinTolerance))
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "disagrees with ORT", FillColor = Colors.Red });
        plot.ShowLegend(Alignment.LowerRight);
    }

    private static string Label(double ratio) =>
        ratio >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{ratio:0.##}×")
            : string.Create(CultureInfo.InvariantCulture, $"1/{1 / ratio:0.##}×");
}
