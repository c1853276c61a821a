using ProdReady.Core.Text;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Engine;

/// <summary>The checks of every enabled rule, merged by event so that each tree is walked once.</summary>
internal sealed class DispatchTable
{
    private static readonly int s_kindCount = Enum.GetValues<NodeKind>().Max(k => (int)k) + 1;

    // Lists of raw findings, reused from file to file: a file's list grows by doubling to hold its findings, and the
    // findings are copied out as diagnostics before the list goes back. A file analysed inside another's analysis (the
    // project index asking about a module) takes a list of its own.
    private readonly System.Collections.Concurrent.ConcurrentBag<List<RawFinding>> _findingLists = [];

    /// <summary>Initializes a new instance of the <see cref="DispatchTable"/> class.</summary>
    /// <param name="rules">The enabled rules.</param>
    public DispatchTable(IEnumerable<Rule> rules)
    {
        var registrations = new List<RuleRegistration>();
        var nodeChecks = new List<(RuleInfo, Action<SyntaxNode, RuleContext>)>[s_kindCount];
        var fileChecks = new List<(RuleInfo, Action<RuleContext>)>();
        var commentChecks = new List<(RuleInfo, Action<TextSpan, RuleContext>)>();
        foreach (var rule in rules)
        {
            var registration = new RuleRegistration(rule);
            rule.Register(registration);
            registrations.Add(registration);
            fileChecks.AddRange(registration.FileChecks.Select(check => (rule.Info, check)));
            commentChecks.AddRange(registration.CommentChecks.Select(check => (rule.Info, check)));
            foreach (var (kind, check) in registration.NodeChecks)
            {
                (nodeChecks[(int)kind] ??= []).Add((rule.Info, check));
            }
        }

        Registrations = registrations;
        FileChecks = [.. fileChecks];
        CommentChecks = [.. commentChecks];
        NodeChecks = [.. nodeChecks.Select(list => list is null ? [] : list.ToArray())];
        HasNodeChecks = NodeChecks.Any(list => list.Length > 0);
        HasProjectChecks = registrations.Any(r => r.ProjectChecks.Count > 0);
    }

    /// <summary>Gets the registration of every enabled rule, in the order given.</summary>
    public IReadOnlyList<RuleRegistration> Registrations { get; }

    /// <summary>Gets the file-level checks.</summary>
    public (RuleInfo Rule, Action<RuleContext> Check)[] FileChecks { get; }

    /// <summary>Gets the comment checks.</summary>
    public (RuleInfo Rule, Action<TextSpan, RuleContext> Check)[] CommentChecks { get; }

    /// <summary>Gets the node checks, indexed by <see cref="NodeKind"/>.</summary>
    public (RuleInfo Rule, Action<SyntaxNode, RuleContext> Check)[][] NodeChecks { get; }

    /// <summary>Gets a value indicating whether any rule subscribed to the project as a whole.</summary>
    public bool HasProjectChecks { get; }

    /// <summary>Gets a value indicating whether any rule subscribed to a node kind.</summary>
    public bool HasNodeChecks { get; }

    /// <summary>Takes an empty list for a file's raw findings.</summary>
    /// <returns>The list.</returns>
    public List<RawFinding> RentFindings() => _findingLists.TryTake(out var list) ? list : new List<RawFinding>(16);

    /// <summary>Gives back a list taken with <see cref="RentFindings"/>, emptied; a very large one is left to the collector.</summary>
    /// <param name="list">The list.</param>
    public void ReturnFindings(List<RawFinding> list)
    {
        if (list.Capacity <= 4096)
        {
            list.Clear();
            _findingLists.Add(list);
        }
    }
}
