using ProdReady.Semantics.Project;

namespace ProdReady.Semantics.Tests.Project;

/// <summary>The INI dialect of <c>iniconfig</c>, which pytest uses for <c>pytest.ini</c>, <c>tox.ini</c> and <c>setup.cfg</c>.</summary>
public sealed class IniDocumentTests
{
    [Fact]
    public void Reads_sections_and_both_separators()
    {
        var document = IniDocument.Parse("""
            [pytest]
            python_files = check_*.py
            python_classes: Check
            empty =

            [tox]
            envlist = py313
            """);

        Assert.Null(document.Error);
        var pytest = document.GetSection("pytest")!;
        Assert.Equal("check_*.py", pytest["python_files"]);
        Assert.Equal("Check", pytest["python_classes"]);
        Assert.Equal("", pytest["empty"]);
        Assert.Equal("py313", document.GetSection("tox")!["envlist"]);
        Assert.Null(document.GetSection("missing"));
    }

    [Fact]
    public void Joins_indented_continuation_lines_with_newlines()
    {
        var document = IniDocument.Parse("[pytest]\ntestpaths =\n    tests\n\n    # a comment between\n\tintegration\nnext = 1\n");

        Assert.Null(document.Error);
        Assert.Equal("tests\nintegration", document.GetSection("pytest")!["testpaths"]);
        Assert.Equal("1", document.GetSection("pytest")!["next"]);
    }

    [Fact]
    public void Appends_continuations_to_a_value_on_the_key_line()
    {
        var document = IniDocument.Parse("[pytest]\npython_files = test_*.py\n  check_*.py\n");

        Assert.Equal("test_*.py\ncheck_*.py", document.GetSection("pytest")!["python_files"]);
    }

    [Fact]
    public void Skips_comment_lines_but_keeps_text_after_a_value()
    {
        var document = IniDocument.Parse("# top\n; also\n[pytest] # header comment\nkey = a # not a comment\n   ; indented comment\n");

        Assert.Null(document.Error);
        Assert.Equal("a # not a comment", document.GetSection("pytest")!["key"]);
    }

    [Fact]
    public void Splits_at_equals_unless_a_colon_comes_first()
    {
        var document = IniDocument.Parse("[s]\nurl: http://x?a=b\nk = a: b\n");

        Assert.Null(document.Error);
        Assert.Equal("http://x?a=b", document.GetSection("s")!["url"]);
        Assert.Equal("a: b", document.GetSection("s")!["k"]);
    }

    [Fact]
    public void Keeps_section_names_as_written()
    {
        var document = IniDocument.Parse("[tool:pytest]\na = 1\n[ spaced ]\n");

        Assert.True(document.HasSection("tool:pytest"));
        Assert.True(document.HasSection(" spaced "));
        Assert.False(document.HasSection("spaced"));
    }

    [Fact]
    public void Reads_every_line_ending()
    {
        var document = IniDocument.Parse("[s]\r\na = 1\rb = 2\nc = 3");

        Assert.Null(document.Error);
        Assert.Equal(["a", "b", "c"], document.GetSection("s")!.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("key = 1\n", 1, "no section header defined")]
    [InlineData("[s]\n  orphan\n", 2, "unexpected value continuation")]
    [InlineData("  orphan\n", 1, "unexpected value continuation")]
    [InlineData("[s]\nkey:value\n", 2, "unexpected line: 'key:value'")]
    [InlineData("[s]\njust words\n", 2, "unexpected line: 'just words'")]
    [InlineData("[s]\n[s]\n", 2, "duplicate section 's'")]
    [InlineData("[s]\na = 1\na = 2\n", 3, "duplicate name 'a'")]
    [InlineData("[]\n", 1, "empty section name")]
    [InlineData("[s]\n[unclosed\n", 2, "unexpected value continuation")]
    public void Reports_the_first_error_with_its_line(string text, int line, string message)
    {
        var document = IniDocument.Parse(text);

        Assert.Equal(new IniError(line, message), document.Error);
        Assert.False(document.HasSection("s"));
    }

    [Fact]
    public void Reads_an_unclosed_header_after_a_value_as_its_continuation()
    {
        var document = IniDocument.Parse("[s]\na = 1\n[unclosed\n");

        Assert.Null(document.Error);
        Assert.Equal("1\n[unclosed", document.GetSection("s")!["a"]);
    }
}
