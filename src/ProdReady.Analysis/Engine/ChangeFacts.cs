using ProdReady.Analysis.Rules.ArchitecturePlan;

namespace ProdReady.Analysis.Engine;

/// <summary>What the engine knows about the change once every file is analysed.</summary>
internal sealed class ChangeFacts
{
    private readonly PlanInput? _plan;
    private readonly Lazy<PlanAnalysis?> _planAnalysis = new(() => null);

    /// <summary>Gets a value indicating whether a change (not the whole tree) is being checked.</summary>
    public required bool IsChangeMode { get; init; }

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

    /// <summary>Gets the plan read out of <see cref="Plan"/>, computed once.</summary>
    public PlanAnalysis? PlanAnalysis => _planAnalysis.Value;
}
