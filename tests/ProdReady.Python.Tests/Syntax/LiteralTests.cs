using System.Collections.Immutable;
using System.Numerics;
using ProdReady.Core.Text;
using ProdReady.Python.Syntax;
using Assert = Xunit.Assert;

namespace ProdReady.Python.Tests.Syntax;

public sealed class LiteralTests
{
    private static object? ValueOf(string literal)
    {
        var result = PythonParser.Parse(new SourceText(literal + "\n"));
        Assert.True(result.Success, result.Success ? string.Empty : result.Errors[0].Message);
        return ((Constant)((Expr)result.Module.Body[0]).Value).Value;
    }

    [Theory]
    [InlineData("'\\N{EM DASH}'", "\u2014")]
    [InlineData("'\\N{latin small letter a}'", "a")]
    [InlineData("'\\N{CJK UNIFIED IDEOGRAPH-4E00}'", "\u4E00")]
    [InlineData("'\\N{HANGUL SYLLABLE GAG}'", "\uAC01")]
    [InlineData("'\\N{LATIN CAPITAL LETTER GHA}'", "\u01A2")]
    [InlineData("'\\U0001F600'", "😀")]
    [InlineData("'\\101\\x41\\u0041'", "AAA")]
    [InlineData("'\\q'", "\\q")]
    [InlineData("r'\\n'", "\\n")]
    [InlineData("'a\\\nb'", "ab")]
    [InlineData("'''a\r\nb\rc'''", "a\nb\nc")]
    public void Reports_decoded_strings(string literal, string expected) => Assert.Equal(expected, ValueOf(literal));

    [Fact]
    public void Reports_bytes_with_octal_escapes_truncated_to_a_byte()
    {
        var value = Assert.IsType<ImmutableArray<byte>>(ValueOf("b'\\777\\x7f'"));
        Assert.Equal(new byte[] { 0xFF, 0x7F }, value.ToArray());
    }

    [Theory]
    [InlineData("9223372036854775807", 9223372036854775807L)]
    [InlineData("0b_1010", 10L)]
    [InlineData("0o777", 511L)]
    public void Reports_small_integers_as_long(string literal, long expected) => Assert.Equal(expected, ValueOf(literal));

    [Fact]
    public void Reports_big_integers_as_big_integer() =>
        Assert.Equal(BigInteger.Parse("9223372036854775808", System.Globalization.CultureInfo.InvariantCulture), ValueOf("9223372036854775808"));

    [Fact]
    public void Reports_imaginary_literals_as_complex() => Assert.Equal(new Complex(0, 1.5), ValueOf("1.5j"));

    [Theory]
    [InlineData("'\\N{NO SUCH NAME}'")]
    [InlineData("'\\x4'")]
    [InlineData("b'é'")]
    [InlineData("b'a' 'b'")]
    public void Reports_invalid_literals(string literal)
    {
        var result = PythonParser.Parse(new SourceText(literal + "\n"));
        Assert.False(result.Success);
    }
}
