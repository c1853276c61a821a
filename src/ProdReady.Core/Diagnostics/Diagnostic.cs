namespace ProdReady.Core.Diagnostics;

/// <summary>One finding of the gate.</summary>
/// <param name="Code">The rule code, for example <c>PLH001</c>.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Item">The checklist item the finding counts against.</param>
/// <param name="Location">Where it is; <see langword="null"/> for findings about the change as a whole.</param>
/// <param name="Help">How to fix it, or <see langword="null"/>.</param>
public sealed record Diagnostic(
    string Code,
    string Message,
    Severity Severity,
    ChecklistItem Item,
    SourceLocation? Location,
    string? Help = null);
