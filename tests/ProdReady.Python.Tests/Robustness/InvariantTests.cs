using ProdReady.Python.Syntax;
using ProdReady.Python.Tests.Conformance;
using ProdReady.Python.Text;
using Assert = Xunit.Assert;

namespace ProdReady.Python.Tests.Robustness;

/// <summary>Structural invariants of every valid fixture's tokens and tree.</summary>
public sealed class InvariantTests
{
    public static TheoryData<string> ValidFixtures => new(FixtureFiles.List("valid"));

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Tokens_are_in_order_and_inside_the_text(string fixture)
    {
        var result = Parse(fixture);
        var length = result.Source.Length;
        var previousEnd = 0;
        foreach (var token in result.Tokens)
        {
            Assert.True(token.Start >= 0 && token.End <= length, $"{token} lies outside the text (length {length})");
            Assert.True(token.Start >= previousEnd, $"{token} starts before the previous token ends ({previousEnd})");
            previousEnd = token.End;
        }
    }

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Children_lie_inside_their_parents(string fixture)
    {
        var result = Parse(fixture);
        var length = result.Source.Length;
        var children = new List<SyntaxNode>();
        var pending = new Stack<(SyntaxNode Node, SyntaxNode? Positioned)>();
        pending.Push((result.Module, null));
        while (pending.Count > 0)
        {
            var (node, parent) = pending.Pop();
            Assert.True(node.Span.Start >= 0 && node.Span.End <= length, $"{node.TypeName} {node.Span} lies outside the text");
            if (node.HasPosition && parent is not null)
            {
                var outer = OuterSpan(parent);
                Assert.True(outer.Contains(node.Span), $"{node.TypeName} {node.Span} is not inside its parent {parent.TypeName} {outer}");
            }

            children.Clear();
            node.AddChildren(children);
            var next = node.HasPosition ? node : parent;
            foreach (var child in children)
            {
                pending.Push((child, next));
            }
        }
    }

    // CPython's definitions start at 'def'/'class', after their decorators; the decorators are still children.
    private static Core.Text.TextSpan OuterSpan(SyntaxNode node)
    {
        var decorators = node switch
        {
            FunctionDef f => f.DecoratorList,
            AsyncFunctionDef f => f.DecoratorList,
            ClassDef c => c.DecoratorList,
            _ => [],
        };
        return decorators.Aggregate(node.Span, (span, decorator) => span.Union(decorator.Span));
    }

    private static ParseResult Parse(string fixture)
    {
        var decoded = PythonSourceDecoder.Decode(FixtureFiles.Bytes(fixture));
        Assert.NotNull(decoded.Text);
        var result = PythonParser.Parse(decoded.Text!);
        Assert.Empty(result.Errors);
        return result;
    }
}
