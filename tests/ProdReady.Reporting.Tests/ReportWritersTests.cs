using ProdReady.Reporting;

namespace ProdReady.Reporting.Tests;

public sealed class ReportWritersTests
{
    [Theory]
    [InlineData("text", ReportFormat.Text)]
    [InlineData("json", ReportFormat.Json)]
    [InlineData("SARIF", ReportFormat.Sarif)]
    [InlineData("junit", ReportFormat.JUnit)]
    [InlineData(" markdown ", ReportFormat.Markdown)]
    [InlineData("GitHub", ReportFormat.GitHub)]
    [InlineData("gitlab", ReportFormat.GitLab)]
    public void Parses_format_names_case_insensitively(string name, ReportFormat expected)
    {
        Assert.True(ReportWriters.TryParseFormat(name, out var format));
        Assert.Equal(expected, format);
        Assert.Equal(expected, ReportWriters.Create(name).Format);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("")]
    [InlineData(null)]
    public void Ignores_unknown_format_names(string? name)
    {
        Assert.False(ReportWriters.TryParseFormat(name, out _));
    }

    [Fact]
    public void Names_the_known_formats_when_asked_for_an_unknown_one()
    {
        var error = Assert.Throws<ArgumentException>(() => ReportWriters.Create("xml"));

        Assert.Contains("'xml'", error.Message, StringComparison.Ordinal);
        Assert.Contains("text, json, sarif, junit, markdown, github, gitlab", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Creates_a_writer_for_every_format_and_names_each_one()
    {
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            Assert.Equal(format, ReportWriters.Create(format).Format);
            Assert.True(ReportWriters.TryParseFormat(ReportWriters.NameOf(format), out var parsed));
            Assert.Equal(format, parsed);
        }

        Assert.Equal(Enum.GetValues<ReportFormat>().Length, ReportWriters.FormatNames.Count);
    }

    [Fact]
    public void Survives_an_undefined_format_value_with_an_exception()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportWriters.Create((ReportFormat)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportWriters.NameOf((ReportFormat)42));
    }

    [Fact]
    public void Treats_only_text_as_a_format_for_people()
    {
        Assert.False(ReportWriters.IsMachineReadable(ReportFormat.Text));
        Assert.All(Enum.GetValues<ReportFormat>().Where(f => f != ReportFormat.Text), f => Assert.True(ReportWriters.IsMachineReadable(f)));
    }

    [Fact]
    public void Refuses_a_null_report_or_output()
    {
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            var writer = ReportWriters.Create(format);
            Assert.Throws<ArgumentNullException>(() => writer.Write(null!, TextWriter.Null));
            Assert.Throws<ArgumentNullException>(() => writer.Write(ReportFixtures.Passing(), null!));
        }
    }

    [Theory]
    [InlineData(true, null, null, true)]
    [InlineData(false, null, null, false)]
    [InlineData(true, "1", null, false)]
    [InlineData(true, "", null, true)]
    [InlineData(true, null, "dumb", false)]
    [InlineData(true, null, "xterm-256color", true)]
    public void Colours_only_a_terminal_that_has_not_opted_out(bool isTerminal, string? noColor, string? term, bool expected)
    {
        string? Environment(string name) => name switch
        {
            "NO_COLOR" => noColor,
            "TERM" => term,
            _ => null,
        };

        Assert.Equal(expected, ReportWriterOptions.ShouldUseColor(isTerminal, Environment));
    }
}
