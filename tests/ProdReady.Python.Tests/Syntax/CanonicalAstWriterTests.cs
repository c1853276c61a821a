using System.Text;
using ProdReady.Core.Text;
using ProdReady.Python.Syntax;
using Assert = Xunit.Assert;

namespace ProdReady.Python.Tests.Syntax;

public sealed class CanonicalAstWriterTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("q\"b\\", "\"q\\\"b\\\\\"")]
    [InlineData("\n\r\t\u0001", "\"\\n\\r\\t\\u0001\"")]
    [InlineData("é😀", "\"\\u00e9\\ud83d\\ude00\"")]
    public void Reports_strings_escaped_like_json_dumps(string text, string expected)
    {
        var builder = new StringBuilder();
        CanonicalAstWriter.WriteString(builder, text);
        Assert.Equal(expected, builder.ToString());
    }

    [Fact]
    public void Reports_lone_surrogates_escaped()
    {
        var builder = new StringBuilder();
        CanonicalAstWriter.WriteString(builder, new string('\udc80', 1));
        Assert.Equal("\"\\udc80\"", builder.ToString());
    }

    [Theory]
    [InlineData("None", "null")]
    [InlineData("True", "true")]
    [InlineData("'s'", "{\"str\":\"s\"}")]
    [InlineData("b'\\x00\\xff'", "{\"bytes\":\"00ff\"}")]
    [InlineData("0xFFFFFFFFFFFFFFFFFF", "{\"int\":\"4722366482869645213695\"}")]
    [InlineData("1_000", "{\"int\":\"1000\"}")]
    [InlineData("1.5", "{\"float\":\"1.5\"}")]
    [InlineData("1e400", "{\"float\":\"Infinity\"}")]
    [InlineData("2j", "{\"complex\":\"2\"}")]
    [InlineData("...", "{\"ellipsis\":true}")]
    public void Reports_constants_tagged_by_type(string literal, string expected)
    {
        var source = new SourceText(literal + "\n");
        var json = CanonicalAstWriter.ToJson(PythonParser.Parse(source).Module, source);
        Assert.Contains("\"value\":" + expected + ",\"kind\":null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_positions_in_code_points()
    {
        var source = new SourceText("s = '😀'; x = 1\n");
        var json = CanonicalAstWriter.ToJson(PythonParser.Parse(source).Module, source);
        Assert.Contains("\"id\":\"x\",\"ctx\":\"Store\",\"_pos\":[1,9,1,10]", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_u_kind_and_operators()
    {
        var source = new SourceText("u'a' 'b'\nnot a < b\n");
        var json = CanonicalAstWriter.ToJson(PythonParser.Parse(source).Module, source);
        Assert.Contains("\"value\":{\"str\":\"ab\"},\"kind\":\"u\"", json, StringComparison.Ordinal);
        Assert.Contains("\"op\":\"Not\"", json, StringComparison.Ordinal);
        Assert.Contains("\"ops\":[\"Lt\"]", json, StringComparison.Ordinal);
    }
}
