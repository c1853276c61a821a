namespace ProdReady.Analysis.Configuration;

/// <summary>The rules enabled for one file: the global selection minus the file's per-file ignores.</summary>
public sealed class FileRuleSelection
{
    private readonly RuleSelection _selection;
    private readonly string[] _ignored;

    internal FileRuleSelection(RuleSelection selection, string path, string[] ignored)
    {
        _selection = selection;
        _ignored = ignored;
        Path = path;
    }

    /// <summary>Gets the file path relative to the checked root.</summary>
    public string Path { get; }

    /// <summary>Whether a rule runs on this file.</summary>
    /// <param name="code">The rule code.</param>
    /// <returns><see langword="true"/> when selected and not ignored for the file.</returns>
    public bool IsEnabled(string code) =>
        _selection.IsEnabled(code) && RuleSelection.LongestMatch(_ignored, code) < 0;
}
