using System.Globalization;
using System.Text;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Analysis.Engine;

/// <summary>Renders the catalogue as users read it: <c>docs/rules.md</c> and <c>prodready rules [CODE]</c>.</summary>
public static class RuleDocumentation
{
    /// <summary>Renders the Markdown of <c>docs/rules.md</c>: one table per checklist item, then every rule's documentation.</summary>
    /// <param name="rules">The rules, usually <see cref="RuleCatalog.All"/>.</param>
    /// <returns>The Markdown, with <c>\n</c> line endings.</returns>
    public static string RenderMarkdown(IReadOnlyList<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var text = new StringBuilder();
        text.Append("# Rules\n\n");
        text.Append("Generated from the rule catalogue (`src/ProdReady.Analysis/RuleCatalog.cs`); a test checks that this file is up to date.\n");
        text.Append("Run `prodready rules` for the list and `prodready rules CODE` for one rule's documentation.\n");
        foreach (var item in ChecklistItems.All)
        {
            var ofItem = rules.Where(r => r.Info.Category == item).OrderBy(r => r.Info.Code, StringComparer.Ordinal).ToList();
            if (ofItem.Count == 0)
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"\n## {ChecklistItems.Title(item)} (`{ChecklistItems.Prefix(item)}`)\n\n");
            text.Append("| code | name | severity | status | since | fix | what it flags |\n");
            text.Append("|---|---|---|---|---|---|---|\n");
            foreach (var rule in ofItem)
            {
                var info = rule.Info;
                text.Append(CultureInfo.InvariantCulture, $"| [`{info.Code}`](#{info.Code.ToLowerInvariant()}-{info.Name}) | {info.Name} | {SeverityName(info.DefaultSeverity)} | {info.Status.ToString().ToLowerInvariant()} | {info.Since} | {info.Fix.ToString().ToLowerInvariant()} | {info.Summary.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
            }

            foreach (var rule in ofItem)
            {
                var info = rule.Info;
                text.Append(CultureInfo.InvariantCulture, $"\n### {info.Code} {info.Name}\n\n");
                text.Append(DemoteHeadings(info.Docs.ReplaceLineEndings("\n").Trim()));
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Renders the text of <c>prodready rules</c>: one aligned line per rule.</summary>
    /// <param name="rules">The rules to list.</param>
    /// <returns>The listing, with <c>\n</c> line endings.</returns>
    public static string RenderList(IReadOnlyList<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var nameWidth = rules.Count == 0 ? 0 : rules.Max(r => r.Info.Name.Length);
        var itemWidth = rules.Count == 0 ? 0 : rules.Max(r => ChecklistItems.Title(r.Info.Category).Length);
        var text = new StringBuilder();
        foreach (var rule in rules.OrderBy(r => r.Info.Code, StringComparer.Ordinal))
        {
            var info = rule.Info;
            var status = info.Status == RuleStatus.Removed ? "  (removed)" : string.Empty;
            var line = string.Create(CultureInfo.InvariantCulture, $"{info.Code}  {info.Name.PadRight(nameWidth)}  {ChecklistItems.Title(info.Category).PadRight(itemWidth)}  {SeverityName(info.DefaultSeverity),-7}{status}");
            text.Append(line.TrimEnd());
            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Renders the text of <c>prodready rules CODE</c>: a header line, then the documentation.</summary>
    /// <param name="info">The rule.</param>
    /// <returns>The text, with <c>\n</c> line endings.</returns>
    public static string RenderRule(RuleInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {info.Code} {info.Name}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Checklist item: {ChecklistItems.Title(info.Category)}\n");
        text.Append(CultureInfo.InvariantCulture, $"Default severity: {SeverityName(info.DefaultSeverity)}\n");
        text.Append(CultureInfo.InvariantCulture, $"Status: {info.Status.ToString().ToLowerInvariant()} (since {info.Since})\n");
        text.Append(CultureInfo.InvariantCulture, $"Fix: {info.Fix.ToString().ToLowerInvariant()}\n\n");
        text.Append(info.Docs.ReplaceLineEndings("\n").Trim());
        text.Append('\n');
        return text.ToString();
    }

    private static string SeverityName(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string DemoteHeadings(string docs)
    {
        var lines = docs.Split('\n');
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                lines[i] = "#### " + lines[i][3..];
            }
        }

        return string.Join('\n', lines);
    }
}
