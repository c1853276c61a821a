using System.Text;
using ProdReady.Core.Text;
using ProdReady.Python.Syntax;
using Assert = Xunit.Assert;

namespace ProdReady.Python.Tests.Parsing;

/// <summary>Pathological nesting gives a tree or a syntax error, never a crash; accepted trees walk and dump.</summary>
public sealed class DeepNestingTests
{
    [Fact]
    public void Survives_100000_nested_parentheses()
    {
        var text = new string('(', 100_000) + "x" + new string(')', 100_000) + "\n";
        var result = PythonParser.Parse(new SourceText(text));

        Assert.False(result.Success);
        Assert.Equal("too many nested parentheses", result.Errors[0].Message);
    }

    [Theory]
    [InlineData("(", ")", 200)]
    [InlineData("[", "]", 199)]
    [InlineData("f(", ")", 199)]
    public void Accepts_the_bracket_depth_cpython_accepts(string open, string close, int depth)
    {
        // CPython's tokenizer allows 200 open brackets at once; anything it accepts must parse here too.
        var text = "x = " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + "\n";
        var result = PythonParser.Parse(new SourceText(text));

        Assert.True(result.Success, result.Errors.Count == 0 ? null : result.Errors[0].Message);
    }

    [Fact]
    public void Accepts_5000_nested_unary_operators_as_cpython_does()
    {
        var result = PythonParser.Parse(new SourceText("x = " + new string('-', 5_000) + "1\n"));

        Assert.True(result.Success, result.Errors.Count == 0 ? null : result.Errors[0].Message);
        Assert.Equal(5_000 + 3, CountNodes(result.Module) - 1);
    }

    [Fact]
    public void Gives_up_on_a_million_nested_unary_operators_with_an_error()
    {
        var result = PythonParser.Parse(new SourceText("x = " + new string('-', 1_000_000) + "1\n"));

        Assert.False(result.Success);
        Assert.Contains("too complex", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Survives_10000_nested_blocks()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            builder.Append(' ', i).Append("if x:\n");
        }

        builder.Append(' ', 10_000).Append("pass\n");
        var result = PythonParser.Parse(new SourceText(builder.ToString()));

        Assert.False(result.Success);
        Assert.Equal("too many levels of indentation", result.Errors[0].Message);
    }

    [Fact]
    public void Survives_99_nested_blocks_and_dumps_them()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 99; i++)
        {
            builder.Append(' ', i).Append("if x:\n");
        }

        builder.Append(' ', 99).Append("pass\n");
        var source = new SourceText(builder.ToString());
        var result = PythonParser.Parse(source);

        Assert.True(result.Success);
        Assert.Equal(99 + 1 + 99, CountNodes(result.Module) - 1);
    }

    [Fact]
    public void Survives_a_one_megabyte_expression_on_one_line()
    {
        var builder = new StringBuilder("x = a");
        while (builder.Length < 1_000_000)
        {
            builder.Append(" + a");
        }

        builder.Append('\n');
        var source = new SourceText(builder.ToString());
        var result = PythonParser.Parse(source);

        Assert.True(result.Success);
        var operators = (builder.Length - 6) / 4;
        Assert.Equal(1 + 1 + 1 + operators + operators + 1, CountNodes(result.Module));
        var json = CanonicalAstWriter.ToJson(result.Module, source);
        Assert.StartsWith("{\"_type\":\"Module\"", json, StringComparison.Ordinal);
        Assert.EndsWith("}", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("not ")]
    [InlineData("~")]
    [InlineData("await ")]
    [InlineData("lambda: ")]
    [InlineData("x if y else ")]
    [InlineData("x ** ")]
    [InlineData("*")]
    public void Survives_100000_nested_prefix_operators(string prefix)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            builder.Append(prefix);
        }

        builder.Append("1\n");
        var result = PythonParser.Parse(new SourceText(builder.ToString()));

        Assert.False(result.Success);
        Assert.NotEmpty(result.Errors[0].Message);
    }

    [Fact]
    public void Survives_deeply_nested_fstrings_and_brackets_within_the_limits()
    {
        var text = "x = " + new string('[', 150) + new string(']', 150) + "\ny = f\"{f'{f\"{1}\"}'}\"\n";
        var result = PythonParser.Parse(new SourceText(text));

        Assert.True(result.Success, result.Success ? string.Empty : result.Errors[0].Message);
    }

    private static int CountNodes(SyntaxNode root)
    {
        var counter = new CountingWalker();
        counter.Walk(root);
        Assert.Equal(counter.Entered, counter.Left);
        return counter.Entered;
    }

    private sealed class CountingWalker : SyntaxWalker
    {
        public int Entered { get; private set; }

        public int Left { get; private set; }

        protected override bool Enter(SyntaxNode node)
        {
            Entered++;
            return true;
        }

        protected override void Leave(SyntaxNode node) => Left++;
    }
}
