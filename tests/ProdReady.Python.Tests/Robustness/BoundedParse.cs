using ProdReady.Core.Text;

namespace ProdReady.Python.Tests.Robustness;

/// <summary>Parses on a worker thread and fails the test when one parse does not finish in time.</summary>
internal static class BoundedParse
{
    /// <summary>Generous: a parse of these inputs takes milliseconds; only a hang comes near it.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>Parses <paramref name="text"/>; the result has a tree and, when the text is not valid Python, errors.</summary>
    public static async Task<ParseResult> ParseAsync(string text, string what)
    {
        var parse = Task.Run(() => PythonParser.Parse(new SourceText(text)), TestContext.Current.CancellationToken);
        try
        {
            var result = await parse.WaitAsync(Limit, TestContext.Current.CancellationToken);
            Assert.NotNull(result.Module);
            return result;
        }
        catch (TimeoutException)
        {
            Assert.Fail($"parsing {what} did not finish within {Limit.TotalSeconds} s");
            throw;
        }
    }
}
