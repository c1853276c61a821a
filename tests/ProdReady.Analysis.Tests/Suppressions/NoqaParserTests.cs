using ProdReady.Analysis.Suppressions;

namespace ProdReady.Analysis.Tests.Suppressions;

public sealed class NoqaParserTests
{
    public static TheoryData<string, string> Directives => new()
    {
        // comment text → canonical rendering ("" when no directive), "|" separates malformed marker
        { "# noqa", "# noqa" },
        { "#noqa", "# noqa" },
        { "# NOQA", "# noqa" },
        { "# NoQa", "# noqa" },
        { "#   noqa", "# noqa" },
        { "# noqa because the fixture needs it", "# noqa" },
        { "# noqa: PLH001", "# noqa: PLH001" },
        { "#noqa:PLH001", "# noqa: PLH001" },
        { "# NOQA: PLH001", "# noqa: PLH001" },
        { "# noqa : PLH001", "# noqa: PLH001" },
        { "# noqa: PLH001, RUN001", "# noqa: PLH001, RUN001" },
        { "# noqa: PLH001,RUN001", "# noqa: PLH001, RUN001" },
        { "# noqa: PLH001 RUN001", "# noqa: PLH001, RUN001" },
        { "# noqa:PLH001,,  RUN001 ,TYP002", "# noqa: PLH001, RUN001, TYP002" },
        { "# noqa: PLH001 the placeholder is intended", "# noqa: PLH001" },
        { "# noqa: PLH001, RUN001 see issue 12", "# noqa: PLH001, RUN001" },
        { "# noqa: PLH001 PLH001", "# noqa: PLH001" },
        { "# noqa: PLH001# another comment", "# noqa: PLH001" },
        { "# type: ignore  # noqa: RUN001", "# noqa: RUN001" },
        { "# first # noqa", "# noqa" },
        { "# noqa:", "# noqa:" },
        { "# noqa: ", "# noqa:" },
        { "# noqa: see above", "# noqa:" },
        { "# noqa: plh001", "# noqa:" },
        { "# noqa: PLH001x", "# noqa:" },
        { "# noqa: PLH", "# noqa:" },
        { "# noqa: 001", "# noqa:" },
        { "# noqanything", "" },
        { "# noqa_here", "" },
        { "# no qa", "" },
        { "# a comment about noqa", "" },
        { "# TODO: later", "" },
        { "#", "" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Directives))]
    public void Parses_comment(string comment, string expected)
    {
        var directive = NoqaParser.Parse(comment, line: 3, column: 10);

        Assert.Equal(expected, directive?.ToString() ?? "");
        if (directive is not null)
        {
            Assert.Equal(3, directive.Line);
            Assert.Equal(expected == "# noqa:", directive.IsMalformed);
        }
    }

    [Fact]
    public void Reports_position_and_length_of_the_directive()
    {
        const string comment = "# type: ignore  # noqa: RUN001 trailing";

        var directive = NoqaParser.Parse(comment, line: 7, column: 4)!;

        Assert.Equal(4 + comment.IndexOf("# noqa", StringComparison.Ordinal), directive.Column);
        Assert.Equal("# noqa: RUN001", comment.Substring(directive.Column - 4, directive.Length));
        Assert.Equal(["RUN001"], directive.Codes);
        Assert.False(directive.IsBlanket);
    }

    [Fact]
    public void Blanket_directive_length_covers_the_keyword()
    {
        var directive = NoqaParser.Parse("#  NOQA reason", line: 1, column: 0)!;

        Assert.True(directive.IsBlanket);
        Assert.Equal(7, directive.Length);
        Assert.Empty(directive.Codes);
    }

    [Fact]
    public void Malformed_directive_covers_nothing()
    {
        var directive = NoqaParser.Parse("# noqa: fix later", line: 1, column: 0)!;

        Assert.True(directive.IsMalformed);
        Assert.False(directive.IsBlanket);
        Assert.False(directive.Covers("PLH001"));
    }

    [Fact]
    public void Covers_named_codes_only()
    {
        var directive = NoqaParser.Parse("# noqa: PLH001, RUN001", line: 1, column: 0)!;

        Assert.True(directive.Covers("PLH001"));
        Assert.True(directive.Covers("RUN001"));
        Assert.False(directive.Covers("PLH002"));
        Assert.False(directive.Covers("PLH"));
    }

    [Fact]
    public void Rejects_invalid_positions()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NoqaDirective(0, 0, 1, [], isMalformed: false));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NoqaDirective(1, -1, 1, [], isMalformed: false));
        Assert.Throws<ArgumentException>(() => new NoqaDirective(1, 0, 1, ["PLH001"], isMalformed: true));
    }
}
