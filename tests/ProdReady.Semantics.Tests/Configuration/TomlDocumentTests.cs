using ProdReady.Semantics.Configuration;

namespace ProdReady.Semantics.Tests.Configuration;

/// <summary>TOML read into plain values, as the dependency and pytest readers use it.</summary>
public sealed class TomlDocumentTests
{
    private static Dictionary<string, object?> Parse(string text)
    {
        Assert.True(TomlDocument.TryParse(text, out var root, out var error), error?.Message);
        return root;
    }

    [Fact]
    public void Reads_scalars_as_tomllib_does()
    {
        var root = Parse("s = \"x\"\ni = 3\nf = 1.0\nb = true\nd = 1979-05-27\n");

        Assert.Equal("x", root["s"]);
        Assert.Equal(3L, root["i"]);
        Assert.Equal(1.0, root["f"]);
        Assert.Equal(true, root["b"]);
        Assert.Equal(new TomlDocument.DateTimeText("1979-05-27"), root["d"]);
        Assert.Equal(["str", "int", "float", "bool", "datetime"], root.Values.Select(TomlDocument.PythonTypeName));
        Assert.Equal(["x", "3", "1.0", "True", "1979-05-27"], root.Values.Select(TomlDocument.ToPythonString));
    }

    [Fact]
    public void Merges_headers_dotted_keys_and_inline_tables()
    {
        var root = Parse("""
            a."b.c".d = 1
            [tool.poetry]
            dependencies = { python = "^3.9", requests = "*" }
            [tool.poetry.group.dev.dependencies]
            pytest = "*"
            """);

        Assert.Equal(1L, TomlDocument.Get(root, "a", "b.c", "d"));
        Assert.Equal("^3.9", TomlDocument.Get(root, "tool", "poetry", "dependencies", "python"));
        Assert.Equal("*", TomlDocument.Get(root, "tool", "poetry", "group", "dev", "dependencies", "pytest"));
        Assert.Null(TomlDocument.Get(root, "tool", "missing"));
        Assert.Null(TomlDocument.Get(root, "tool", "poetry", "dependencies", "python", "deeper"));
        Assert.Equal("dict", TomlDocument.PythonTypeName(root["tool"]));
        Assert.Null(TomlDocument.ToPythonString(root["tool"]));
    }

    [Fact]
    public void Reads_arrays_of_tables_and_extends_their_last_element()
    {
        var root = Parse("""
            [[env]]
            name = "one"
            [[env]]
            name = "two"
            [env.extra]
            deps = ["a", 1]
            """);

        var environments = Assert.IsType<List<object?>>(root["env"]);
        Assert.Equal(2, environments.Count);
        Assert.Equal("one", TomlDocument.Get((Dictionary<string, object?>)environments[0]!, "name"));
        Assert.Equal(new List<object?> { "a", 1L }, TomlDocument.Get((Dictionary<string, object?>)environments[1]!, "extra", "deps"));
        Assert.Equal("list", TomlDocument.PythonTypeName(environments));
    }

    [Theory]
    [InlineData("fail-on = 'error\n", 1, 17)]
    [InlineData("a = 1\na = 2\n", 2, 1)]
    public void Reports_the_first_error_with_its_position(string text, int line, int column)
    {
        Assert.False(TomlDocument.TryParse(text, out var root, out var error));

        Assert.Empty(root);
        Assert.Equal((line, column), (error!.Line, error.Column));
        Assert.NotEmpty(error.Message);
    }
}
