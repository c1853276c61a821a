using System.Globalization;
using System.Text;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Core.Text;
using ProdReady.Testing;

namespace ProdReady.Analysis.Tests.Engine;

/// <summary>Runs rules through the real engine and renders findings the way fixtures snapshot them.</summary>
internal static class RuleHarness
{
    public static IReadOnlyList<Diagnostic> Analyze(string source, Rule rule, string path = "test.py") =>
        new AnalysisEngine([rule]).Analyze(new AnalysisInput { Files = [SourceFile.FromText(path, source)] }, TestContext.Current.CancellationToken).Diagnostics;

    /// <summary>Asserts that <paramref name="rule"/> reports exactly the spans marked <c>[|...|]</c> in <paramref name="markup"/>.</summary>
    public static void AssertSpans(string markup, Rule rule, string path = "test.py")
    {
        var (source, expected) = SpanMarkup.Parse(markup);
        var lines = LineIndex.Create(source);
        var actual = Analyze(source, rule, path)
            .Select(d => ToSpan(lines, source, d.Location!))
            .ToList();
        Assert.Equal(SpanMarkup.Render(source, expected), SpanMarkup.Render(source, actual));
    }

    /// <summary>Renders findings as <c>path:line:col: CODE message</c> with the source line and a caret underline.</summary>
    public static string Render(IEnumerable<Diagnostic> diagnostics, string? source)
    {
        var lines = source?.ReplaceLineEndings("\n").Split('\n');
        var text = new StringBuilder();
        foreach (var d in diagnostics)
        {
            if (d.Location is null)
            {
                text.Append(CultureInfo.InvariantCulture, $"{d.Code} {d.Message}\n");
                continue;
            }

            var l = d.Location;
            text.Append(CultureInfo.InvariantCulture, $"{l.Path}:{l.Line}:{l.Column}: {d.Code} {d.Message}\n");
            if (lines is not null && l.Line <= lines.Length)
            {
                var line = lines[l.Line - 1];
                var width = l.EndLine == l.Line ? Math.Max(1, l.EndColumn - l.Column) : Math.Max(1, line.Length - l.Column + 1);
                text.Append(CultureInfo.InvariantCulture, $"  {l.Line,4} | {line}\n");
                text.Append(CultureInfo.InvariantCulture, $"       | {new string(' ', l.Column - 1)}{new string('^', width)}\n");
            }
        }

        return text.Length == 0 ? "(no findings)\n" : text.ToString();
    }

    private static (int Start, int Length) ToSpan(LineIndex lines, string source, SourceLocation location)
    {
        // Test sources are BMP-only, so code-point columns equal UTF-16 columns.
        var start = lines.GetLineStart(location.Line) + location.Column - 1;
        var end = lines.GetLineStart(location.EndLine) + location.EndColumn - 1;
        Assert.InRange(end, start, source.Length);
        return (start, end - start);
    }
}
