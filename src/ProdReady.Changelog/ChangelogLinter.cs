using System.Globalization;
using ProdReady.Core.Diagnostics;

namespace ProdReady.Changelog;

/// <summary>Checks a parsed changelog against Keep a Changelog 1.1.0 and reports <c>CHL0xx</c> findings.</summary>
public static class ChangelogLinter
{
    /// <summary>Lints <paramref name="document"/>.</summary>
    /// <param name="document">The parsed changelog.</param>
    /// <param name="options">The path to report and the clock; <see cref="ChangelogLintOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The findings, ordered by line then code; empty when the file conforms.</returns>
    public static IReadOnlyList<Diagnostic> Lint(ChangelogDocument document, ChangelogLintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var run = new Run(document, options ?? ChangelogLintOptions.Default);
        run.CheckDocument();
        foreach (var section in document.Sections)
        {
            run.CheckSection(section);
        }

        run.CheckOrder();
        run.CheckLinks();
        return run.Sorted();
    }

    private sealed class Run(ChangelogDocument document, ChangelogLintOptions options)
    {
        private readonly List<Diagnostic> _findings = [];
        private readonly DateOnly _today = DateOnly.FromDateTime(options.TimeProvider.GetLocalNow().DateTime);

        public void CheckDocument()
        {
            if (document.Title is null)
            {
                Report(ChangelogRules.MissingTitle, 1, "The changelog has no title", "Start the file with a `# Changelog` line.");
            }

            var unreleased = document.Sections.Where(s => s.SectionKind == ChangelogSectionKind.Unreleased).ToList();
            if (unreleased.Count == 0)
            {
                var line = document.Sections.Count > 0 ? document.Sections[0].HeadingLine : Math.Max(1, document.LineCount);
                Report(ChangelogRules.MissingUnreleased, line, "There is no [Unreleased] section", "Add `## [Unreleased]` above the first release (`prodready changelog add` creates it).");
            }
            else
            {
                var first = unreleased[0];
                var release = document.Sections.FirstOrDefault(s => s.SectionKind == ChangelogSectionKind.Release);
                if (release is not null && release.StartLine < first.StartLine)
                {
                    Report(ChangelogRules.UnreleasedNotFirst, first.HeadingLine, $"[Unreleased] comes after release {release.Version} (line {Num(release.HeadingLine)})", "Move the [Unreleased] section above every release.");
                }

                foreach (var extra in unreleased.Skip(1))
                {
                    Report(ChangelogRules.DuplicateUnreleased, extra.HeadingLine, $"Second [Unreleased] section (the first is at line {Num(first.HeadingLine)})", "Merge the entries into the first [Unreleased] section and delete this heading.");
                }
            }
        }

        public void CheckSection(ChangelogSection section)
        {
            switch (section.SectionKind)
            {
                case ChangelogSectionKind.Unreleased when !section.IsBracketed:
                    Report(ChangelogRules.NonstandardReleaseHeading, section.HeadingLine, $"Heading '{section.HeadingText}' does not bracket Unreleased", "Write `## [Unreleased]`.");
                    break;
                case ChangelogSectionKind.Release:
                    CheckRelease(section);
                    break;
                case ChangelogSectionKind.Other:
                    Report(ChangelogRules.UnrecognizedSection, section.HeadingLine, $"Section '{section.HeadingText}' is neither [Unreleased] nor a release", "Use `## [Unreleased]` or `## [VERSION] - YYYY-MM-DD`, or move this text into the preamble.");
                    break;
                default:
                    break;
            }

            var seen = new Dictionary<ChangeType, ChangeTypeSection>();
            foreach (var subsection in section.Subsections)
            {
                if (subsection.ChangeType is not { } type)
                {
                    var suggestion = ChangeTypes.Suggest(subsection.Name);
                    Report(
                        ChangelogRules.UnknownChangeType,
                        subsection.HeadingLine,
                        $"Unknown change type '{subsection.Name}'",
                        suggestion is { } s
                            ? $"Rename it `### {ChangeTypes.HeadingName(s)}`."
                            : "Use one of Added, Changed, Deprecated, Removed, Fixed, Security.");
                }
                else if (seen.TryGetValue(type, out var earlier))
                {
                    Report(ChangelogRules.DuplicateChangeType, subsection.HeadingLine, $"### {ChangeTypes.HeadingName(type)} appears twice in this section (first at line {Num(earlier.HeadingLine)})", "Move these entries under the first heading and delete this one.");
                }
                else
                {
                    seen.Add(type, subsection);
                }

                if (subsection.Entries.Count == 0)
                {
                    Report(ChangelogRules.EmptyChangeType, subsection.HeadingLine, $"### {subsection.Name} has no entries", "Add a `- ` entry under it or delete the heading.");
                }
            }

            foreach (var entry in section.LooseEntries)
            {
                Report(ChangelogRules.EntryOutsideChangeType, entry.StartLine, "Entry is not under a change-type heading", "Move it under `### Added`, `### Changed`, `### Fixed`, ... of this section.");
            }

            if (section.SectionKind == ChangelogSectionKind.Release && section.EntryCount == 0)
            {
                Report(ChangelogRules.EmptyRelease, section.HeadingLine, $"Release {section.Version} has no entries", "List what the release changed, or delete the section.");
            }
        }

        public void CheckOrder()
        {
            var versions = new Dictionary<string, ChangelogSection>(StringComparer.Ordinal);
            ChangelogSection? previous = null;
            foreach (var release in document.Releases)
            {
                if (versions.TryGetValue(release.Key, out var first))
                {
                    Report(ChangelogRules.DuplicateVersion, release.HeadingLine, $"Version {release.Version} is already released at line {Num(first.HeadingLine)}", "Give this release its own version or merge the two sections.");
                    continue;
                }

                versions.Add(release.Key, release);
                if (release.SemanticVersion is null)
                {
                    continue;
                }

                if (previous?.SemanticVersion is not null && release.SemanticVersion > previous.SemanticVersion)
                {
                    Report(ChangelogRules.VersionsNotDescending, release.HeadingLine, $"Version {release.Version} is listed below the lower version {previous.Version} (line {Num(previous.HeadingLine)})", "List releases newest first.");
                }

                previous = release;
            }
        }

        public void CheckLinks()
        {
            var defined = new Dictionary<string, LinkReferenceDefinition>(StringComparer.Ordinal);
            foreach (var link in document.LinkDefinitions)
            {
                defined.TryAdd(link.NormalizedLabel, link);
            }

            foreach (var release in document.Releases)
            {
                if (release.IsBracketed && !release.HasInlineLink && release.Version is not null
                    && !defined.ContainsKey(LinkReferenceDefinition.NormalizeLabel(release.Version)))
                {
                    Report(ChangelogRules.MissingLinkReference, release.HeadingLine, $"[{release.Version}] has no link reference definition", $"Add `[{release.Version}]: <compare or tag URL>` at the end of the file.");
                }
            }

            if (defined.Count == 0)
            {
                return;
            }

            var used = CollectUsedLabels();
            foreach (var link in document.LinkDefinitions)
            {
                if (!used.Contains(link.NormalizedLabel))
                {
                    Report(ChangelogRules.UnusedLinkReference, link.StartLine, $"Link reference [{link.Label}] is not used", "Delete the definition, or reference it from its section heading.");
                }
            }
        }

        public List<Diagnostic> Sorted()
        {
            _findings.Sort((a, b) =>
            {
                var byLine = a.Location!.Line.CompareTo(b.Location!.Line);
                return byLine != 0 ? byLine : string.CompareOrdinal(a.Code, b.Code);
            });
            return _findings;
        }

        private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

        private void CheckRelease(ChangelogSection section)
        {
            var version = section.Version!;
            var unprefixed = version.Length > 1 && version[0] is 'v' or 'V' && SemanticVersion.TryParse(version[1..], out _);
            if (!section.IsSemVer)
            {
                var hint = unprefixed
                    ? $"Drop the prefix: `{version[1..]}`."
                    : "Use MAJOR.MINOR.PATCH, for example `1.2.0`.";
                Report(ChangelogRules.VersionNotSemVer, section.HeadingLine, $"Version '{version}' is not Semantic Versioning", hint);
            }

            if (!section.IsBracketed || (section.DateText is not null && !section.HasDateSeparator))
            {
                Report(ChangelogRules.NonstandardReleaseHeading, section.HeadingLine, $"Heading '{section.HeadingText}' is not written `[VERSION] - DATE`", $"Write `## [{(unprefixed ? version[1..] : version)}] - {(section.Date is null ? "YYYY-MM-DD" : section.DateText)}`.");
            }

            if (section.DateText is null)
            {
                Report(ChangelogRules.DateNotIso, section.HeadingLine, $"Release {version} has no date", $"Append the release date: `## [{version}] - YYYY-MM-DD`.");
            }
            else if (section.Date is not { } date)
            {
                Report(ChangelogRules.DateNotIso, section.HeadingLine, $"Date '{section.DateText}' is not ISO 8601 (YYYY-MM-DD)", "Write the date as YYYY-MM-DD, for example 2024-01-31.");
            }
            else if (date > _today)
            {
                Report(ChangelogRules.DateInFuture, section.HeadingLine, $"Release {version} is dated {section.DateText}, after today ({_today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})", "Use the actual release date.");
            }
        }

        private HashSet<string> CollectUsedLabels()
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            var text = document.Text;
            foreach (var line in document.Lines)
            {
                if (line.Kind == LineKind.LinkDefinition)
                {
                    continue;
                }

                var content = line.Content(text);
                var open = content.IndexOf('[');
                while (open >= 0)
                {
                    var rest = content[(open + 1)..];
                    var close = rest.IndexOfAny('[', ']');
                    if (close < 0)
                    {
                        break;
                    }

                    if (rest[close] == ']' && close > 0 && (close + 1 >= rest.Length || rest[close + 1] != '('))
                    {
                        used.Add(LinkReferenceDefinition.NormalizeLabel(rest[..close].ToString()));
                    }

                    var next = rest[close..].IndexOf('[');
                    open = next < 0 ? -1 : open + 1 + close + next;
                }
            }

            return used;
        }

        private void Report(RuleDescriptor rule, int line, string message, string help)
        {
            var length = line <= document.LineCount ? document.GetLineText(line).Length : 0;
            var location = new SourceLocation(options.Path, line, 1, line, length + 1);
            _findings.Add(new Diagnostic(rule.Code, message, rule.DefaultSeverity, ChecklistItem.Changelog, location, help));
        }
    }
}
