using System.Collections.Immutable;
using System.Globalization;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary>How request input travelled inside one function: each step's line and what carried the value there.</summary>
/// <param name="Steps">The steps, the source first.</param>
internal sealed record TaintPath(ImmutableArray<(int Line, string What)> Steps)
{
    /// <summary>Starts a path at a source.</summary>
    /// <param name="line">The source's line.</param>
    /// <param name="what">What the source is (<c>request.args</c>, <c>parameter 'name'</c>).</param>
    /// <returns>The path.</returns>
    public static TaintPath Start(int line, string what) => new([(line, what)]);

    /// <summary>Extends the path by a step, unless the last step already sits on that line with that carrier.</summary>
    /// <param name="line">The step's line.</param>
    /// <param name="what">What carries the value there.</param>
    /// <returns>The longer path.</returns>
    public TaintPath Then(int line, string what)
    {
        var last = Steps[^1];
        return last.Line == line && last.What == what ? this : new(Steps.Add((line, what)));
    }

    /// <summary>Renders the path as <c>line 3 request.args → line 4 'target' → line 6 redirect()</c>.</summary>
    /// <returns>The text.</returns>
    public string Render() => string.Join(" -> ", Steps.Select(step => string.Create(CultureInfo.InvariantCulture, $"line {step.Line} {step.What}")));
}
