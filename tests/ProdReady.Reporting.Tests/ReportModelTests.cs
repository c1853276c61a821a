using ProdReady.Reporting;

namespace ProdReady.Reporting.Tests;

public sealed class ReportModelTests
{
    [Fact]
    public void Normalises_the_codes_of_a_new_suppression()
    {
        var suppression = new NewSuppression("a.py", 3, ["TYP002", "DOC101", "TYP002"]);

        Assert.Equal(["DOC101", "TYP002"], suppression.Codes);
        Assert.False(suppression.AllCodes);
        Assert.Equal("# noqa: DOC101, TYP002", suppression.Describe());
    }

    [Fact]
    public void Describes_a_bare_noqa_as_silencing_every_code()
    {
        var suppression = new NewSuppression("a.py", 3, []);

        Assert.True(suppression.AllCodes);
        Assert.Equal("# noqa (all codes)", suppression.Describe());
    }

    [Fact]
    public void Survives_an_invalid_suppression_with_argument_exceptions()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NewSuppression("a.py", 0, []));
        Assert.Throws<ArgumentException>(() => new NewSuppression("", 1, []));
        Assert.Throws<ArgumentNullException>(() => new NewSuppression("a.py", 1, null!));
    }

    [Fact]
    public void Words_the_notes_of_skipped_files()
    {
        Assert.Equal("skipped: binary file", ReportNote.SkippedBinary("a.bin").Message);
        Assert.Equal("skipped: cannot be decoded as text", ReportNote.SkippedUndecodable("a.py").Message);
        Assert.Equal("skipped: cannot be decoded as text (bad byte)", ReportNote.SkippedUndecodable("a.py", "bad byte").Message);
        Assert.Equal("skipped: 2048 bytes is over the limit of 1024 bytes", ReportNote.SkippedTooLarge("a.py", 2048, 1024).Message);
        Assert.All(
            [ReportNote.SkippedBinary("a"), ReportNote.SkippedUndecodable("a"), ReportNote.SkippedTooLarge("a", 2, 1)],
            n => Assert.True(n.IsUnreadableFile));
        Assert.False(ReportNote.Configuration("x").IsUnreadableFile);
    }

    [Fact]
    public void Survives_notes_without_a_path_or_message_by_refusing_them()
    {
        Assert.Throws<ArgumentException>(() => ReportNote.SkippedBinary(" "));
        Assert.Throws<ArgumentException>(() => ReportNote.Configuration(""));
    }
}
