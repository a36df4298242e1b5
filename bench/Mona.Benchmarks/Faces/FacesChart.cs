using System.Globalization;
using ScottPlot;

namespace Mona.Benchmarks.Faces;

/// <summary>
/// faces.png: per image two horizontal bars, face-api time / Mona time on N threads and on 1
/// thread, on a log₂ axis (as kernels.png), with the 2× target dashed. Red: face counts disagree.
/// </summary>
internal static class FacesChart
{
    private const int Width = 1100;
    private const int RowHeight = 46;

    public static byte[] Render(FacesRunInfo info, IReadOnlyList<FaceImageResult> results)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        var rows = results.Count;
        double RowY(int i) => rows - 1 - i;
        var bars = results.SelectMany((r, i) => new[]
        {
            new Bar { Position = RowY(i) + 0.18, Value = Math.Log2(r.Ratio), Size = 0.34, FillColor = r.CountsAgree ? Colors.SeaGreen : Colors.Red },
            new Bar { Position = RowY(i) - 0.18, Value = Math.Log2(r.RatioOneThread), Size = 0.34, FillColor = r.CountsAgree ? Colors.SteelBlue : Colors.Red },
        }).ToList();
        plot.Add.Bars(bars).Horizontal = true;
        foreach (var (r, i) in results.Select((r, i) => (r, i)))
        {
            var label = plot.Add.Text(string.Create(CultureInfo.InvariantCulture, $"{r.Ratio:0.00}× / {r.RatioOneThread:0.00}×"),
                Math.Max(Math.Max(Math.Log2(r.Ratio), Math.Log2(r.RatioOneThread)), 0) + 0.05, RowY(i));
            label.LabelFontSize = 12;
            label.LabelAlignment = Alignment.MiddleLeft;
        }
        var target = plot.Add.VerticalLine(Math.Log2(FacesTable.Target));
        target.LineColor = Colors.DarkRed;
        target.LineWidth = 2;
        target.LinePattern = LinePattern.Dashed;
        plot.Add.VerticalLine(0).LineColor = Colors.Gray;

        var logs = results.SelectMany(r => new[] { Math.Log2(r.Ratio), Math.Log2(r.RatioOneThread) }).Append(0).Append(1).ToList();
        double low = Math.Floor(logs.Min()) - 0.5, high = Math.Ceiling(logs.Max()) + 1.5;
        var ticks = Enumerable.Range((int)Math.Ceiling(low), (int)(high - Math.Ceiling(low)) + 1).Select(p => (double)p).ToArray();
        plot.Axes.Bottom.SetTicks(ticks, ticks.Select(p => p >= 0 ? $"{Math.Pow(2, p):0.##}×" : $"1/{Math.Pow(2, -p):0.##}×").ToArray());
        plot.Axes.Left.SetTicks(results.Select((_, i) => RowY(i)).ToArray(), results.Select(r => r.Name).ToArray());
        plot.Axes.SetLimits(low, high, -0.7, rows - 0.3);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"Mona on {info.MonaThreads} threads", FillColor = Colors.SeaGreen });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Mona on 1 thread", FillColor = Colors.SteelBlue });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "target 2× (dashed)", FillColor = Colors.DarkRed });
        plot.ShowLegend(Alignment.LowerRight);
        plot.Title($"Mona vs face-api {info.FaceApi} on tfjs-wasm (1 thread): face-api time / Mona time (> 1× = Mona faster)");
        plot.XLabel("face-api time / Mona time (log scale)");
        using var image = plot.GetImage(Width, 140 + rows * RowHeight);
        return image.GetImageBytes(ImageFormat.Png, 100);
    }
}
