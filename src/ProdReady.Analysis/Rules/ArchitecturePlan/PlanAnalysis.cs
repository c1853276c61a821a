using System.Text.RegularExpressions;
using ProdReady.Analysis.Engine;

namespace ProdReady.Analysis.Rules.ArchitecturePlan;

/// <summary>
/// Reads the architecture plan of a change out of its <see cref="PlanInput"/> and tells which parts are
/// missing. The precise rules:
/// <list type="bullet">
/// <item>A plan file or pull request body: every non-empty line counts, except Markdown headings and
/// single-line HTML comments (pull request templates). When a pull request body has a heading that
/// contains the word "plan", only the lines under that heading (up to the next heading) count.</item>
/// <item>Commit messages: the subject line is not part of the plan; the plan is the opening paragraph
/// of the body (the lines up to the first blank line), without git trailers (lines such as
/// <c>Signed-off-by: ...</c> or <c>Co-authored-by: ...</c>, whose key has a hyphen).
/// Every commit that has a body is a candidate; the first candidate that meets the whole standard is
/// the plan, otherwise the candidate with the fewest problems (the earliest on a tie) is reported.</item>
/// <item>A plan has 3 to 5 lines, states the approach, and addresses scalability and security: each is
/// recognised by whole words (case-insensitive) from the lists in <see cref="ApproachWords"/>,
/// <see cref="ScalabilityWords"/> and <see cref="SecurityWords"/>.</item>
/// </list>
/// </summary>
internal sealed partial class PlanAnalysis
{
    /// <summary>The fewest lines a plan has.</summary>
    public const int MinimumLines = 3;

    /// <summary>The most lines a plan has.</summary>
    public const int MaximumLines = 5;

    /// <summary>The words that state a design approach, as the documentation lists them.</summary>
    public const string ApproachWordList = "approach, design, architecture, strategy, structure, implement, introduce, add, build, replace, extract, split, refactor, reuse, layer, module, component, interface, class, function, algorithm, pipeline, pattern, parser, cache, queue, index";

    /// <summary>The words that address scalability, as the documentation lists them.</summary>
    public const string ScalabilityWordList = "scalability, scale, performance, complexity, O(n), linear, memory, allocation, latency, throughput, load, parallel, concurrency, streaming, bounded, efficient, fast, cost";

    /// <summary>The words that address security, as the documentation lists them.</summary>
    public const string SecurityWordList = "security, secure, validation, validate, sanitize, escape, auth, authentication, authorization, injection, secrets, credentials, trust, untrusted, permission, privilege, encryption, attack, vulnerability, threat, safe, unsafe";

    private PlanAnalysis(string origin, IReadOnlyList<string> lines)
    {
        Origin = origin;
        Lines = lines;
        var text = string.Join('\n', lines);
        HasApproach = ApproachWords().IsMatch(text);
        HasScalability = ScalabilityWords().IsMatch(text);
        HasSecurity = SecurityWords().IsMatch(text);
    }

    /// <summary>Gets where the plan was read, as messages name it ("the pull request body").</summary>
    public string Origin { get; }

    /// <summary>Gets the lines that make up the plan.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>Gets a value indicating whether the plan states a design approach.</summary>
    public bool HasApproach { get; }

    /// <summary>Gets a value indicating whether the plan addresses scalability.</summary>
    public bool HasScalability { get; }

    /// <summary>Gets a value indicating whether the plan addresses security.</summary>
    public bool HasSecurity { get; }

    /// <summary>Gets a value indicating whether the plan has 3 to 5 lines.</summary>
    public bool HasValidLength => Lines.Count is >= MinimumLines and <= MaximumLines;

    /// <summary>Gets the number of parts of the standard the plan misses.</summary>
    public int ProblemCount =>
        (HasValidLength ? 0 : 1) + (HasApproach ? 0 : 1) + (HasScalability ? 0 : 1) + (HasSecurity ? 0 : 1);

    /// <summary>Finds the plan in <paramref name="input"/>.</summary>
    /// <param name="input">The plan input, or <see langword="null"/> when the change has none.</param>
    /// <returns>The plan, or <see langword="null"/> when there is no plan text at all.</returns>
    public static PlanAnalysis? Analyze(PlanInput? input)
    {
        if (input is null)
        {
            return null;
        }

        PlanAnalysis? best = null;
        foreach (var text in input.Texts)
        {
            var candidate = input.Source switch
            {
                PlanSource.File => FromDocument(text, "the plan file", sectionOnly: false),
                PlanSource.PullRequestBody => FromDocument(text, "the pull request body", sectionOnly: true),
                _ => FromCommitMessage(text),
            };
            if (candidate is null)
            {
                continue;
            }

            if (candidate.ProblemCount == 0)
            {
                return candidate;
            }

            if (best is null || candidate.ProblemCount < best.ProblemCount)
            {
                best = candidate;
            }
        }

        return best;
    }

    private static PlanAnalysis? FromDocument(string text, string origin, bool sectionOnly)
    {
        var all = text.ReplaceLineEndings("\n").Split('\n');
        IEnumerable<string> selected = all;
        if (sectionOnly)
        {
            var heading = Array.FindIndex(all, l => IsHeading(l) && PlanHeading().IsMatch(l));
            if (heading >= 0)
            {
                selected = all.Skip(heading + 1).TakeWhile(l => !IsHeading(l));
            }
        }

        var lines = selected
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !IsHeading(l) && !IsHtmlComment(l))
            .ToList();
        return lines.Count == 0 ? null : new PlanAnalysis(origin, lines);
    }

    private static PlanAnalysis? FromCommitMessage(string message)
    {
        var all = message.ReplaceLineEndings("\n").Split('\n');
        var index = 0;
        while (index < all.Length && all[index].Trim().Length == 0)
        {
            index++;
        }

        if (index == all.Length)
        {
            return null;
        }

        var subject = all[index].Trim();
        index++;
        while (index < all.Length && all[index].Trim().Length == 0)
        {
            index++;
        }

        var lines = all.Skip(index)
            .TakeWhile(l => l.Trim().Length > 0)
            .Select(l => l.Trim())
            .Where(l => !Trailer().IsMatch(l))
            .ToList();
        return lines.Count == 0 ? null : new PlanAnalysis($"commit \"{subject}\"", lines);
    }

    private static bool IsHeading(string line) => line.TrimStart().StartsWith('#');

    private static bool IsHtmlComment(string line) =>
        line.StartsWith("<!--", StringComparison.Ordinal) && line.EndsWith("-->", StringComparison.Ordinal);

    [GeneratedRegex(@"\bplan\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlanHeading();

    [GeneratedRegex(@"^[A-Za-z]+(-[A-Za-z]+)+: \S", RegexOptions.CultureInvariant)]
    private static partial Regex Trailer();

    [GeneratedRegex(
        @"\b(approach\w*|design\w*|architect\w*|strateg\w*|structur\w*|implement\w*|introduc\w*|add(s|ed|ing)?|build\w*|built|replac\w*|extract\w*|split\w*|refactor\w*|reus\w*|layer\w*|modules?|components?|interfaces?|class(es)?|functions?|algorithms?|pipelines?|patterns?|parser\w*|cach\w*|queues?|index\w*)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApproachWords();

    [GeneratedRegex(
        @"(\bscal\w*|\bperforman\w*|\bcomplexit\w*|\bO\([^)\n]{1,20}\)|\blinear\w*|\bmemory\b|\balloc\w*|\blatenc\w*|\bthroughput\b|\bload\w*|\bparallel\w*|\bconcurren\w*|\bstream\w*|\bbounded\b|\befficien\w*|\bfast\w*|\bcost\w*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScalabilityWords();

    [GeneratedRegex(
        @"\b(secur\w*|validat\w*|saniti[sz]\w*|escap\w*|auth[nz]?|authenticat\w*|authori[sz]\w*|inject\w*|secrets?|credential\w*|trust\w*|untrusted|permission\w*|privileg\w*|encrypt\w*|attack\w*|vulnerab\w*|threat\w*|safe\w*|unsafe)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecurityWords();
}
