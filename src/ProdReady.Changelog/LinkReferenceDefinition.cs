using ProdReady.Core.Text;

namespace ProdReady.Changelog;

/// <summary>A Markdown link reference definition such as <c>[1.2.3]: https://example.com/compare/v1.2.2...v1.2.3</c>.</summary>
public sealed class LinkReferenceDefinition : ChangelogNode
{
    internal LinkReferenceDefinition(string source, TextSpan span, int line, string label, string url, TextSpan urlSpan)
        : base(source, span, line, line)
    {
        Label = label;
        Url = url;
        UrlSpan = urlSpan;
    }

    /// <summary>Gets the label as written, without brackets.</summary>
    public string Label { get; }

    /// <summary>Gets the destination URL.</summary>
    public string Url { get; }

    /// <summary>Gets the span of <see cref="Url"/> in the document text.</summary>
    public TextSpan UrlSpan { get; }

    /// <summary>Gets the label normalised for matching (case-folded, inner whitespace collapsed).</summary>
    public string NormalizedLabel => NormalizeLabel(Label);

    /// <summary>Normalises a link label the way Markdown matches labels.</summary>
    /// <param name="label">A label without brackets.</param>
    /// <returns>The case-folded label with whitespace runs collapsed.</returns>
    public static string NormalizeLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return string.Join(' ', label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
    }
}
