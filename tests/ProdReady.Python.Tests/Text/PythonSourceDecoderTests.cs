using System.Text;
using ProdReady.Python.Text;

namespace ProdReady.Python.Tests.Text;

public sealed class PythonSourceDecoderTests
{
    private static DecodedSource Decode(string latin1Bytes, string? path = null) =>
        PythonSourceDecoder.Decode(Encoding.Latin1.GetBytes(latin1Bytes), path);

    private static string Text(DecodedSource decoded)
    {
        Assert.Null(decoded.Error);
        return decoded.Text!.Text;
    }

    private static SourceDecodingError Error(DecodedSource decoded)
    {
        Assert.Null(decoded.Text);
        return decoded.Error!;
    }

    [Fact]
    public void Reads_utf8_by_default()
    {
        var decoded = PythonSourceDecoder.Decode("x = 'é€😀'\n"u8, "a.py");
        Assert.Equal("x = 'é€😀'\n", Text(decoded));
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.False(decoded.HasByteOrderMark);
        Assert.Equal("a.py", decoded.Text!.Path);
    }

    [Fact]
    public void Reads_an_empty_file()
    {
        Assert.Equal(string.Empty, Text(PythonSourceDecoder.Decode([])));
        Assert.Equal(string.Empty, Text(PythonSourceDecoder.Decode([0xEF, 0xBB, 0xBF])));
    }

    [Fact]
    public void Strips_the_byte_order_mark()
    {
        var decoded = PythonSourceDecoder.Decode([0xEF, 0xBB, 0xBF, .. "x = 'é'\n"u8]);
        Assert.Equal("x = 'é'\n", Text(decoded));
        Assert.True(decoded.HasByteOrderMark);
    }

    [Fact]
    public void Keeps_a_partial_byte_order_mark_as_text_bytes()
    {
        var error = Error(Decode("\xEF\xBBx = 1\n"));
        Assert.StartsWith("Non-UTF-8 code starting with '\\xef'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# coding: utf-8\n")]
    [InlineData("# -*- coding: UTF_8 -*-\n")]
    [InlineData("# coding=utf-8-unix\n")]
    public void Accepts_a_byte_order_mark_with_a_utf8_declaration(string declaration)
    {
        var decoded = PythonSourceDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.ASCII.GetBytes(declaration + "x = 1\n")]);
        Assert.Equal(declaration + "x = 1\n", Text(decoded));
    }

    [Theory]
    [InlineData("#coding: utf8\n", "encoding problem: utf8 with BOM", 1)]
    [InlineData("# coding: latin-1\n", "encoding problem: iso-8859-1 with BOM", 1)]
    [InlineData("#!/usr/bin/env python\n# coding: cp1252\n", "encoding problem: cp1252 with BOM", 2)]
    [InlineData("# coding: nonsense\n", "encoding problem: nonsense with BOM", 1)]
    public void Reports_a_byte_order_mark_with_another_declaration(string declaration, string message, int line)
    {
        var error = Error(PythonSourceDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.ASCII.GetBytes(declaration + "x = 1\n")]));
        Assert.Equal(message, error.Message);
        Assert.Equal(line, error.Line);
        Assert.Equal(SourceDecodingErrorKind.UnusableEncoding, error.Kind);
        Assert.False(error.IsAtByte);
    }

    [Theory]
    [InlineData("# coding: latin-1\nx = '\xE9'\n", "# coding: latin-1\nx = 'é'\n", "iso-8859-1")]
    [InlineData("# -*- coding: iso-8859-15 -*-\nx = '\xA4'\n", "# -*- coding: iso-8859-15 -*-\nx = '€'\n", "iso-8859-15")]
    [InlineData("# vim: set fileencoding=cp1252 :\nx = '\x80'\n", "# vim: set fileencoding=cp1252 :\nx = '€'\n", "cp1252")]
    [InlineData("#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx = '\xE9'\n", "#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx = 'é'\n", "iso-8859-1")]
    [InlineData("\n# coding: latin-1\nx = '\xE9'\n", "\n# coding: latin-1\nx = 'é'\n", "iso-8859-1")]
    [InlineData("\f # coding: LATIN-1\r\nx = '\xE9'\r\n", "\f # coding: LATIN-1\r\nx = 'é'\r\n", "iso-8859-1")]
    [InlineData("# coding: latin-1\rx = '\xE9'\r", "# coding: latin-1\rx = 'é'\r", "iso-8859-1")]
    [InlineData("# coding: iso_latin_1\nx = '\xE9'\n", "# coding: iso_latin_1\nx = 'é'\n", "iso-8859-1")]
    [InlineData("# coding: Latin-1-Unix\nx = '\xE9'\n", "# coding: Latin-1-Unix\nx = 'é'\n", "iso-8859-1")]
    [InlineData("# coding: latin-1 coding: ascii\nx = '\xE9'\n", "# coding: latin-1 coding: ascii\nx = 'é'\n", "iso-8859-1")]
    [InlineData("# coding: KOI8-R\nx = '\xC1'\n", "# coding: KOI8-R\nx = 'а'\n", "KOI8-R")]
    public void Decodes_with_the_declared_encoding(string bytes, string expected, string encoding)
    {
        var decoded = Decode(bytes);
        Assert.Equal(expected, Text(decoded));
        Assert.Equal(encoding, decoded.Encoding);
    }

    [Fact]
    public void Decodes_multi_byte_east_asian_encodings()
    {
        Assert.Equal("# coding: euc-jp\nx = 'あ'\n", Text(Decode("# coding: euc-jp\nx = '\xA4\xA2'\n")));
        Assert.Equal("# coding: shift_jis\nx = 'あ'\n", Text(Decode("# coding: shift_jis\nx = '\x82\xA0'\n")));
        Assert.Equal("# coding: gbk\nx = '中'\n", Text(Decode("# coding: gbk\nx = '\xD6\xD0'\n")));
        Assert.Equal("# coding: big5\nx = '中'\n", Text(Decode("# coding: big5\nx = '\xA4\xA4'\n")));
    }

    [Theory]
    [InlineData("x = 1\n# coding: latin-1\ny = '\xE9'\n", 3)]
    [InlineData("#\n#\n# coding: latin-1\ny = '\xE9'\n", 4)]
    [InlineData("x = 1 # coding: latin-1\ny = '\xE9'\n", 2)]
    [InlineData("# no declaration\ny = '\xE9'\n", 2)]
    public void Ignores_declarations_CPython_does_not_see(string bytes, int line)
    {
        var error = Error(Decode(bytes, "m.py"));
        Assert.Equal(
            $"Non-UTF-8 code starting with '\\xe9' in file m.py on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            error.Message);
        Assert.Equal(line, error.Line);
    }

    [Theory]
    [InlineData("# coding: uft-8\nprint('x')\n", "unknown encoding: uft-8", 1)]
    [InlineData("#!python\n# coding: foobar\n", "unknown encoding: foobar", 2)]
    [InlineData("# coding: utf-16\nx = 1\n", "encoding problem: utf-16", 1)]
    [InlineData("# The coding: is not declared\nx = 1\n", "unknown encoding: is", 1)]
    public void Reports_an_unusable_declaration(string bytes, string message, int line)
    {
        var error = Error(Decode(bytes));
        Assert.Equal(message, error.Message);
        Assert.Equal(line, error.Line);
        Assert.False(error.IsAtByte);
    }

    [Fact]
    public void Reports_undeclared_non_utf8_bytes_with_the_file_and_line()
    {
        // The corpus's badsyntax_pep3120.py: Latin-1 text in a file with no declaration.
        var error = Error(Decode("print(\"b\xF6se\")\n", "badsyntax_pep3120.py"));
        Assert.Equal(
            "Non-UTF-8 code starting with '\\xf6' in file badsyntax_pep3120.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            error.Message);
        Assert.Equal(1, error.Line);
        Assert.Equal(SourceDecodingErrorKind.UndecodableBytes, error.Kind);
        Assert.True(error.IsAtByte);
        Assert.DoesNotContain(" in file ", Error(Decode("\xF6\n")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x = '\xE9'\n", "'utf-8' codec can't decode byte 0xe9 in position 5: invalid continuation byte")]
    [InlineData("x = '\xE6\x88", "'utf-8' codec can't decode bytes in position 5-6: unexpected end of data")]
    [InlineData("x = '\x80'\n", "'utf-8' codec can't decode byte 0x80 in position 5: invalid start byte")]
    [InlineData("x = '\xED\xA0\x80'\n", "'utf-8' codec can't decode byte 0xed in position 5: invalid continuation byte")]
    public void Reports_invalid_utf8_under_a_byte_order_mark_as_a_unicode_error(string bytes, string message)
    {
        var error = Error(Decode("\xEF\xBB\xBF# comment\n" + bytes));
        Assert.Equal("(unicode error) " + message, error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Reports_bytes_the_declared_encoding_cannot_decode()
    {
        var ascii = Error(Decode("# coding: ascii\nx = '\xE9'\n"));
        Assert.Equal("'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)", ascii.Message);
        Assert.Equal(2, ascii.Line);

        var eucJp = Error(Decode("# coding: euc-jp\n\nx = '\xA4'\n"));
        Assert.StartsWith("'euc_jp' codec can't decode byte 0xa4", eucJp.Message, StringComparison.Ordinal);
        Assert.EndsWith("illegal multibyte sequence", eucJp.Message, StringComparison.Ordinal);
        Assert.Equal(3, eucJp.Line);
    }

    [Theory]
    [InlineData("x = 1\0\n", 1)]
    [InlineData("x = 1\ny = 'a\0b'\n", 2)]
    [InlineData("# coding: latin-1\n\n\0", 3)]
    public void Rejects_null_bytes(string bytes, int line)
    {
        var error = Error(Decode(bytes));
        Assert.Equal("source code cannot contain null bytes", error.Message);
        Assert.Equal(line, error.Line);
        Assert.Equal(SourceDecodingErrorKind.NullByte, error.Kind);
    }

    [Fact]
    public void Reports_whichever_problem_comes_first()
    {
        Assert.Equal("source code cannot contain null bytes", Error(Decode("\0\n\xE9\n")).Message);
        Assert.StartsWith("Non-UTF-8 code", Error(Decode("\xE9\n\0\n")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_line_endings_and_form_feeds_untouched()
    {
        Assert.Equal("a = 1\r\n\fb = 2\rc = 3\n", Text(Decode("a = 1\r\n\fb = 2\rc = 3\n")));
    }

    [Fact]
    public void Reads_a_file_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"prodready-decoder-{Guid.NewGuid():N}.py");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("# coding: latin-1\nx = '\xE9'\n"));
        try
        {
            var decoded = PythonSourceDecoder.DecodeFile(path, "shown.py");
            Assert.Equal("# coding: latin-1\nx = 'é'\n", Text(decoded));
            Assert.Equal("shown.py", decoded.Text!.Path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
