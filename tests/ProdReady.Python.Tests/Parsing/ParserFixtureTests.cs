using System.Text.Json.Nodes;
using ProdReady.Core.Text;
using ProdReady.Python.Syntax;
using Assert = Xunit.Assert;

namespace ProdReady.Python.Tests.Parsing;

/// <summary>
/// Every fixture under <c>Fixtures/valid</c> parses to exactly the tree CPython 3.13 builds (positions included);
/// every fixture under <c>Fixtures/invalid</c> is rejected on the line CPython reports, with its message.
/// </summary>
public sealed class ParserFixtureTests
{
    /// <summary>Invalid fixtures whose message differs from CPython's wording (the line still must match).</summary>
    private static readonly HashSet<string> s_knownMessageDifferences = new(
        File.ReadAllLines(Path.Combine(Fixtures.Folder("invalid"), "known-message-differences.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#')),
        StringComparer.Ordinal);

    public static TheoryData<string> ValidNames => Fixtures.Names("valid");

    public static TheoryData<string> InvalidNames => Fixtures.Names("invalid");

    [Theory]
    [MemberData(nameof(ValidNames))]
    public void Reports_the_tree_CPython_builds(string name)
    {
        var source = new SourceText(Fixtures.Source("valid", name));
        var result = PythonParser.Parse(source);

        Assert.True(result.Success, result.Success ? string.Empty : $"{result.Errors[0].Message} at {source.Lines.GetPosition(result.Errors[0].Span.Start)}");
        var expected = JsonNode.Parse(Fixtures.Expected("valid", name, ".ast.json"));
        var actual = JsonNode.Parse(CanonicalAstWriter.ToJson(result.Module, source));
        Assert.Null(AstJson.FirstDifference(expected, actual));
    }

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public void Reports_the_error_CPython_reports(string name)
    {
        var source = new SourceText(Fixtures.Source("invalid", name));
        var result = PythonParser.Parse(source);

        Assert.False(result.Success);
        var expected = JsonNode.Parse(Fixtures.Expected("invalid", name, ".error.json"))!;
        var error = result.Errors[0];
        Assert.Equal(expected["lineno"]!.GetValue<int>(), source.Lines.GetLineNumber(Math.Min(error.Span.Start, source.Length)));
        if (!s_knownMessageDifferences.Contains(name))
        {
            Assert.Equal(expected["msg"]!.GetValue<string>(), error.Message);
            Assert.Equal(expected["type"]!.GetValue<string>(), error.Type.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public void Reports_a_partial_tree_for_invalid_input(string name)
    {
        var source = new SourceText(Fixtures.Source("invalid", name));
        var result = PythonParser.Parse(source);

        var previousEnd = 0;
        foreach (var statement in result.Module.Body)
        {
            Assert.True(statement.Span.Start >= previousEnd && statement.Span.End <= source.Length);
            previousEnd = statement.Span.End;
        }

        Assert.Equal(ProdReady.Python.Lexing.TokenKind.EndOfFile, result.Tokens[^1].Kind);
    }
}
