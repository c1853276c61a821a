using ProdReady.Analysis.Docstrings;

namespace ProdReady.Analysis.Tests.Docstrings;

/// <summary>
/// <see cref="DocstringLine.Split"/> reads lines in place; it must give what splitting the text into strings gives:
/// line breaks "\r\n", "\r" and "\n", cleandoc's common indent over every line but the first, whitespace trimmed.
/// </summary>
[Trait("Issue", "9")]
public sealed class DocstringLineTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Summary.")]
    [InlineData("Summary.\n")]
    [InlineData("\n\n")]
    [InlineData("  \n\t\n ")]
    [InlineData("Summary.\r\n\r\n    Args:\r\n        x: The x.\r\n    ")]
    [InlineData("Summary.\r\rArgs:\r    x: The x.")]
    [InlineData("a\r\r\nb\n\rc")]
    [InlineData("\n    Indented first.\n      More.\n    Last.\n")]
    [InlineData("Sum.\n\tArgs:\n\t    x: Tab then spaces.\n  \t y: Mixed.")]
    [InlineData("Sum.\n\f  Form feed resets.\n\v    Vertical tab too.")]
    [InlineData("Sum.\n\u00a0\u00a0No-break spaces.\n\u2028 Line separator is not a break.\u3000")]
    public void Splits_like_splitting_into_strings(string text)
    {
        Assert.Equal(Reference(text), DocstringLine.Split(text));
    }

    [Fact]
    public void Splits_generated_texts_like_splitting_into_strings()
    {
        // A fixed seed: every run checks the same two thousand texts over an alphabet of breaks, blanks and letters.
        var random = new Random(9);
        char[] alphabet = ['\r', '\n', ' ', ' ', ' ', '\t', '\f', '\v', '\u00a0', 'a', 'B', ':', '*'];
        for (var i = 0; i < 2_000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            Assert.Equal(Reference(text), DocstringLine.Split(text));
        }
    }

    [Fact]
    public void Keeps_the_indent_relative_to_the_common_indent()
    {
        var lines = DocstringLine.Split("Sum.\n    Args:\n        x: The x.\n\n    ");

        Assert.Equal([0, 0, 4, 0, 0], lines.Select(l => l.Indent));
        Assert.Equal(["Sum.", "Args:", "x: The x.", string.Empty, string.Empty], lines.Select(l => l.Text));
        Assert.Equal([0, 1, 2, 3, 4], lines.Select(l => l.Index));
    }

    /// <summary>The straightforward reading: normalize the breaks, split into strings, dedent, trim.</summary>
    private static DocstringLine[] Reference(string text)
    {
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var indents = raw.Select(Indent).ToArray();
        var common = Enumerable.Range(1, Math.Max(0, raw.Length - 1))
            .Where(i => !string.IsNullOrWhiteSpace(raw[i]))
            .Select(i => indents[i])
            .DefaultIfEmpty(0)
            .Min();
        return [.. raw.Select((line, i) =>
        {
            var trimmed = line.Trim();
            return new DocstringLine(i, i == 0 || trimmed.Length == 0 ? 0 : indents[i] - common, trimmed);
        })];
    }

    private static int Indent(string line)
    {
        var column = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                column++;
            }
            else if (c == '\t')
            {
                column = ((column / 8) + 1) * 8;
            }
            else if (c is '\f' or '\v')
            {
                column = 0;
            }
            else
            {
                break;
            }
        }

        return column;
    }
}
