namespace ProdReady.Core.Text;

/// <summary>An immutable source text with its path and a line index built on first use.</summary>
public sealed class SourceText
{
    private LineIndex? _lines;

    /// <summary>Initializes a new instance of the <see cref="SourceText"/> class.</summary>
    /// <param name="text">The decoded text.</param>
    /// <param name="path">The path the text was read from, if any, as the user should see it.</param>
    public SourceText(string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Path = path;
    }

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <summary>Gets the path the text came from, or <see langword="null"/>.</summary>
    public string? Path { get; }

    /// <summary>Gets the length of the text in UTF-16 code units.</summary>
    public int Length => Text.Length;

    /// <summary>Gets the line index, built on first use (thread-safe, idempotent).</summary>
    public LineIndex Lines => _lines ?? Interlocked.CompareExchange(ref _lines, LineIndex.Create(Text), null) ?? _lines!;

    /// <summary>Returns the text covered by <paramref name="span"/>.</summary>
    /// <param name="span">A span inside the text.</param>
    /// <returns>The covered characters.</returns>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <inheritdoc />
    public override string ToString() => Text;
}
