using System.Text.Encodings.Web;
using System.Text.Json;
using ProdReady.Changelog;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Cli.Commands;

/// <summary>The JSON documents of the changelog commands (schema in docs/changelog.md; camelCase, stable names).</summary>
internal static class ChangelogJson
{
    /// <summary>The version of the JSON schema; raised on any incompatible change.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// Gets the serializers: camelCase, indented with <c>\n</c>, and without escaping quotes, backticks and
    /// non-ASCII text (the output is read by people and JSON parsers, never embedded in HTML).
    /// </summary>
    public static ChangelogJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Returns the JSON name of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns><c>info</c>, <c>warning</c> or <c>error</c>.</returns>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        _ => "error",
    };

    /// <summary>Returns the JSON name of a change type.</summary>
    /// <param name="type">The change type, or <see langword="null"/>.</param>
    /// <returns><c>added</c>, <c>changed</c>, ... or <see langword="null"/>.</returns>
    public static string? ChangeTypeName(ChangeType? type) => type switch
    {
        ChangeType.Added => "added",
        ChangeType.Changed => "changed",
        ChangeType.Deprecated => "deprecated",
        ChangeType.Removed => "removed",
        ChangeType.Fixed => "fixed",
        ChangeType.Security => "security",
        _ => null,
    };

    /// <summary>Returns the JSON name of a section kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><c>unreleased</c>, <c>release</c> or <c>other</c>.</returns>
    public static string SectionKindName(ChangelogSectionKind kind) => kind switch
    {
        ChangelogSectionKind.Unreleased => "unreleased",
        ChangelogSectionKind.Release => "release",
        _ => "other",
    };

    /// <summary>The output of <c>changelog lint --format json</c>.</summary>
    /// <param name="SchemaVersion">The schema version.</param>
    /// <param name="Path">The linted file as given.</param>
    /// <param name="Findings">The findings, by line then code.</param>
    internal sealed record LintReport(int SchemaVersion, string Path, IReadOnlyList<Finding> Findings);

    /// <summary>One lint finding.</summary>
    /// <param name="Code">The code, <c>CHL0xx</c>.</param>
    /// <param name="Name">The rule's kebab-case name.</param>
    /// <param name="Severity"><c>info</c>, <c>warning</c> or <c>error</c>.</param>
    /// <param name="Message">What is wrong.</param>
    /// <param name="Line">The 1-based line.</param>
    /// <param name="Column">The 1-based column.</param>
    /// <param name="Help">How to fix it.</param>
    internal sealed record Finding(string Code, string Name, string Severity, string Message, int Line, int Column, string? Help);

    /// <summary>The output of <c>changelog diff --format json</c>.</summary>
    /// <param name="SchemaVersion">The schema version.</param>
    /// <param name="Old">What the old side is (a path, or <c>REF:path</c>).</param>
    /// <param name="New">What the new side is (a path).</param>
    /// <param name="HasChanges">Whether the texts differ.</param>
    /// <param name="IsAppendOnly">Whether the change only inserted lines inside [Unreleased].</param>
    /// <param name="ChangedOutsideUnreleased">Whether any line outside [Unreleased] changed.</param>
    /// <param name="ReleasedSectionsChanged">Whether a released section was modified or deleted.</param>
    /// <param name="ChangedReleases">The versions of the modified or deleted releases.</param>
    /// <param name="AddedReleases">The versions of new release sections.</param>
    /// <param name="AddedEntries">The added entries.</param>
    /// <param name="RemovedEntries">The removed entries.</param>
    /// <param name="EditedEntries">The edited entries.</param>
    internal sealed record DiffReport(
        int SchemaVersion,
        string Old,
        string New,
        bool HasChanges,
        bool IsAppendOnly,
        bool ChangedOutsideUnreleased,
        bool ReleasedSectionsChanged,
        IReadOnlyList<string> ChangedReleases,
        IReadOnlyList<string> AddedReleases,
        IReadOnlyList<EntryChange> AddedEntries,
        IReadOnlyList<EntryChange> RemovedEntries,
        IReadOnlyList<EntryChange> EditedEntries);

    /// <summary>One added, removed or edited entry.</summary>
    /// <param name="Section">The section key: <c>Unreleased</c> or a version.</param>
    /// <param name="SectionKind"><c>unreleased</c>, <c>release</c> or <c>other</c>.</param>
    /// <param name="ChangeType"><c>added</c>, <c>fixed</c>, ... or <see langword="null"/>.</param>
    /// <param name="Subsection">The subsection heading as written, or <see langword="null"/>.</param>
    /// <param name="Text">The entry's text.</param>
    /// <param name="OldText">For an edit, the previous text.</param>
    /// <param name="Line">The 1-based line (old file for removals).</param>
    internal sealed record EntryChange(string Section, string SectionKind, string? ChangeType, string? Subsection, string Text, string? OldText, int Line)
    {
        /// <summary>Converts a library entry change.</summary>
        /// <param name="change">The change.</param>
        /// <returns>The JSON form.</returns>
        public static EntryChange From(ChangelogEntryChange change)
            => new(change.Section, SectionKindName(change.SectionKind), ChangeTypeName(change.ChangeType), change.Subsection, change.Text, change.OldText, change.Line);
    }
}
