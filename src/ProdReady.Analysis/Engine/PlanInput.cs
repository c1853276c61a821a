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

    /// <summary>
    /// Reads the pull request body from a GitHub Actions event payload (the file <c>GITHUB_EVENT_PATH</c>
    /// names): <c>pull_request.body</c>.
    /// </summary>
    /// <param name="eventJson">The payload's JSON text.</param>
    /// <returns>The input, or <see langword="null"/> when the event is not a pull request, has no body, or is not JSON.</returns>
    public static PlanInput? FromGitHubEvent(string eventJson)
    {
        ArgumentNullException.ThrowIfNull(eventJson);
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(eventJson);
            if (document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty("pull_request", out var pullRequest)
                && pullRequest.ValueKind == System.Text.Json.JsonValueKind.Object
                && pullRequest.TryGetProperty("body", out var body)
                && body.ValueKind == System.Text.Json.JsonValueKind.String
                && !string.IsNullOrWhiteSpace(body.GetString()))
            {
                return FromPullRequestBody(body.GetString()!);
            }

            return null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
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
