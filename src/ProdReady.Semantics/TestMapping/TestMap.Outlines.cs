using System.Text;
using ProdReady.Semantics.Index;
using ProdReady.Semantics.Project;
using ProdReady.Core.Collections;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// A map from a record after outline changes: a file whose outline changed is compared with the summary the record
/// names it by (read back from the summary cache), and the names the change adds, removes or alters are listed. The
/// traversal looks a name up only from a text that spells it (a call, an annotation, a base, an import's target) or
/// through an import that renames it, so a test can link differently only when it runs through a file whose facts
/// spell one of those names (renames followed), or through the changed file itself: those tests are followed again,
/// the others keep their record. Changes whose reach is not spelled out that way (a conftest's, a route's, a class's
/// bases, a module's markers, a base named by a changed name) build the map whole.
/// </summary>
public sealed partial class TestMap
{
    /// <summary>Test setup and teardown names that pytest and unittest call without a test spelling them.</summary>
    private static readonly string[] s_implicitPrefixes = ["setup", "teardown", "setUp", "tearDown", "asyncSetUp", "asyncTearDown"];

    /// <summary>
    /// Compares a file's recorded outline with its new one and adds what changed to <paramref name="changes"/>.
    /// </summary>
    /// <param name="changes">The outline changes found so far.</param>
    /// <param name="number">The file's number among the project's files.</param>
    /// <param name="path">The file.</param>
    /// <param name="before">The summary the record was made from, or <see langword="null"/> when the cache no longer holds it.</param>
    /// <param name="now">The file's summary now.</param>
    /// <returns>The reason the change cannot be followed name by name, or <see langword="null"/> when it was added.</returns>
    private string? AddOutlineChange(OutlineChanges changes, int number, string path, ModuleSummary? before, ModuleSummary? now)
    {
        if (before?.Units is not { } oldUnits || now?.Units is not { } newUnits)
        {
            return "outline changed";
        }

        if (ProjectPath.Name(path) == "conftest.py")
        {
            return "conftest outline changed";
        }

        if (!(before.Routes ?? []).SequenceEqual(now.Routes ?? [], StringComparer.Ordinal))
        {
            return "routes changed";
        }

        var names = changes.Names;
        var oldImports = before.Imported ?? [];
        var newImports = now.Imported ?? [];
        foreach (var name in oldImports.Keys.Union(newImports.Keys, StringComparer.Ordinal))
        {
            if (oldImports.GetValueOrDefault(name) != newImports.GetValueOrDefault(name))
            {
                names.Add(name);
            }
        }

        var oldByName = ByName(oldUnits);
        var newByName = ByName(newUnits);
        foreach (var name in oldByName.Keys.Union(newByName.Keys, StringComparer.Ordinal))
        {
            var was = oldByName.GetValueOrDefault(name) ?? [];
            var isNow = newByName.GetValueOrDefault(name) ?? [];
            if (was.Count == isNow.Count && was.Zip(isNow).All(pair => OutlineOf(pair.First) == OutlineOf(pair.Second)))
            {
                continue;
            }

            if (UnitChange(changes, path, now.Module, name, was, isNow) is { } reason)
            {
                return reason;
            }
        }

        changes.Files.Add(number);
        return null;
    }

    /// <summary>Adds the names one changed unit name can be looked up by, or says why its change cannot be followed name by name.</summary>
    private string? UnitChange(OutlineChanges changes, string path, string module, string name, List<UnitFacts> was, List<UnitFacts> isNow)
    {
        var names = changes.Names;
        var all = was.Concat(isNow).ToList();
        // An attribute whose origin changed is looked up by its name as one added or removed is.
        var attributes = was.SelectMany(u => u.Attributes ?? []).ToHashSet(StringComparer.Ordinal);
        attributes.SymmetricExceptWith(isNow.SelectMany(u => u.Attributes ?? []));
        names.UnionWith(attributes.Select(AttributeName));
        if (was.Count == isNow.Count && was.Zip(isNow).All(pair => SameOutsideAttributes(pair.First, pair.Second)))
        {
            // Only what the unit assigns to `self` (or the module to its names): looked up by those names, added above.
            return null;
        }

        if (all.Exists(u => u.Kind == "module"))
        {
            // The module's own code beyond its names' origins: its markers (pytestmark, pytest_plugins) reach every test
            // of the module, and the plugins every test.
            return "module outline changed";
        }

        var parts = name.Split('.');
        var last = parts[^1];
        if (all.Exists(u => u.Kind == "class"))
        {
            if (was.Count > 0 && isNow.Count > 0 && !was.Select(u => string.Join(',', u.Bases ?? [])).SequenceEqual(isNow.Select(u => string.Join(',', u.Bases ?? [])), StringComparer.Ordinal))
            {
                return "class bases changed";
            }

            if (was.Count == 0 || isNow.Count == 0)
            {
                if (!_classifier.IsTestCode(path))
                {
                    changes.Classes.Add(module + "." + name);
                }
            }

            names.UnionWith(parts);
            return null;
        }

        // A method looked up without being spelled (a dunder method run by syntax, a test, setup or fixture collected by
        // its name) is also reached through its class: every part of its name counts.
        var implicitly = (last.StartsWith("__", StringComparison.Ordinal) && last.EndsWith("__", StringComparison.Ordinal))
            || _classifier.IsTestFunctionName(last) || last.StartsWith("test", StringComparison.Ordinal)
            || Array.Exists(s_implicitPrefixes, p => last.StartsWith(p, StringComparison.Ordinal))
            || all.Exists(u => u.Has("fixture"));
        if (implicitly)
        {
            names.UnionWith(parts);
        }
        else
        {
            names.Add(last);
        }

        foreach (var unit in all)
        {
            foreach (var marker in unit.Markers.ItemsOrNone())
            {
                if (marker.StartsWith("fixture:", StringComparison.Ordinal))
                {
                    names.Add(marker["fixture:".Length..]);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Marks, after outline changes, the files whose tests must be followed again: the changed files, and every file
    /// whose facts spell a changed name or an import that renames one. Only the files whose filter of spelled names (kept
    /// in the record, renewed for every changed file) may hold one of the names are read. Builds the subclass table again
    /// when a class was added or removed.
    /// </summary>
    /// <returns>The reason the changes cannot be followed name by name, or <see langword="null"/> when the files are marked.</returns>
    private string? SpreadOutlineChanges(OutlineChanges changes, List<string> files, FileRecord[] records, bool[] changed, TestMapRecord record)
    {
        var names = changes.Names;
        var summaries = new ModuleSummary?[files.Count];
        var candidate = new bool[files.Count];
        var probed = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<int>();

        // An import that renames a changed name (`from m import f as g`, or a re-export under another name) makes the
        // new name a way to it, and so on: each round reads the files that may spell a name not probed yet.
        while (names.Count > probed.Count)
        {
            var fresh = names.Where(n => !probed.Contains(n)).ToList();
            probed.UnionWith(fresh);
            var found = new List<int>();
            for (var i = 0; i < files.Count; i++)
            {
                if (!candidate[i] && (records[i].Spelled is not { } filter || fresh.Exists(n => SpelledNames.MayHold(filter, n))))
                {
                    candidate[i] = true;
                    found.Add(i);
                }
            }

            Parallel.ForEach(found, i => summaries[i] = _index.GetByPath(files[i]));
            candidates.AddRange(found);
            var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var i in candidates)
            {
                foreach (var (name, target) in summaries[i]?.Imported ?? [])
                {
                    if (!names.Contains(name) && SpelledNames.Spells(target, lookup))
                    {
                        names.Add(name);
                        lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
                    }
                }
            }
        }

        var spelled = names.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var i in candidates)
        {
            // A conftest's imports are resolved for every test below it (an imported fixture may be autouse) without the
            // test running through the conftest: a changed name among them reaches tests no file of theirs spells it in.
            if (ProjectPath.Name(files[i]) == "conftest.py" && (summaries[i]?.Imported ?? []).Any(p => SpelledNames.Spells(p.Key, spelled) || SpelledNames.Spells(p.Value, spelled)))
            {
                return "a conftest imports a changed name";
            }

            foreach (var unit in summaries[i]?.Units ?? [])
            {
                // A class deriving from a changed name: its methods, and which classes subclass what, may resolve otherwise.
                if (unit.Kind == "class" && unit.Bases is { } bases && bases.Exists(b => SpelledNames.Spells(b, spelled)))
                {
                    return "a base names a changed name";
                }
            }
        }

        foreach (var i in candidates)
        {
            if (summaries[i] is { } summary && SpelledNames.AnyText(summary, text => SpelledNames.Spells(text, spelled)))
            {
                changed[i] = true;
            }
        }

        foreach (var file in changes.Files)
        {
            changed[file] = true;
        }

        if (changes.Classes.Count == 0)
        {
            return null;
        }

        // A class added or removed changes the subclass table by itself alone (bases naming changed names were refused):
        // anything else that differs means names resolve otherwise than the record says.
        var table = ComputeDirectSubclasses(files.Where(f => !_classifier.IsTestCode(f)));
        if (!SameSubclassesBut(record.Subclasses, table, changes.Classes))
        {
            // The map is built whole next, asking its questions from the start.
            _resolved.Clear();
            return "subclasses changed";
        }

        _subclasses = table;
        return null;
    }

    /// <summary>Tells whether two subclass tables differ only in subclasses among <paramref name="classes"/>.</summary>
    private static bool SameSubclassesBut(Dictionary<string, List<string>> before, Dictionary<string, List<string>> now, HashSet<string> classes)
    {
        foreach (var key in before.Keys.Union(now.Keys, StringComparer.Ordinal))
        {
            var was = (before.GetValueOrDefault(key) ?? []).Where(c => !classes.Contains(c));
            var isNow = (now.GetValueOrDefault(key) ?? []).Where(c => !classes.Contains(c));
            if (!was.SequenceEqual(isNow, StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<string, List<UnitFacts>> ByName(List<UnitFacts> units)
    {
        var byName = new Dictionary<string, List<UnitFacts>>(units.Count, StringComparer.Ordinal);
        foreach (var unit in units)
        {
            if (!byName.TryGetValue(unit.Name, out var list))
            {
                list = [];
                byName[unit.Name] = list;
            }

            list.Add(unit);
        }

        return byName;
    }

    private static string OutlineOf(UnitFacts unit, bool withAttributes = true)
    {
        var text = new StringBuilder(256);
        TestMapStore.AppendOutline(text, unit, withAttributes);
        return text.ToString();
    }

    /// <summary>The name of an attribute fact (<c>name=origin</c>).</summary>
    private static string AttributeName(string attribute) => attribute.IndexOf('=', StringComparison.Ordinal) is var at and > 0 ? attribute[..at] : attribute;

    private static bool SameOutsideAttributes(UnitFacts first, UnitFacts second) =>
        OutlineOf(first, withAttributes: false) == OutlineOf(second, withAttributes: false);

    /// <summary>The outline changes a check of the files found and can follow name by name.</summary>
    private sealed class OutlineChanges
    {
        /// <summary>Gets the numbers of the files whose outline changed.</summary>
        public List<int> Files { get; } = [];

        /// <summary>Gets the identifiers a lookup of a changed unit or import spells.</summary>
        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        /// <summary>Gets the qualified names of the classes added or removed.</summary>
        public HashSet<string> Classes { get; } = new(StringComparer.Ordinal);
    }
}
