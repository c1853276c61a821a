namespace ProdReady.Analysis.Engine;

/// <summary>The text the architecture plan rules (<c>PLN</c>) read, and where it came from.</summary>
public sealed class PlanInput
{
    private PlanInput(PlanSource source, IReadOnlyList<string> texts)
    {
        Source = source;
        Texts = texts;
    }

    /// <summary>Gets where the plan came from.</summary>
    public PlanSource Source { get; }

    /// <summary>
    /// Gets the candidate texts: one for a plan file or a pull request body, one full message per commit
    /// (oldest first) for commit messages.
    /// </summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>Creates the input of a plan file (or standard input).</summary>
    /// <param name="text">The file's text.</param>
    /// <returns>The input.</returns>
    public static PlanInput FromFile(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new PlanInput(PlanSource.File, [text]);
    }

    /// <summary>Creates the input of a pull request body.</summary>
    /// <param name="body">The body, Markdown.</param>
    /// <returns>The input.</returns>
    public static PlanInput FromPullRequestBody(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new PlanInput(PlanSource.PullRequestBody, [body]);
    }

    /// <summary>Creates the input of the change's commit messages.</summary>
    /// <param name="messages">The full messages (subject, blank line, body), oldest first.</param>
    /// <returns>The input.</returns>
    public static PlanInput FromCommitMessages(IEnumerable<string> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return new PlanInput(PlanSource.CommitMessages, [.. messages]);
    }
}
