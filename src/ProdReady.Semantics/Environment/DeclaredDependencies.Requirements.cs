namespace ProdReady.Semantics.Environment;

/// <content>Reads pip requirements files and the files they include.</content>
public sealed partial class DeclaredDependencies
{
    private const string RequirementsFolder = "requirements";

    private readonly HashSet<(string Path, DependencyKind Kind, bool Counts)> _readRequirements = [];

    private void ReadRequirementFiles()
    {
        foreach (var path in SafeFiles(_root))
        {
            var name = Path.GetFileName(path);
            if (!IsRequirementsFileName(name))
            {
                continue;
            }

            var stem = Path.GetFileNameWithoutExtension(name);
            var kind = string.Equals(stem, "requirements", StringComparison.OrdinalIgnoreCase) ? DependencyKind.Runtime : KindOfName(stem);
            ReadRequirementsRoot(path, kind);
        }

        foreach (var path in SafeFiles(Path.Combine(_root, RequirementsFolder)))
        {
            if (HasRequirementsExtension(path))
            {
                ReadRequirementsRoot(path, KindOfName(Path.GetFileNameWithoutExtension(path)));
            }
        }
    }

    private static bool IsRequirementsFileName(string name)
    {
        if (!HasRequirementsExtension(name))
        {
            return false;
        }

        var stem = Path.GetFileNameWithoutExtension(name).ToLowerInvariant();
        return stem == "requirements" ||
            (stem.StartsWith("requirements", StringComparison.Ordinal) && stem.Length > 12 && stem[12] is '-' or '_' or '.') ||
            (stem.EndsWith("requirements", StringComparison.Ordinal) && stem.Length > 12 && stem[^13] is '-' or '_' or '.');
    }

    private static bool HasRequirementsExtension(string name) =>
        name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".in", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> SafeFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        try
        {
            return Directory.GetFiles(folder).Order(StringComparer.Ordinal);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private void ReadRequirementsRoot(string path, DependencyKind kind)
    {
        _declaresAny = true;
        ReadRequirementsFile(Path.GetFullPath(path), kind, counts: true, []);
    }

    /// <summary>Reads one requirements file; an included file takes the kind of the file that reached it.</summary>
    /// <param name="path">The full path.</param>
    /// <param name="kind">Whether its names are runtime or development dependencies.</param>
    /// <param name="counts">Whether its names are declarations (not for <c>-c</c> constraints files, which only pin versions).</param>
    /// <param name="including">The chain of files that included it, to report include cycles.</param>
    private void ReadRequirementsFile(string path, DependencyKind kind, bool counts, List<string> including)
    {
        if (including.Contains(path, StringComparer.Ordinal))
        {
            var chain = string.Join(" -> ", including.SkipWhile(p => p != path).Append(path).Select(Relative));
            Problem(Relative(including[^1]), $"include cycle: {chain}");
            return;
        }

        if (!_readRequirements.Add((path, kind, counts)))
        {
            return;
        }

        var text = ReadText(path);
        if (text is null)
        {
            return;
        }

        including.Add(path);
        var source = Relative(path);
        foreach (var (number, line) in LogicalLines(text))
        {
            if (line.StartsWith('-'))
            {
                ReadOption(line, path, kind, counts, including, $"{source}:{number}");
                continue;
            }

            // Per-requirement options (--hash=..., --config-settings ...) follow the requirement.
            var options = line.IndexOf(" --", StringComparison.Ordinal);
            var requirement = options >= 0 ? line[..options] : line;
            if (!counts)
            {
                continue;
            }

            if (Requirement.TryParse(requirement, out var parsed))
            {
                Add(parsed!, kind);
            }
            else
            {
                Problem($"{source}:{number}", $"cannot read the requirement '{requirement.Trim()}'");
            }
        }

        including.RemoveAt(including.Count - 1);
    }

    private void ReadOption(string line, string path, DependencyKind kind, bool counts, List<string> including, string location)
    {
        var (option, value) = SplitOption(line);
        switch (option)
        {
            case "-r" or "--requirement" or "-c" or "--constraint":
                if (value.Length == 0)
                {
                    Problem(location, $"'{option}' without a file");
                }
                else if (value.Contains("://", StringComparison.Ordinal))
                {
                    Problem(location, $"'{value}' is remote and was not read");
                }
                else
                {
                    var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, value));
                    var isConstraint = option is "-c" or "--constraint";
                    ReadRequirementsFile(target, kind, counts && !isConstraint, including);
                }

                break;
            case "-e" or "--editable":
                if (counts)
                {
                    AddEditable(value, kind);
                }

                break;
            default:
                // Index, find-links, hash-checking and build options say nothing about what is required.
                break;
        }
    }

    private void AddEditable(string location, DependencyKind kind)
    {
        var trimmed = location.Trim();
        var name = Requirement.NameFromLocation(trimmed);
        if (name is null && Requirement.TryParse(trimmed, out var requirement) && !trimmed.StartsWith('.'))
        {
            name = requirement!.Name;
        }

        // An editable folder without #egg= (usually "-e ." for the project itself) names no distribution.
        if (name is not null)
        {
            Add(new Requirement(name, [], null), kind);
        }
    }

    private static (string Option, string Value) SplitOption(string line)
    {
        if (line.StartsWith("--", StringComparison.Ordinal))
        {
            var end = line.IndexOfAny(['=', ' ', '\t']);
            return end < 0 ? (line, "") : (line[..end], line[(end + 1)..].Trim());
        }

        // Short options take their value attached or after spaces: -rbase.txt, -r base.txt.
        return line.Length <= 2 ? (line, "") : (line[..2], line[2..].Trim());
    }

    /// <summary>The logical lines of a requirements file: comments removed, backslash continuations joined, blank lines dropped.</summary>
    private static IEnumerable<(int Number, string Line)> LogicalLines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var pending = "";
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (pending.Length == 0)
            {
                start = i + 1;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1];
                continue;
            }

            var full = StripComment(pending + line).Trim();
            pending = "";
            if (full.Length > 0)
            {
                yield return (start, full);
            }
        }

        var last = StripComment(pending).Trim();
        if (last.Length > 0)
        {
            yield return (start, last);
        }
    }

    private static string StripComment(string line)
    {
        // pip: a comment starts with '#' at the start of a line or after whitespace (so URL fragments survive).
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }
}
