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

    [Fact]
    public void Walks_several_roots_in_order_as_one_walk_per_root_would()
    {
        var source = new SourceText("def f(a):\n    x = g(a)\n    if x:\n        return [y for y in x]\n    raise E(h(1))\n");
        var body = ((FunctionDef)PythonParser.Parse(source).Module.Body[0]).Body;
        var each = new RecordingWalker(skip: NodeKind.ListComp);
        foreach (var statement in body)
        {
            each.Walk(statement);
        }

        var once = new RecordingWalker(skip: NodeKind.ListComp);
        once.Walk(body);

        Assert.Equal(each.Entered, once.Entered);
        Assert.Equal(each.Left, once.Left);
        Assert.Equal(["Assign", "Name", "Call"], once.Entered.Take(3));
        Assert.Equal("Raise", once.Left[^1]);
    }

    [Fact]
    public void Walks_no_node_of_an_empty_or_default_list_of_roots()
    {
        var walker = new RecordingWalker(skip: NodeKind.Call);
        walker.Walk(System.Collections.Immutable.ImmutableArray<StmtNode>.Empty);
        walker.Walk(default(System.Collections.Immutable.ImmutableArray<StmtNode>));

        Assert.Empty(walker.Entered);
        Assert.Empty(walker.Left);
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
