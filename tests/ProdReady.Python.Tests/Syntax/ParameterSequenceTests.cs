using ProdReady.Core.Text;
using ProdReady.Python.Syntax;
using Assert = Xunit.Assert;

namespace ProdReady.Python.Tests.Syntax;

public sealed class ParameterSequenceTests
{
    [Theory]
    [InlineData("def f(a, /, b, *args, c, d=1, **kwargs): pass", "a b *args c d **kwargs")]
    [InlineData("def f(a, b=2, /): pass", "a b")]
    [InlineData("def f(*, key): pass", "key")]
    [InlineData("def f(**options): pass", "**options")]
    [InlineData("def f(*args): pass", "*args")]
    [InlineData("def f(): pass", "")]
    public void Lists_every_parameter_in_signature_order_with_its_prefix(string source, string expected)
    {
        var function = Assert.IsType<FunctionDef>(Assert.Single(PythonParser.Parse(new SourceText(source)).Module.Body));

        Assert.Equal(expected, Describe(function.Args));
    }

    [Fact]
    public void Lists_the_parameters_of_a_lambda()
    {
        var statement = Assert.IsType<Expr>(Assert.Single(PythonParser.Parse(new SourceText("lambda x, *rest, y=0: x")).Module.Body));
        var lambda = Assert.IsType<Lambda>(statement.Value);

        Assert.Equal("x *rest y", Describe(lambda.Args));
    }

    [Fact]
    public void Starts_again_for_each_enumeration()
    {
        var function = Assert.IsType<FunctionDef>(Assert.Single(PythonParser.Parse(new SourceText("def f(a, *b): pass")).Module.Body));
        var parameters = function.Args.Parameters;

        Assert.Equal(Describe(function.Args), Describe(function.Args));
        var count = 0;
        foreach (var _ in parameters)
        {
            count++;
        }

        Assert.Equal(2, count);
    }

    private static string Describe(Arguments arguments)
    {
        var parts = new List<string>();
        foreach (var (arg, prefix) in arguments.Parameters)
        {
            parts.Add(prefix + arg.Name);
        }

        return string.Join(' ', parts);
    }
}
