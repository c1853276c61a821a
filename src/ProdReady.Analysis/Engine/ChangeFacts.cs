using ProdReady.Analysis.Rules.ArchitecturePlan;
using ProdReady.Changelog;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Engine;

/// <summary>What the engine knows about the change once every file is analysed.</summary>
internal sealed class ChangeFacts
{
    private readonly PlanInput? _plan;
    private readonly Lazy<ChangelogDocument?> _changelogDocument;
    private readonly Lazy<ChangelogVerdict?> _changelogVerdict;
    private readonly Lazy<IReadOnlyList<Diagnostic>> _changelogLint;

    /// <summary>Initializes a new instance of the <see cref="ChangeFacts"/> class.</summary>
    public ChangeFacts()
    {
        _changelogDocument = new(() => Changelog?.CurrentText is { } text ? ChangelogDocument.Parse(text) : null);
        _changelogVerdict = new(() => Changelog?.CurrentText is { } text && IsChangeMode ? ChangelogDiff.Compare(Changelog.BaseText ?? string.Empty, text) : null);
        _changelogLint = new(() => ChangelogDocument is { } document
            ? ChangelogLinter.Lint(document, new ChangelogLintOptions { Path = Changelog!.Path, TimeProvider = Clock })
            : []);
    }
    private readonly Lazy<PlanAnalysis?> _planAnalysis = new(() => null);

    /// <summary>Gets a value indicating whether a change (not the whole tree) is being checked.</summary>
    public required bool IsChangeMode { get; init; }

    /// <summary>Gets a value indicating whether the change touches no file at all.</summary>
    public bool IsEmptyChange { get; init; }

    /// <summary>Gets the plan input, if any.</summary>
    public PlanInput? Plan
    {
        get => _plan;
        init
        {
            _plan = value;
            _planAnalysis = new Lazy<PlanAnalysis?>(() => PlanAnalysis.Analyze(value));
        }
    }

    /// <summary>Gets the changelog input, or <see langword="null"/> when the caller gave none (the CHL rules do not run).</summary>
    public ChangelogInput? Changelog { get; init; }

    /// <summary>Gets the clock that decides which changelog dates lie in the future.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Gets the parsed current changelog, or <see langword="null"/> when there is none.</summary>
    public ChangelogDocument? ChangelogDocument => _changelogDocument.Value;

    /// <summary>Gets what the change did to the changelog, or <see langword="null"/> outside a change or without a changelog.</summary>
    public ChangelogVerdict? ChangelogVerdict => _changelogVerdict.Value;

    /// <summary>Gets the lint findings of the current changelog (empty when there is none).</summary>
    public IReadOnlyList<Diagnostic> ChangelogLint => _changelogLint.Value;

    /// <summary>Gets the analysed files the change touches, ordered by path (empty outside a change).</summary>
    public IReadOnlyList<string> ChangedSourceFiles { get; init; } = [];

    /// <summary>Gets the public units the change adds, as "kind name in path", ordered (empty outside a change).</summary>
    public IReadOnlyList<string> AddedPublicUnits { get; init; } = [];

    /// <summary>Gets the plan read out of <see cref="Plan"/>, computed once.</summary>
    public PlanAnalysis? PlanAnalysis => _planAnalysis.Value;
}
