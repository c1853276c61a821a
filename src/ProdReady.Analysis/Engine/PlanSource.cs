namespace ProdReady.Analysis.Engine;

/// <summary>Where the architecture plan of a change was read from.</summary>
public enum PlanSource
{
    /// <summary>A plan file given with <c>--plan FILE</c>, or standard input with <c>--plan -</c>.</summary>
    File,

    /// <summary>The body of the pull request (GitHub Actions' event payload).</summary>
    PullRequestBody,

    /// <summary>The messages of the commits that make up the change.</summary>
    CommitMessages,
}
