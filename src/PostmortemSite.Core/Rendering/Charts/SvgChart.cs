using System.Globalization;
using System.Net;
using System.Text;

namespace PostmortemSite.Rendering.Charts;

public sealed record ChartBar(string Label, double Value, string ValueText);

/// <summary>One row of a strip plot: every value as a dot, with the median and p90 marked.</summary>
public sealed record StripRow(string Label, IReadOnlyList<StripPoint> Points, double? Median, double? P90);

public sealed record StripPoint(double Value, string Tooltip);

/// <summary>
/// Charts as inline SVG, drawn at build time so pages need no JavaScript. Every chart is an image with a title
/// and a description (role="img", aria-labelledby), and the page puts a data table beside it; colours come from
/// CSS classes (series-0 to series-7, axis, grid) so light, dark and print modes restyle them.
/// Coordinates are written with the invariant culture: the same figures give the same bytes.
/// </summary>
public static class SvgChart
{
    public const int SeriesCount = 8;

    private const double Width = 640;
    private const double CharWidth = 6.6; // at the 12px the stylesheet sets; labels are sized by character count.
    private const double RowHeight = 26;

    /// <summary>A horizontal bar per item, longest value scaled to the full width, the value written after the bar.</summary>
    public static string Bars(string id, string title, string description, IReadOnlyList<ChartBar> bars)
    {
        var labelWidth = LabelWidth(bars.Select(b => b.Label));
        var valueWidth = bars.Count == 0 ? 0 : bars.Max(b => b.ValueText.Length) * CharWidth + 8;
        var plotWidth = Width - labelWidth - valueWidth - 8;
        var max = bars.Count == 0 ? 1 : Math.Max(bars.Max(b => b.Value), 1e-9);
        var height = Math.Max(bars.Count, 1) * RowHeight + 8;

        var svg = new SvgBuilder(id, title, description, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 4 + i * RowHeight;
            var length = plotWidth * bar.Value / max;
            svg.Text(labelWidth - 6, y + RowHeight / 2, Fit(bar.Label, labelWidth), "end");
            svg.Rect(labelWidth, y + 4, length, RowHeight - 8, "bar series-0", $"{bar.Label}: {bar.ValueText}");
            svg.Text(labelWidth + length + 6, y + RowHeight / 2, bar.ValueText, "start");
        }

        svg.Line(labelWidth, 2, labelWidth, height - 2, "axis");
        return svg.ToString();
    }

    /// <summary>One column per label (months), stacked by series (category groups), with a legend and a count axis.</summary>
    /// <param name="values">Per column, one value per series.</param>
    public static string StackedColumns(string id, string title, string description, IReadOnlyList<string> columns, IReadOnlyList<string> series, IReadOnlyList<IReadOnlyList<int>> values)
    {
        const double left = 36, right = 8, plotHeight = 180, axisLabels = 22;
        var legend = LegendRows(series, Width - left - right);
        var top = 8 + legend.Count * 20 + 8;
        var height = top + plotHeight + axisLabels + 4;
        var svg = new SvgBuilder(id, title, description, height);

        for (var row = 0; row < legend.Count; row++)
        {
            foreach (var (name, index, x) in legend[row])
            {
                svg.Rect(left + x, 8 + row * 20, 12, 12, $"series-{index % SeriesCount}", null);
                svg.Text(left + x + 16, 14 + row * 20, name, "start");
            }
        }

        var max = Math.Max(1, values.Count == 0 ? 0 : values.Max(v => v.Sum()));
        var step = max <= 5 ? 1 : (int)Math.Ceiling(max / 5.0);
        var scaleMax = (int)Math.Ceiling((double)max / step) * step;
        var plotWidth = Width - left - right;
        double Y(double count) => top + plotHeight - plotHeight * count / scaleMax;

        for (var tick = 0; tick <= scaleMax; tick += step)
        {
            svg.Line(left, Y(tick), Width - right, Y(tick), tick == 0 ? "axis" : "grid");
            svg.Text(left - 6, Y(tick), tick.ToString(CultureInfo.InvariantCulture), "end");
        }

        var columnWidth = columns.Count == 0 ? plotWidth : plotWidth / columns.Count;
        var labelEvery = Math.Max(1, (int)Math.Ceiling((columns.Count == 0 ? 0 : columns.Max(c => c.Length) * CharWidth + 8) / columnWidth));
        for (var c = 0; c < columns.Count; c++)
        {
            var x = left + c * columnWidth;
            var stacked = 0;
            for (var s = 0; s < series.Count; s++)
            {
                var count = values[c][s];
                if (count == 0)
                {
                    continue;
                }

                svg.Rect(x + columnWidth * 0.15, Y(stacked + count), columnWidth * 0.7, Y(stacked) - Y(stacked + count), $"segment series-{s % SeriesCount}", $"{columns[c]}, {series[s]}: {count}");
                stacked += count;
            }

            if (c % labelEvery == 0)
            {
                svg.Line(x + columnWidth / 2, top + plotHeight, x + columnWidth / 2, top + plotHeight + 4, "axis");
                svg.Text(x + columnWidth / 2, top + plotHeight + 14, columns[c], "middle");
            }
        }

        return svg.ToString();
    }

    /// <summary>
    /// A row of dots per label on a logarithmic minutes axis, because durations run from minutes to days and a
    /// linear axis would squash most incidents against zero. A solid mark shows the median, a dashed one the p90.
    /// </summary>
    public static string Strips(string id, string title, string description, IReadOnlyList<StripRow> rows, Func<double, string> formatTick)
    {
        const double legendHeight = 24, axisLabels = 24;
        var labelWidth = LabelWidth(rows.Select(r => r.Label));
        var plotLeft = labelWidth + 8;
        var plotRight = Width - 16;
        var values = rows.SelectMany(r => r.Points.Select(p => p.Value)).Where(v => v > 0).ToList();
        var (low, high, ticks) = LogTicks(values.Count == 0 ? 1 : values.Min(), values.Count == 0 ? 60 : values.Max());
        double X(double minutes) => plotLeft + (plotRight - plotLeft) * (Math.Log(Math.Max(minutes, low)) - Math.Log(low)) / (Math.Log(high) - Math.Log(low));

        var top = legendHeight;
        var height = top + Math.Max(rows.Count, 1) * RowHeight + axisLabels;
        var svg = new SvgBuilder(id, title, description, height);

        svg.Circle(plotLeft + 6, 10, 4.5, "point series-0", null);
        svg.Text(plotLeft + 14, 10, "incident", "start");
        svg.Line(plotLeft + 90, 3, plotLeft + 90, 17, "median");
        svg.Text(plotLeft + 96, 10, "median", "start");
        svg.Line(plotLeft + 160, 3, plotLeft + 160, 17, "p90");
        svg.Text(plotLeft + 166, 10, "p90", "start");

        var bottom = top + rows.Count * RowHeight;
        foreach (var tick in ticks)
        {
            svg.Line(X(tick), top, X(tick), bottom, "grid");
            svg.Text(X(tick), bottom + 14, formatTick(tick), "middle");
        }

        svg.Line(plotLeft, bottom, plotRight, bottom, "axis");
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var middle = top + r * RowHeight + RowHeight / 2;
            svg.Text(labelWidth, middle, Fit(row.Label, labelWidth), "end");
            for (var p = 0; p < row.Points.Count; p++)
            {
                // Dots at nearly the same value would hide each other: shift every other one up or down a little.
                var offset = (p % 3 - 1) * 4;
                svg.Circle(X(row.Points[p].Value), middle + offset, 4.5, "point series-0", row.Points[p].Tooltip);
            }

            if (row.Median is { } median)
            {
                svg.Line(X(median), middle - 9, X(median), middle + 9, "median");
            }

            if (row.P90 is { } p90)
            {
                svg.Line(X(p90), middle - 9, X(p90), middle + 9, "p90");
            }
        }

        return svg.ToString();
    }

    private static readonly double[] MinuteTicks = [1, 5, 15, 30, 60, 120, 240, 480, 1440, 2880, 10080, 20160, 43200, 129600, 525600];

    /// <summary>The ticks that bracket the values: the largest tick at or below the smallest value to the smallest at or above the largest.</summary>
    private static (double Low, double High, List<double> Ticks) LogTicks(double min, double max)
    {
        var low = MinuteTicks.LastOrDefault(t => t <= min, MinuteTicks[0]);
        var high = MinuteTicks.FirstOrDefault(t => t >= max, MinuteTicks[^1]);
        if (high <= low)
        {
            high = MinuteTicks.FirstOrDefault(t => t > low, low * 2);
        }

        return (low, high, MinuteTicks.Where(t => t >= low && t <= high).ToList());
    }

    private static List<List<(string Name, int Index, double X)>> LegendRows(IReadOnlyList<string> series, double width)
    {
        var rows = new List<List<(string, int, double)>> { new() };
        double x = 0;
        for (var i = 0; i < series.Count; i++)
        {
            var itemWidth = 16 + series[i].Length * CharWidth + 16;
            if (x > 0 && x + itemWidth > width)
            {
                rows.Add([]);
                x = 0;
            }

            rows[^1].Add((series[i], i, x));
            x += itemWidth;
        }

        return rows;
    }

    private static double LabelWidth(IEnumerable<string> labels) =>
        Math.Min(200, labels.Select(l => l.Length).DefaultIfEmpty(4).Max() * CharWidth + 8);

    /// <summary>Shortens a label to the space it has; the full text is in the table beside the chart.</summary>
    private static string Fit(string label, double width)
    {
        var chars = (int)((width - 8) / CharWidth);
        return label.Length <= chars ? label : label[..Math.Max(1, chars - 1)] + "…";
    }

    /// <summary>Writes the SVG elements; every number goes through <see cref="N"/> so output is culture-proof.</summary>
    private sealed class SvgBuilder
    {
        private readonly StringBuilder _svg = new();

        public SvgBuilder(string id, string title, string description, double height)
        {
            _svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"0 0 {N(Width)} {N(height)}\" role=\"img\" aria-labelledby=\"{Escape(id)}-title {Escape(id)}-desc\">");
            _svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{Escape(id)}-title\">{Escape(title)}</title><desc id=\"{Escape(id)}-desc\">{Escape(description)}</desc>");
        }

        public void Text(double x, double y, string text, string anchor) =>
            _svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\" dominant-baseline=\"middle\">{Escape(text)}</text>");

        public void Rect(double x, double y, double width, double height, string cssClass, string? tooltip) =>
            _svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{cssClass}\" x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(width, 0))}\" height=\"{N(Math.Max(height, 0))}\">{Tooltip(tooltip)}</rect>");

        public void Circle(double x, double y, double radius, string cssClass, string? tooltip) =>
            _svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"{cssClass}\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(radius)}\">{Tooltip(tooltip)}</circle>");

        public void Line(double x1, double y1, double x2, double y2, string cssClass) =>
            _svg.Append(CultureInfo.InvariantCulture, $"<line class=\"{cssClass}\" x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\"/>");

        public override string ToString() => _svg + "</svg>";

        private static string Tooltip(string? text) => text is null ? "" : $"<title>{Escape(text)}</title>";

        // Adding 0.0 turns a rounded -0 into 0, which would otherwise print as "-0".
        private static string N(double value) => (Math.Round(value, 1) + 0.0).ToString("0.#", CultureInfo.InvariantCulture);

        private static string Escape(string text) => WebUtility.HtmlEncode(text);
    }
}
