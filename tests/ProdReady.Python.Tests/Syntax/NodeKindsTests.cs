using ProdReady.Python.Syntax;
using Assert = Xunit.Assert;

namespace ProdReady.Python.Tests.Syntax;

public sealed class NodeKindsTests
{
    public static TheoryData<string> ConcreteClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(SyntaxNode).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(SyntaxNode)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ConcreteClasses))]
    public void Answers_for_each_kind_what_its_class_is(string name)
    {
        var type = typeof(SyntaxNode).Assembly.GetType("ProdReady.Python.Syntax." + name)!;
        var kind = Enum.Parse<NodeKind>(name);
        Assert.Equal(typeof(StmtNode).IsAssignableFrom(type), NodeKinds.IsStatement(kind));
        Assert.Equal(typeof(ExprNode).IsAssignableFrom(type), NodeKinds.IsExpression(kind));
    }

    [Fact]
    public void Names_no_kind_both_or_the_empty_kind_either()
    {
        Assert.False(NodeKinds.IsStatement(NodeKind.None));
        Assert.False(NodeKinds.IsExpression(NodeKind.None));
        Assert.DoesNotContain(Enum.GetValues<NodeKind>(), kind => NodeKinds.IsStatement(kind) && NodeKinds.IsExpression(kind));
        Assert.Equal(Enum.GetValues<NodeKind>().Length - 1, ConcreteClasses().Count);
    }
}
