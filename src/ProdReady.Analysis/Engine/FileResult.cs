using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Engine;

/// <summary>What one file contributes to a run: small, so every file's result can be kept until the end.</summary>
internal sealed class FileResult
{
    /// <summary>Gets the findings that survived suppression and the change filter, in report order.</summary>
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Gets the public units the change added (empty outside a change).</summary>
    public List<string> AddedPublicUnits { get; } = [];

    /// <summary>Gets the suppressions on changed lines.</summary>
    public List<FileSuppression> NewSuppressions { get; } = [];

    /// <summary>Gets the number of findings silenced by <c># noqa</c>.</summary>
    public int SuppressedCount { get; set; }

    /// <summary>Gets or sets the file's units by line, when the run keeps them; otherwise <see langword="null"/>.</summary>
    public Units.UnitMap? UnitMap { get; set; }

    /// <summary>Gets or sets why the file was skipped, or <see langword="null"/> when it was analysed.</summary>
    public UnreadableFile? Skipped { get; set; }
}
