namespace ProdReady.Core.Diagnostics;

/// <summary>The catalogue entry of a rule: what reports and documentation say about it.</summary>
/// <param name="Code">The code, checklist prefix plus three digits (<c>TYP001</c>).</param>
/// <param name="Name">The kebab-case name of the flagged pattern (<c>mutable-argument-default</c>).</param>
/// <param name="Item">The checklist item it counts against.</param>
/// <param name="DefaultSeverity">The severity used unless configured otherwise.</param>
/// <param name="Summary">One sentence saying what it flags.</param>
/// <param name="Docs">The Markdown documentation (What it does / Why is this bad? / Example).</param>
/// <param name="Since">The version that introduced it.</param>
public sealed record RuleDescriptor(
    string Code,
    string Name,
    ChecklistItem Item,
    Severity DefaultSeverity,
    string Summary,
    string Docs,
    string Since);
