using ProdReady.Core.Text;
using ProdReady.Python.Syntax;
using Assert = Xunit.Assert;

namespace ProdReady.Python.Tests.Syntax;

public sealed class SyntaxWalkerTests
{
    [Fact]
    public void Reports_nodes_in_source_order_and_skips_pruned_subtrees()
    {
        var source = new SourceText("def f(a, b=1, *c, d=2, **e):\n    return {a: b, **c}\nx = g(1)\n");
        var walker = new RecordingWalker(skip: NodeKind.Call);
        walker.Walk(PythonParser.Parse(source).Module);

        Assert.Equal(
            ["Module", "FunctionDef", "arguments", "arg", "arg", "Constant", "arg", "arg", "Constant", "arg", "Return", "Dict", "Name", "Name", "Name", "Assign", "Name", "Call"],
            walker.Entered);
        Assert.Equal(walker.Entered.Count - 1, walker.Left.Count);
        Assert.Equal("Module", walker.Left[^1]);
    }

    [Fact]
    public void Ignores_nothing_in_every_fixture_child_span_lies_inside_its_parent()
    {
        foreach (var path in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Parsing", "Fixtures", "valid"), "*.py"))
        {
            var source = new SourceText(File.ReadAllText(path));
            var module = PythonParser.Parse(source).Module;
            var children = new List<SyntaxNode>();
            var stack = new Stack<SyntaxNode>();
            stack.Push(module);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                children.Clear();
                node.AddChildren(children);
                var decorators = node switch
                {
                    FunctionDef f => f.DecoratorList,
                    AsyncFunctionDef f => f.DecoratorList,
                    ClassDef c => c.DecoratorList,
                    _ => [],
                };
                foreach (var child in children)
                {
                    Assert.True(child.Span.End <= source.Length, $"{Path.GetFileName(path)}: {child.TypeName} ends past the text");
                    if (node.HasPosition && child.HasPosition && !decorators.Contains(child))
                    {
                        Assert.True(node.Span.Contains(child.Span), $"{Path.GetFileName(path)}: {child.TypeName} {child.Span} outside {node.TypeName} {node.Span}");
                    }

                    stack.Push(child);
                }
            }
        }
    }

    private sealed class RecordingWalker(NodeKind skip) : SyntaxWalker
    {
        public List<string> Entered { get; } = [];

        public List<string> Left { get; } = [];

        protected override bool Enter(SyntaxNode node)
        {
            Entered.Add(node.TypeName);
            return node.NodeKind != skip;
        }

        protected override void Leave(SyntaxNode node) => Left.Add(node.TypeName);
    }
}
