using ProdReady.Semantics.Configuration;

namespace ProdReady.Semantics.Tests.Configuration;

/// <summary>
/// Both INI dialects: <c>iniconfig</c>, which pytest uses for <c>pytest.ini</c>, <c>tox.ini</c> and <c>setup.cfg</c>,
/// and <c>configparser</c>, which setuptools and tox use for the same files.
/// </summary>
public sealed class IniDocumentTests
{
    private static IniDocument IniConfig(string text) => IniDocument.Parse(text, IniDialect.IniConfig);

    private static IniDocument ConfigParser(string text) => IniDocument.Parse(text, IniDialect.ConfigParser);

    [Fact]
    public void Reads_sections_and_both_separators()
    {
        var document = IniConfig("""
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
        var document = IniConfig("[pytest]\ntestpaths =\n    tests\n\n    # a comment between\n\tintegration\nnext = 1\n");

        Assert.Null(document.Error);
        Assert.Equal("tests\nintegration", document.GetSection("pytest")!["testpaths"]);
        Assert.Equal("1", document.GetSection("pytest")!["next"]);
    }

    [Fact]
    public void Appends_continuations_to_a_value_on_the_key_line()
    {
        var document = IniConfig("[pytest]\npython_files = test_*.py\n  check_*.py\n");

        Assert.Equal("test_*.py\ncheck_*.py", document.GetSection("pytest")!["python_files"]);
    }

    [Fact]
    public void Skips_comment_lines_but_keeps_text_after_a_value()
    {
        var document = IniConfig("# top\n; also\n[pytest] # header comment\nkey = a # not a comment\n   ; indented comment\n");

        Assert.Null(document.Error);
        Assert.Equal("a # not a comment", document.GetSection("pytest")!["key"]);
    }

    [Fact]
    public void Splits_at_equals_unless_a_colon_comes_first()
    {
        var document = IniConfig("[s]\nurl: http://x?a=b\nk = a: b\n");

        Assert.Null(document.Error);
        Assert.Equal("http://x?a=b", document.GetSection("s")!["url"]);
        Assert.Equal("a: b", document.GetSection("s")!["k"]);
    }

    [Fact]
    public void Keeps_section_names_as_written()
    {
        var document = IniConfig("[tool:pytest]\na = 1\n[ spaced ]\n");

        Assert.True(document.HasSection("tool:pytest"));
        Assert.True(document.HasSection(" spaced "));
        Assert.False(document.HasSection("spaced"));
    }

    [Fact]
    public void Reads_every_line_ending()
    {
        var document = IniConfig("[s]\r\na = 1\rb = 2\nc = 3");

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
        var document = IniConfig(text);

        Assert.Equal(new IniError(line, message), document.Error);
        Assert.False(document.HasSection("s"));
    }

    [Fact]
    public void Reads_an_unclosed_header_after_a_value_as_its_continuation()
    {
        var document = IniConfig("[s]\na = 1\n[unclosed\n");

        Assert.Null(document.Error);
        Assert.Equal("1\n[unclosed", document.GetSection("s")!["a"]);
    }

    [Fact]
    public void ConfigParser_reads_sections_and_splits_at_the_first_separator()
    {
        var document = ConfigParser("[options]\npython_requires = >=3.9\nurl: http://x?a=b\nk = a: b\nc:d\nempty =\n");

        Assert.Null(document.Error);
        Assert.Equal(">=3.9", document.Get("options", "python_requires"));
        Assert.Equal("http://x?a=b", document.Get("options", "url"));
        Assert.Equal("a: b", document.Get("options", "k"));
        Assert.Equal("d", document.Get("options", "c"));
        Assert.Equal("", document.Get("options", "empty"));
        Assert.Null(document.Get("options", "missing"));
        Assert.Null(document.Get("missing", "c"));
    }

    [Fact]
    public void ConfigParser_matches_keys_without_case_and_keeps_the_last_value()
    {
        var document = ConfigParser("[s]\nKey = 1\nkey = 2\n");

        Assert.Null(document.Error);
        Assert.Equal("2", document.Get("s", "KEY"));
        Assert.Equal(["Key"], document.GetSection("s")!.Keys);
    }

    [Fact]
    public void ConfigParser_continues_a_repeated_section()
    {
        var document = ConfigParser("[s]\na = 1\n[t]\n[s]\nb = 2\n");

        Assert.Null(document.Error);
        Assert.Equal(["s", "t"], document.SectionNames);
        Assert.Equal("1", document.Get("s", "a"));
        Assert.Equal("2", document.Get("s", "b"));
    }

    [Fact]
    public void ConfigParser_joins_continuations_and_keeps_the_empty_first_line()
    {
        var document = ConfigParser("[options]\ninstall_requires =\n    flask\n\n    # a comment between\n\tclick\nnext = x\n  y\n");

        Assert.Null(document.Error);
        Assert.Equal("\nflask\nclick", document.Get("options", "install_requires"));
        Assert.Equal("x\ny", document.Get("options", "next"));
    }

    [Fact]
    public void ConfigParser_strips_header_names_and_ignores_text_after_the_bracket()
    {
        var document = ConfigParser("  [ testenv:lint ] trailing\ndeps = ruff\n");

        Assert.Null(document.Error);
        Assert.Equal(["testenv:lint"], document.SectionNames);
        Assert.Equal("ruff", document.Get("testenv:lint", "deps"));
    }

    [Fact]
    public void ConfigParser_reads_an_indented_line_with_no_entry_before_it_as_an_entry()
    {
        var document = ConfigParser("[s]\n  a = 1\n");

        Assert.Null(document.Error);
        Assert.Equal("1", document.Get("s", "a"));
    }

    [Fact]
    public void ConfigParser_skips_comment_lines_but_keeps_text_after_a_value()
    {
        var document = ConfigParser("# top\n; also\n[s]\nkey = a # not a comment\n   ; indented comment\n");

        Assert.Null(document.Error);
        Assert.Equal("a # not a comment", document.Get("s", "key"));
    }

    [Fact]
    public void Only_iniconfig_breaks_lines_at_a_vertical_tab()
    {
        const string Text = "[s]\r\na = 1\rb = 2\fc = 3\nd = 4\ve = 5";

        var configParser = ConfigParser(Text);
        var iniConfig = IniConfig(Text);

        Assert.Null(configParser.Error);
        Assert.Equal(["a", "b", "c", "d"], configParser.GetSection("s")!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("4\ve = 5", configParser.Get("s", "d"));
        Assert.Null(iniConfig.Error);
        Assert.Equal(["a", "b", "c", "d", "e"], iniConfig.GetSection("s")!.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("key = 1\n", 1, "key before the first [section]")]
    [InlineData("[tox\n", 1, "section header without ']'")]
    [InlineData("[s]\njust words\n", 2, "expected 'key = value', found 'just words'")]
    [InlineData("[s]\n  = value\n", 2, "expected 'key = value', found '= value'")]
    public void ConfigParser_reports_the_first_error_with_its_line(string text, int line, string message)
    {
        var document = ConfigParser(text);

        Assert.Equal(new IniError(line, message), document.Error);
        Assert.Empty(document.SectionNames);
    }

    [Theory]
    [InlineData("[s]\nkey:value\n")]
    [InlineData("[s]\n[s]\n")]
    [InlineData("[s]\na = 1\na = 2\n")]
    [InlineData("[s]\n  a = 1\n")]
    public void Only_iniconfig_rejects(string text)
    {
        Assert.NotNull(IniConfig(text).Error);
        Assert.Null(ConfigParser(text).Error);
    }
}
