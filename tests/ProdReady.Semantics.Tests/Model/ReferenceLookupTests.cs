using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;
using Assert = Xunit.Assert;

namespace ProdReady.Semantics.Tests.Model;

public sealed class ReferenceLookupTests
{
    [Fact]
    public void Finds_the_reference_of_every_name_read_of_the_file()
    {
        // Reads in deferred bodies, conditional branches and comprehensions are recorded out of source order.
        var source = string.Join('\n', Enumerable.Range(0, 60).Select(i =>
            $"def f{i}(a, b=x{i}):\n    return [a + b for b in b if b] if a else g{i}(a, x{i})\nx{i} = f{i}(1) or x{i - 1 + (i == 0 ? 1 : 0)}\n"));
        var model = ModelHarness.Build(source);
        var names = new List<Name>();
        var pending = new Stack<SyntaxNode>([model.Module]);
        var children = new List<SyntaxNode>();
        while (pending.TryPop(out var node))
        {
            if (node is Name name)
            {
                names.Add(name);
            }

            children.Clear();
            node.AddChildren(children);
            children.ForEach(pending.Push);
        }

        var reads = model.References.Where(r => r.Node is Name).ToDictionary(r => r.Node);
        Assert.True(reads.Count > 500, $"{reads.Count} reads");
        foreach (var name in names)
        {
            Assert.Same(reads.GetValueOrDefault(name), model.ReferenceOf(name));
        }
    }

    [Fact]
    public void Answers_no_reference_for_names_outside_the_files_tree()
    {
        var model = ModelHarness.Build("y = x\nz: 'List[int]' = []\n");
        var read = Assert.Single(model.References, r => r.Name == "x");
        Assert.Equal(4, read.Span.Start);

        // A name of another tree at the very offset of a read of this file, and the string annotation's own names.
        var stranger = (Name)((List)((List)((List)((List)((Expr)ProdReady.Python.PythonParser.Parse(new ProdReady.Core.Text.SourceText("[[[[x]]]]\n")).Module.Body[0]).Value).Elts[0]).Elts[0]).Elts[0]).Elts[0];
        Assert.Equal(4, stranger.Span.Start);
        Assert.Null(model.ReferenceOf(stranger));
        Assert.Same(read, model.ReferenceOf((Name)read.Node));
        Assert.Contains(model.References, r => r.Name == "List");
        Assert.Null(ModelHarness.Build("pass\n").ReferenceOf(stranger));
    }
}
