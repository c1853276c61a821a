using ProdReady.Analysis.Suppressions;

namespace ProdReady.Analysis.Tests.Suppressions;

public sealed class SuppressionChangesTests
{
    private static NoqaDirective Directive(string comment, int line, int column = 0) => NoqaParser.Parse(comment, line, column)!;

    [Fact]
    public void Returns_directives_on_changed_lines_in_line_order()
    {
        var old = Directive("# noqa: PLH001", 2);
        var addedLate = Directive("# noqa", 9);
        var addedEarly = Directive("# noqa: RUN001", 5);
        var changed = new HashSet<int> { 5, 6, 7, 9 };

        var added = SuppressionChanges.AddedBy([addedLate, old, addedEarly], changed.Contains);

        Assert.Equal([addedEarly, addedLate], added);
    }

    [Fact]
    public void Ignores_malformed_directives()
    {
        var added = SuppressionChanges.AddedBy([Directive("# noqa:", 1)], _ => true);

        Assert.Empty(added);
    }

    [Fact]
    public void Returns_nothing_when_no_line_changed()
    {
        var added = SuppressionChanges.AddedBy([Directive("# noqa", 1), Directive("# noqa: A001", 2)], _ => false);

        Assert.Empty(added);
    }

    [Fact]
    public void Orders_same_line_directives_by_column()
    {
        var right = Directive("# noqa: B001", 3, column: 20);
        var left = Directive("# noqa: A001", 3, column: 4);

        Assert.Equal([left, right], SuppressionChanges.AddedBy([right, left], _ => true));
    }
}
