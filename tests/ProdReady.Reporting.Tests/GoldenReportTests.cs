using ProdReady.Reporting;
using ProdReady.Testing;

namespace ProdReady.Reporting.Tests;

public sealed class GoldenReportTests
{
    [Theory]
    [InlineData(ReportFormat.Text, "report.txt")]
    [InlineData(ReportFormat.Json, "report.json")]
    [InlineData(ReportFormat.Sarif, "report.sarif")]
    [InlineData(ReportFormat.JUnit, "report.junit.xml")]
    [InlineData(ReportFormat.Markdown, "report.md")]
    [InlineData(ReportFormat.GitHub, "report.github.txt")]
    [InlineData(ReportFormat.GitLab, "report.gitlab.json")]
    public void Renders_the_shared_report_as_its_golden_file(ReportFormat format, string golden)
    {
        Golden.Match(ReportFixtures.Render(format, ReportFixtures.Failing()), "Golden/" + golden);
    }

    [Theory]
    [InlineData(ReportFormat.Text, "passing.txt")]
    [InlineData(ReportFormat.Json, "passing.json")]
    [InlineData(ReportFormat.Sarif, "passing.sarif")]
    [InlineData(ReportFormat.JUnit, "passing.junit.xml")]
    [InlineData(ReportFormat.Markdown, "passing.md")]
    [InlineData(ReportFormat.GitHub, "passing.github.txt")]
    [InlineData(ReportFormat.GitLab, "passing.gitlab.json")]
    public void Renders_a_passing_report_as_its_golden_file(ReportFormat format, string golden)
    {
        Golden.Match(ReportFixtures.Render(format, ReportFixtures.Passing()), "Golden/" + golden);
    }

    [Theory]
    [InlineData(ReportFormat.Text, "syntax-error.txt")]
    [InlineData(ReportFormat.Sarif, "syntax-error.sarif")]
    [InlineData(ReportFormat.GitHub, "syntax-error.github.txt")]
    public void Renders_syntax_errors_at_their_positions(ReportFormat format, string golden)
    {
        Golden.Match(ReportFixtures.Render(format, ReportFixtures.SyntaxErrors()), "Golden/" + golden);
    }

    [Fact]
    public void Renders_the_colour_variant_of_the_text_report()
    {
        var text = ReportFixtures.Render(ReportFormat.Text, ReportFixtures.Failing(), new ReportWriterOptions(UseColor: true));
        Golden.Match(text, "Golden/report.color.txt");
    }

    [Theory]
    [InlineData(ReportFormat.Text)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Sarif)]
    [InlineData(ReportFormat.JUnit)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.GitHub)]
    [InlineData(ReportFormat.GitLab)]
    public void Renders_deterministically_with_newline_endings(ReportFormat format)
    {
        var first = ReportFixtures.Render(format, ReportFixtures.Failing());
        var second = ReportFixtures.Render(format, ReportFixtures.Failing());

        Assert.Equal(first, second);
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("\n", first, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Sarif)]
    [InlineData(ReportFormat.JUnit)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.GitHub)]
    [InlineData(ReportFormat.GitLab)]
    public void Ignores_the_colour_option_in_every_other_format(ReportFormat format)
    {
        var plain = ReportFixtures.Render(format, ReportFixtures.Failing());
        var coloured = ReportFixtures.Render(format, ReportFixtures.Failing(), new ReportWriterOptions(UseColor: true));

        Assert.Equal(plain, coloured);
        Assert.DoesNotContain('\u001b', coloured);
    }
}
