using ProdReady.Analysis.Docstrings;

namespace ProdReady.Analysis.Tests.Docstrings;

[Trait("Issue", "9")]
public sealed class DocstringParserTests
{
    private static Docstring Google(string text) => DocstringParser.Parse(text, DocstringConvention.Google);

    private static Docstring Numpy(string text) => DocstringParser.Parse(text, DocstringConvention.Numpy);

    private static Docstring Sphinx(string text) => DocstringParser.Parse(text, DocstringConvention.Sphinx);

    private static DocstringProblemKind[] Kinds(Docstring docstring) => [.. docstring.Problems.Select(p => p.Kind)];

    [Fact]
    public void Reads_google_sections_and_entries()
    {
        var doc = Google("""
            Move money.

            More words.

            Args:
                source (Account): The account debited,
                    continued here.
                *args: Extra values.
                **kwargs (dict[str, int]): Options.

            Returns:
                The ledger entry.

            Raises:
                ValueError: If the amount is negative.
                KeyError, LookupError: If an account is missing.
            """);

        Assert.Equal("Move money.", doc.Summary);
        Assert.Empty(doc.Problems);
        Assert.Equal([SectionKind.Args, SectionKind.Returns, SectionKind.Raises], doc.Sections.Select(s => s.Kind));
        var args = doc.Find(SectionKind.Args)!.Entries;
        Assert.Equal(["source", "*args", "**kwargs"], args.Select(e => e.Name));
        Assert.Equal(["source", "args", "kwargs"], args.Select(e => e.BareName));
        Assert.Equal("Account", args[0].Type);
        Assert.Equal("dict[str, int]", args[2].Type);
        Assert.Equal("The account debited, continued here.", args[0].Description);
        Assert.Equal(5, args[0].Line);
        Assert.Equal(["ValueError", "KeyError", "LookupError"], doc.EntriesOf(SectionKind.Raises).Select(e => e.Name));
        Assert.Equal("The ledger entry.", doc.Find(SectionKind.Returns)!.Entries.Single().Description);
    }

    [Fact]
    public void Reads_indented_docstrings_like_cleandoc()
    {
        var doc = Google("Summary.\n\n        Args:\n            x: The x.\n        ");
        Assert.Equal("x", doc.EntriesOf(SectionKind.Args).Single().Name);
    }

    [Theory]
    [InlineData("Sum.\n\nArg:\n    x: The x.\n", DocstringProblemKind.NearMissHeader, SectionKind.Args)]
    [InlineData("Sum.\n\nReturn:\n    The x.\n", DocstringProblemKind.NearMissHeader, SectionKind.Returns)]
    [InlineData("Sum.\n\nRaise:\n    ValueError: Bad.\n", DocstringProblemKind.NearMissHeader, SectionKind.Raises)]
    [InlineData("Sum.\n\nThrows:\n    ValueError: Bad.\n", DocstringProblemKind.NearMissHeader, SectionKind.Raises)]
    [InlineData("Sum.\n\nRetruns:\n    The x.\n", DocstringProblemKind.NearMissHeader, SectionKind.Returns)]
    [InlineData("Sum.\n\nArgs\n    x: The x.\n", DocstringProblemKind.MissingColon, SectionKind.Args)]
    [InlineData("Sum.\n\nParameters\n----------\nx : int\n    The x.\n", DocstringProblemKind.OtherConvention, SectionKind.Args)]
    public void Flags_malformed_google_headers_and_still_reads_the_section(string text, DocstringProblemKind problem, SectionKind kind)
    {
        var doc = Google(text);
        Assert.Equal([problem], Kinds(doc));
        Assert.True(doc.Has(kind));
        Assert.Equal(2, doc.Problems[0].Line);
    }

    [Theory]
    [InlineData("", DocstringProblemKind.Empty)]
    [InlineData("   \n  ", DocstringProblemKind.Empty)]
    [InlineData("Args:\n    x: The x.\n", DocstringProblemKind.NoSummary)]
    [InlineData("Sum.\n\nArgs:\n    x:\n", DocstringProblemKind.EntryWithoutDescription)]
    [InlineData("Sum.\n\nRaises:\n    ValueError\n", DocstringProblemKind.EntryWithoutDescription)]
    [InlineData("Sum.\n\nReturns:\n\nNote:\n    A note.\n", DocstringProblemKind.EmptySection)]
    [InlineData("Sum.\n\nArgs:\n    x: X.\n\nArguments:\n    y: Y.\n", DocstringProblemKind.DuplicateSection)]
    public void Flags_malformed_google_docstrings(string text, DocstringProblemKind problem)
    {
        Assert.Equal([problem], Kinds(Google(text)));
    }

    [Theory]
    [InlineData("Sum.\n\nNote: this is prose.\nFor example: so is this.\n")]
    [InlineData("Sum.\n\nExample::\n\n    code()\n")]
    [InlineData("Returns: the sum.")]
    [InlineData("Sum.\n\nArgs:\n    x: The x.\n    that wraps onto a line of its own.\n")]
    [InlineData("Sum.\n\nReturns: The value, inline.\n")]
    [InlineData("Sum.\n\nKeyword Args:\n    timeout: Seconds.\n\nOther Parameters:\n    flag: A flag.\n")]
    public void Reads_valid_google_text_without_problems(string text)
    {
        Assert.Empty(Google(text).Problems);
    }

    [Fact]
    public void Reads_a_header_on_the_first_line_with_its_body()
    {
        var doc = Google("Args:\n    x: The value.\n");
        Assert.Equal([DocstringProblemKind.NoSummary], Kinds(doc));
        Assert.Equal("x", doc.EntriesOf(SectionKind.Args).Single().Name);
    }

    [Fact]
    public void Reads_numpy_sections_and_entries()
    {
        var doc = Numpy("""
            Move money.

            Parameters
            ----------
            source, target : Account
                The accounts.
            amount : int
                The amount.
            *args
                More.

            Returns
            -------
            entry : Entry
                The ledger entry.

            Raises
            ------
            ValueError
                If negative.
            """);

        Assert.Empty(doc.Problems);
        Assert.Equal(["source", "target", "amount", "*args"], doc.EntriesOf(SectionKind.Args).Select(e => e.Name));
        Assert.Equal("Account", doc.EntriesOf(SectionKind.Args).First().Type);
        Assert.Equal(["ValueError"], doc.EntriesOf(SectionKind.Raises).Select(e => e.Name));
        Assert.Equal("entry", doc.Find(SectionKind.Returns)!.Entries.Single().Name);
    }

    [Theory]
    [InlineData("Sum.\n\nParameter\n---------\nx : int\n    X.\n", DocstringProblemKind.NearMissHeader)]
    [InlineData("Sum.\n\nParameters\n----------\nx : int\n", DocstringProblemKind.EntryWithoutDescription)]
    [InlineData("Sum.\n\nReturns\n-------\n\nNotes\n-----\nA note.\n", DocstringProblemKind.EmptySection)]
    [InlineData("Sum.\n\nArgs:\n    x: The x.\n", DocstringProblemKind.OtherConvention)]
    [InlineData("Sum.\n\nReturns\nint\n    The value.\n", DocstringProblemKind.MissingUnderline)]
    [InlineData("Parameters\n----------\nx : int\n    X.\n", DocstringProblemKind.NoSummary)]
    public void Flags_malformed_numpy_docstrings(string text, DocstringProblemKind problem)
    {
        Assert.Equal([problem], Kinds(Numpy(text)));
    }

    [Fact]
    public void Reads_sphinx_fields()
    {
        var doc = Sphinx("""
            Move money.

            :param source: The account debited,
                continued.
            :param int amount: The amount.
            :type source: Account
            :keyword timeout: Seconds.
            :returns: The entry.
            :rtype: Entry
            :raises ValueError: If negative.
            :raises KeyError, LookupError: If missing.

            See :class:`Ledger` for more.
            """);

        Assert.Empty(doc.Problems);
        Assert.Equal(["source", "amount"], doc.EntriesOf(SectionKind.Args).Select(e => e.Name));
        Assert.Equal("int", doc.EntriesOf(SectionKind.Args).Last().Type);
        Assert.Equal("The account debited, continued.", doc.EntriesOf(SectionKind.Args).First().Description);
        Assert.Equal(["timeout"], doc.EntriesOf(SectionKind.KeywordArgs).Select(e => e.Name));
        Assert.Equal(["ValueError", "KeyError", "LookupError"], doc.EntriesOf(SectionKind.Raises).Select(e => e.Name));
        Assert.True(doc.Has(SectionKind.Returns));
    }

    [Theory]
    [InlineData("Sum.\n\n:parm x: The x.\n", DocstringProblemKind.NearMissHeader)]
    [InlineData("Sum.\n\n:throws ValueError: Bad.\n", DocstringProblemKind.NearMissHeader)]
    [InlineData("Sum.\n\n:param x the x\n", DocstringProblemKind.MissingColon)]
    [InlineData("Sum.\n\n:param x:\n", DocstringProblemKind.EntryWithoutDescription)]
    [InlineData("Sum.\n\n:returns: One.\n:returns: Two.\n", DocstringProblemKind.DuplicateSection)]
    [InlineData(":param x: The x.\n", DocstringProblemKind.NoSummary)]
    public void Flags_malformed_sphinx_docstrings(string text, DocstringProblemKind problem)
    {
        Assert.Equal([problem], Kinds(Sphinx(text)));
    }

    [Theory]
    [InlineData("args", "arg", true)]
    [InlineData("returns", "retruns", true)]
    [InlineData("raises", "raise", true)]
    [InlineData("returns", "returns", false)]
    [InlineData("returns", "yields", false)]
    [InlineData("ab", "abcd", false)]
    public void Tells_words_one_edit_apart(string left, string right, bool expected)
    {
        Assert.Equal(expected, DocstringParser.OneEditApart(left, right));
        Assert.Equal(expected, DocstringParser.OneEditApart(right, left));
    }

    [Theory]
    [InlineData(DocstringConvention.Google)]
    [InlineData(DocstringConvention.Numpy)]
    [InlineData(DocstringConvention.Sphinx)]
    public void Survives_every_prefix_of_a_docstring(DocstringConvention convention)
    {
        const string Text = "Sum.\n\nArgs:\n    x (int): X.\n:param y: Y\nParameters\n----------\nz : int\n    Z.\nRaises:\n    ValueError\n\t:raises: \r\n";
        for (var i = 0; i <= Text.Length; i++)
        {
            var doc = DocstringParser.Parse(Text[..i], convention);
            Assert.NotNull(doc.Summary);
        }
    }

    [Theory]
    [InlineData("Sum.\n\nReturns: The count.\n", SectionKind.Returns, DocstringProblemKind.Empty)]
    [InlineData("Sum.\n\nArgs\n    x: The x.\n", SectionKind.Args, DocstringProblemKind.MissingColon)]
    [InlineData("Sum.\n\nReturn: The count.\n", SectionKind.Returns, DocstringProblemKind.NearMissHeader)]
    [InlineData("Sum.\n\n1 Returns: The count.\n", null, DocstringProblemKind.Empty)]
    [InlineData("Sum.\n\n_Args:\n    x: The x.\n", null, DocstringProblemKind.Empty)]
    [InlineData("Sum.\n\n:Args:\n    x: The x.\n", null, DocstringProblemKind.Empty)]
    [InlineData("Sum.\n\nThe arguments follow\n    x: The x.\n", null, DocstringProblemKind.Empty)]
    public void Reads_headers_only_where_the_header_grammar_can_match(string text, SectionKind? section, DocstringProblemKind problem)
    {
        // DocstringProblemKind.Empty stands for "no problem" here: none of these docstrings is empty.
        var doc = Google(text);

        Assert.Equal(section is { } kind ? [kind] : [], doc.Sections.Select(s => s.Kind));
        Assert.Equal(problem == DocstringProblemKind.Empty ? [] : [problem], Kinds(doc));
    }

    [Fact]
    public void Orders_problems_by_line_when_found_out_of_order()
    {
        // The underlined section's own problem is found before the empty section it reads on an earlier line.
        var doc = Google("Sum.\n\nArgs:\n\nReturns\n-------\n    The count.\n\nArgs:\n    x: The x.\n");

        var lines = doc.Problems.Select(p => p.Line).ToList();
        Assert.Equal(lines.Order(), lines);
        Assert.Equal(doc.Sections.Select(s => s.Line).Order(), doc.Sections.Select(s => s.Line));
    }
}
