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
    public void Answers_for_each_kind_whether_its_class_is_an_expression(string name)
    {
        var type = typeof(SyntaxNode).Assembly.GetType("ProdReady.Python.Syntax." + name)!;
        var kind = Enum.Parse<NodeKind>(name);
        Assert.Equal(typeof(ExprNode).IsAssignableFrom(type), NodeKinds.IsExpression(kind));
    }

    [Fact]
    public void Calls_the_empty_kind_no_expression_and_covers_every_class()
    {
        Assert.False(NodeKinds.IsExpression(NodeKind.None));
        Assert.Equal(Enum.GetValues<NodeKind>().Length - 1, ConcreteClasses().Count);
    }
}
