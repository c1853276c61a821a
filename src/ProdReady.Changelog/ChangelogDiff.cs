namespace ProdReady.Changelog;

/// <summary>
/// Compares two versions of a changelog and judges the change: which entries it added, removed or
/// edited (with section and change type), whether released sections or anything outside
/// <c>[Unreleased]</c> changed, and whether it is append-only.
/// </summary>
public static class ChangelogDiff
{
    /// <summary>Compares <paramref name="oldText"/> (before the change) with <paramref name="newText"/> (after it).</summary>
    /// <param name="oldText">The changelog before the change; empty when the file is new.</param>
    /// <param name="newText">The changelog after the change.</param>
    /// <returns>The verdict.</returns>
    public static ChangelogVerdict Compare(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        return Compare(ChangelogDocument.Parse(oldText), ChangelogDocument.Parse(newText));
    }

    /// <summary>Compares two parsed versions of a changelog.</summary>
    /// <param name="oldDocument">The changelog before the change.</param>
    /// <param name="newDocument">The changelog after the change.</param>
    /// <returns>The verdict.</returns>
    public static ChangelogVerdict Compare(ChangelogDocument oldDocument, ChangelogDocument newDocument)
    {
        ArgumentNullException.ThrowIfNull(oldDocument);
        ArgumentNullException.ThrowIfNull(newDocument);

        var added = new List<ChangelogEntryChange>();
        var removed = new List<ChangelogEntryChange>();
        var edited = new List<ChangelogEntryChange>();
        CompareEntries(oldDocument, newDocument, added, removed, edited);
        added.Sort((a, b) => a.Line.CompareTo(b.Line));
        removed.Sort((a, b) => a.Line.CompareTo(b.Line));
        edited.Sort((a, b) => a.Line.CompareTo(b.Line));

        var (changedReleases, addedReleases) = CompareReleases(oldDocument, newDocument);
        var (onlyInsertions, changedOutside) = CompareLines(oldDocument, newDocument);
        return new ChangelogVerdict(
            added,
            removed,
            edited,
            changedReleases,
            addedReleases,
            changedOutside,
            onlyInsertions,
            !string.Equals(oldDocument.Text, newDocument.Text, StringComparison.Ordinal));
    }

    private static void CompareEntries(
        ChangelogDocument oldDocument,
        ChangelogDocument newDocument,
        List<ChangelogEntryChange> added,
        List<ChangelogEntryChange> removed,
        List<ChangelogEntryChange> edited)
    {
        var oldGroups = Group(oldDocument);
        var newGroups = Group(newDocument);
        var keys = newGroups.Keys.Concat(oldGroups.Keys.Where(k => !newGroups.ContainsKey(k)));
        foreach (var key in keys)
        {
            var before = oldGroups.TryGetValue(key, out var o) ? o : [];
            var after = newGroups.TryGetValue(key, out var n) ? n : [];
            var pairs = SequenceMatcher.Match(
                before.Select(s => s.Entry.Content).ToList(),
                after.Select(s => s.Entry.Content).ToList());
            var nextOld = 0;
            var nextNew = 0;
            foreach (var (oldIndex, newIndex) in pairs.Append((before.Count, after.Count)))
            {
                var gapOld = oldIndex - nextOld;
                var gapNew = newIndex - nextNew;
                var common = Math.Min(gapOld, gapNew);
                for (var i = 0; i < common; i++)
                {
                    var was = before[nextOld + i];
                    var now = after[nextNew + i];
                    edited.Add(Change(EntryChangeKind.Edited, now, was.Entry.Content, now.Entry.StartLine));
                }

                for (var i = common; i < gapOld; i++)
                {
                    var was = before[nextOld + i];
                    removed.Add(Change(EntryChangeKind.Removed, was, null, was.Entry.StartLine));
                }

                for (var i = common; i < gapNew; i++)
                {
                    var now = after[nextNew + i];
                    added.Add(Change(EntryChangeKind.Added, now, null, now.Entry.StartLine));
                }

                nextOld = oldIndex + 1;
                nextNew = newIndex + 1;
            }
        }
    }

    private static ChangelogEntryChange Change(EntryChangeKind kind, EntrySite site, string? oldText, int line)
        => new(kind, site.Section.Key, site.Section.SectionKind, site.Subsection?.ChangeType, site.Subsection?.Name, site.Entry.Content, oldText, line);

    private static Dictionary<string, List<EntrySite>> Group(ChangelogDocument document)
    {
        var groups = new Dictionary<string, List<EntrySite>>(StringComparer.Ordinal);
        void Add(string key, EntrySite site)
        {
            if (!groups.TryGetValue(key, out var list))
            {
                list = [];
                groups.Add(key, list);
            }

            list.Add(site);
        }

        foreach (var section in document.Sections)
        {
            foreach (var entry in section.LooseEntries)
            {
                Add(section.Key + "\u001f", new EntrySite(entry, section, null));
            }

            foreach (var subsection in section.Subsections)
            {
                var subsectionKey = subsection.ChangeType is { } type ? ChangeTypes.HeadingName(type) : "#" + subsection.Name;
                foreach (var entry in subsection.Entries)
                {
                    Add(section.Key + "\u001f" + subsectionKey, new EntrySite(entry, section, subsection));
                }
            }
        }

        return groups;
    }

    private static (List<string> Changed, List<string> Added) CompareReleases(ChangelogDocument oldDocument, ChangelogDocument newDocument)
    {
        static Dictionary<string, (int Start, int End)> Releases(ChangelogDocument document)
        {
            var map = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
            foreach (var release in document.Releases)
            {
                map.TryAdd(release.Key, (document.Lines[release.StartLine - 1].Start, document.Lines[release.ContentEndLine - 1].End));
            }

            return map;
        }

        var before = Releases(oldDocument);
        var after = Releases(newDocument);
        var changed = before
            .Where(r => !after.TryGetValue(r.Key, out var range)
                || !newDocument.Text.AsSpan(range.Start, range.End - range.Start).SequenceEqual(oldDocument.Text.AsSpan(r.Value.Start, r.Value.End - r.Value.Start)))
            .Select(r => r.Key)
            .ToList();
        var added = after.Keys.Where(k => !before.ContainsKey(k)).ToList();
        return (changed, added);
    }

    private static (bool OnlyInsertions, bool ChangedOutside) CompareLines(ChangelogDocument oldDocument, ChangelogDocument newDocument)
    {
        // Lines equal at both ends are matched without allocating; only the middle gets string keys.
        var oldLines = oldDocument.Lines;
        var newLines = newDocument.Lines;
        var prefix = 0;
        while (prefix < oldLines.Length && prefix < newLines.Length && SameLine(oldDocument, oldLines[prefix], newDocument, newLines[prefix]))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < oldLines.Length - prefix && suffix < newLines.Length - prefix
            && SameLine(oldDocument, oldLines[^(suffix + 1)], newDocument, newLines[^(suffix + 1)]))
        {
            suffix++;
        }

        // A last line without a line break may gain one when lines are appended after it.
        var newKeys = LineKeys(newDocument, prefix, newLines.Length - suffix, null);
        var oldKeys = LineKeys(oldDocument, prefix, oldLines.Length - suffix, null);
        var pairs = SequenceMatcher.Match(oldKeys, newKeys);
        if (oldLines.Length > 0 && !oldLines[^1].HasTerminator && suffix == 0 && pairs.Count < oldKeys.Count)
        {
            var terminatedKeys = LineKeys(oldDocument, prefix, oldLines.Length, newDocument.LineEnding);
            var terminatedPairs = SequenceMatcher.Match(terminatedKeys, newKeys);
            if (terminatedPairs.Count > pairs.Count)
            {
                (oldKeys, pairs) = (terminatedKeys, terminatedPairs);
            }
        }

        var oldMatched = new bool[oldLines.Length];
        var newMatched = new bool[newLines.Length];
        for (var i = 0; i < prefix; i++)
        {
            oldMatched[i] = newMatched[i] = true;
        }

        for (var i = 1; i <= suffix; i++)
        {
            oldMatched[^i] = newMatched[^i] = true;
        }

        foreach (var (o, n) in pairs)
        {
            oldMatched[prefix + o] = true;
            newMatched[prefix + n] = true;
        }

        var oldInside = UnreleasedLines(oldDocument);
        var newInside = UnreleasedLines(newDocument);
        var changedOutside = false;
        for (var i = 0; i < oldMatched.Length && !changedOutside; i++)
        {
            changedOutside = !oldMatched[i] && !oldInside[i];
        }

        for (var i = 0; i < newMatched.Length && !changedOutside; i++)
        {
            changedOutside = !newMatched[i] && !newInside[i];
        }

        return (pairs.Count == oldKeys.Count, changedOutside);
    }

    private static bool SameLine(ChangelogDocument left, in ChangelogLine a, ChangelogDocument right, in ChangelogLine b)
        => left.Text.AsSpan(a.Start, a.End - a.Start).SequenceEqual(right.Text.AsSpan(b.Start, b.End - b.Start));

    private static List<string> LineKeys(ChangelogDocument document, int first, int end, string? finalLineEnding)
    {
        var keys = new List<string>(Math.Max(0, end - first));
        for (var i = first; i < end; i++)
        {
            var line = document.Lines[i];
            var key = document.Text[line.Start..line.End];
            keys.Add(!line.HasTerminator && finalLineEnding is not null ? key + finalLineEnding : key);
        }

        return keys;
    }

    private static bool[] UnreleasedLines(ChangelogDocument document)
    {
        var inside = new bool[document.LineCount];
        foreach (var section in document.Sections)
        {
            if (section.SectionKind != ChangelogSectionKind.Unreleased)
            {
                continue;
            }

            var start = section.StartLine - 1;
            while (start > 0 && document.Lines[start - 1].Kind == LineKind.Blank)
            {
                start--;
            }

            for (var i = start; i < section.EndLine; i++)
            {
                inside[i] = true;
            }
        }

        return inside;
    }

    private sealed record EntrySite(ChangelogEntry Entry, ChangelogSection Section, ChangeTypeSection? Subsection);
}
