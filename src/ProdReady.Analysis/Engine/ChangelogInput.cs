namespace ProdReady.Analysis.Engine;

/// <summary>The changelog the <c>CHL</c> rules read: its path and its text before and after the change.</summary>
public sealed class ChangelogInput
{
    /// <summary>Initializes a new instance of the <see cref="ChangelogInput"/> class.</summary>
    /// <param name="path">The path relative to the checked root, with forward slashes (<c>CHANGELOG.md</c>).</param>
    /// <param name="currentText">The text in the working tree (or the index for staged checks); <see langword="null"/> when the file does not exist.</param>
    /// <param name="baseText">The text at the change's base; <see langword="null"/> when the file did not exist there or outside a change.</param>
    public ChangelogInput(string path, string? currentText, string? baseText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
        CurrentText = currentText;
        BaseText = baseText;
    }

    /// <summary>Gets the path relative to the checked root, with forward slashes.</summary>
    public string Path { get; }

    /// <summary>Gets the current text, or <see langword="null"/> when the file does not exist.</summary>
    public string? CurrentText { get; }

    /// <summary>Gets the text at the change's base, or <see langword="null"/> when it did not exist there.</summary>
    public string? BaseText { get; }
}
