namespace ProdReady.Analysis.Suppressions;

/// <summary>A <c># noqa</c> directive found in a comment: where it is and which codes it silences.</summary>
public sealed class NoqaDirective
{
    /// <summary>Initializes a new instance of the <see cref="NoqaDirective"/> class.</summary>
    /// <param name="line">The 1-based line of the comment.</param>
    /// <param name="column">The column of the directive's <c>#</c>, in the caller's unit.</param>
    /// <param name="length">The length of the directive text, from its <c>#</c> to the end of its last code.</param>
    /// <param name="codes">The codes it names; empty for a blanket <c># noqa</c> or a malformed directive.</param>
    /// <param name="isMalformed">Whether the directive is a <c># noqa:</c> with no valid code after the colon.</param>
    public NoqaDirective(int line, int column, int length, IReadOnlyList<string> codes, bool isMalformed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(line, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentNullException.ThrowIfNull(codes);
        if (isMalformed && codes.Count > 0)
        {
            throw new ArgumentException("A malformed directive names no codes.", nameof(codes));
        }

        Line = line;
        Column = column;
        Length = length;
        Codes = codes;
        IsMalformed = isMalformed;
    }

    /// <summary>Gets the 1-based line of the comment; the directive silences findings on this line.</summary>
    public int Line { get; }

    /// <summary>Gets the column of the directive's <c>#</c>, in the unit the caller used for the comment.</summary>
    public int Column { get; }

    /// <summary>Gets the length of the directive text, from its <c>#</c> to the end of its last code.</summary>
    public int Length { get; }

    /// <summary>Gets the codes the directive names, in source order; empty for a blanket or malformed directive.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Gets a value indicating whether this is a <c># noqa:</c> with no valid code: it silences nothing.</summary>
    public bool IsMalformed { get; }

    /// <summary>Gets a value indicating whether this is a bare <c># noqa</c> that silences every code on its line.</summary>
    public bool IsBlanket => Codes.Count == 0 && !IsMalformed;

    /// <summary>Gets a value indicating whether the directive silences <paramref name="code"/>.</summary>
    /// <param name="code">A rule code such as <c>PLH001</c>.</param>
    /// <returns><see langword="true"/> for a blanket directive or one that names the code.</returns>
    public bool Covers(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (IsMalformed)
        {
            return false;
        }

        if (Codes.Count == 0)
        {
            return true;
        }

        foreach (var named in Codes)
        {
            if (string.Equals(named, code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Renders the directive in canonical form, for reports: <c># noqa</c> or <c># noqa: A001, B002</c>.</summary>
    /// <returns>The canonical text; a malformed directive renders as <c># noqa:</c>.</returns>
    public override string ToString() => IsMalformed
        ? "# noqa:"
        : Codes.Count == 0 ? "# noqa" : "# noqa: " + string.Join(", ", Codes);
}
