using ProdReady.Analysis.Suppressions;

namespace ProdReady.Analysis.Tests.Suppressions;

public sealed class SuppressionIndexTests
{
    private static NoqaDirective Directive(string comment, int line) => NoqaParser.Parse(comment, line, 0)!;

    [Fact]
    public void Suppresses_named_code_on_its_line_only()
    {
        var index = new SuppressionIndex([Directive("# noqa: PLH001", 4)]);

        Assert.True(index.IsSuppressed("PLH001", 4));
        Assert.False(index.IsSuppressed("PLH001", 3));
        Assert.False(index.IsSuppressed("PLH001", 5));
        Assert.False(index.IsSuppressed("RUN001", 4));
    }

    [Fact]
    public void Blanket_directive_suppresses_every_code()
    {
        var index = new SuppressionIndex([Directive("# noqa", 2)]);

        Assert.True(index.IsSuppressed("PLH001", 2));
        Assert.True(index.IsSuppressed("TYP001", 2));
        Assert.False(index.IsSuppressed("TYP001", 1));
    }

    [Fact]
    public void Malformed_directive_suppresses_nothing_and_is_never_unused()
    {
        var malformed = Directive("# noqa:", 2);
        var index = new SuppressionIndex([malformed]);

        Assert.False(index.IsSuppressed("PLH001", 2));
        Assert.Empty(index.UnusedDirectives());
        Assert.Same(malformed, Assert.Single(index.Directives));
    }

    [Fact]
    public void Records_which_directives_and_codes_were_used()
    {
        var used = Directive("# noqa: PLH001, RUN001", 1);
        var unused = Directive("# noqa: TYP001", 2);
        var blanket = Directive("# noqa", 3);
        var index = new SuppressionIndex([used, unused, blanket]);

        Assert.True(index.IsSuppressed("PLH001", 1));
        Assert.False(index.IsSuppressed("DOC001", 2));

        Assert.Equal([unused, blanket], index.UnusedDirectives());
        Assert.Equal(["RUN001"], index.UnusedCodes(used));
        Assert.Equal(["TYP001"], index.UnusedCodes(unused));
        Assert.Empty(index.UnusedCodes(blanket));

        Assert.True(index.IsSuppressed("ASY001", 3));
        Assert.Equal([unused], index.UnusedDirectives());
    }

    [Fact]
    public void Combines_several_directives_on_one_line()
    {
        var first = Directive("# noqa: PLH001", 5);
        var second = Directive("# noqa: RUN001", 5);
        var index = new SuppressionIndex([first, second]);

        Assert.True(index.IsSuppressed("RUN001", 5));
        Assert.True(index.IsSuppressed("PLH001", 5));
        Assert.Empty(index.UnusedDirectives());
    }

    [Fact]
    public void Rejects_foreign_directive()
    {
        var index = new SuppressionIndex([]);

        Assert.Throws<ArgumentException>(() => index.UnusedCodes(Directive("# noqa", 1)));
    }

    [Fact]
    public void Empty_index_suppresses_nothing()
    {
        var index = new SuppressionIndex([]);

        Assert.False(index.IsSuppressed("PLH001", 1));
        Assert.Empty(index.UnusedDirectives());
    }
}
