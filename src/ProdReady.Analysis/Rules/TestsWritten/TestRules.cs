using System.Globalization;
using ProdReady.Analysis.Engine;
using ProdReady.Semantics.TestMapping;

namespace ProdReady.Analysis.Rules.TestsWritten;

/// <summary>What the test-quality rules share: which units are judged, and which tests are.</summary>
internal static class TestRules
{
    /// <summary>The built-in fixtures that give a test a temporary folder.</summary>
    private static readonly string[] s_temporaryFolders = ["tmp_path", "tmpdir", "tmp_path_factory", "tmpdir_factory"];

    /// <summary>
    /// The units judged in this run: public functions, methods and classes of the analysed files outside test code
    /// (in public modules), except classes that only declare a type (see <see cref="TestMap.IsTypeDeclaration"/>), methods
    /// left to subclasses (<see cref="TestMap.IsLeftToSubclasses"/>) and units the project leaves out of its coverage
    /// (<see cref="UnitFacts.NoCoverMarker"/>, and the files its coverage configuration does not measure, see
    /// <see cref="ProdReady.Semantics.Project.CoverageScope"/>); in a change, only those the change adds or modifies.
    /// </summary>
    /// <param name="context">The project rule's context.</param>
    /// <returns>Each unit with the tests that reach it.</returns>
    public static IEnumerable<(MappedUnit Unit, IReadOnlyList<TestLink> Links)> JudgedUnits(ProjectRuleContext context)
    {
        if (context.TestMap is not { } map)
        {
            yield break;
        }

        foreach (var path in context.Files)
        {
            // A file the project's coverage configuration does not measure (an example, a script, a task file) is code
            // the project chose not to test.
            if (context.Project.Tests.IsTestCode(path) || !FileAnalyzer.IsPublicModule(path) || !path.EndsWith(".py", StringComparison.Ordinal)
                || !context.Project.Coverage.Covers(path))
            {
                continue;
            }

            foreach (var unit in map.UnitsOf(path))
            {
                // A class that only declares a type (a TypedDict, a protocol, an enumeration without methods) has no
                // behaviour of its own to test: the code that uses it is judged instead.
                // A unit the project leaves out of its coverage (`# pragma: no cover`) is one it chose not to test.
                if (unit.IsPublicName && context.Touches(path, unit.Facts.StartLine, unit.Facts.EndLine) && !map.IsTypeDeclaration(unit)
                    && !unit.Facts.Has(UnitFacts.NoCoverMarker) && !map.IsLeftToSubclasses(unit))
                {
                    yield return (unit, map.TestsOf(unit.QualifiedName));
                }
            }
        }
    }

    /// <summary>The tests defined in the analysed test files; in a change, only those the change adds or modifies.</summary>
    /// <param name="context">The project rule's context.</param>
    /// <returns>The tests.</returns>
    public static IEnumerable<MappedTest> JudgedTests(ProjectRuleContext context)
    {
        if (context.TestMap is not { } map)
        {
            yield break;
        }

        var files = new HashSet<string>(context.Files, StringComparer.Ordinal);
        foreach (var test in map.Tests)
        {
            // A test defined in its own file (not inherited from a base class in another one): its id starts with that file.
            var path = test.Unit.Path;
            if (test.Id.StartsWith(path, StringComparison.Ordinal) && test.Id.IndexOf("::", StringComparison.Ordinal) == path.Length && files.Contains(path) && context.Touches(path, test.Unit.Facts.StartLine, test.Unit.Facts.EndLine))
            {
                yield return test;
            }
        }
    }

    /// <summary>Reports at a unit's name; the finding counts when the change touches the unit.</summary>
    public static void Report(ProjectRuleContext context, RuleInfo rule, MappedUnit unit, string message) =>
        context.Report(rule, unit.Path, unit.Facts.Line, unit.Facts.Column, unit.Facts.StartLine, unit.Facts.EndLine, message);

    /// <summary>The unit's short name for messages (<c>Cart.total</c>).</summary>
    public static string Short(MappedUnit unit) => unit.Facts.Name;

    /// <summary>The last part of a qualified name (<c>ValueError</c>).</summary>
    public static string Last(string qualified) => qualified[(qualified.LastIndexOf('.') + 1)..];

    /// <summary>"1 test" / "3 tests".</summary>
    public static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    /// <summary>Tells whether a test (its fixtures, set-up and the helpers of test code it calls included) sends requests through a web test client.</summary>
    /// <param name="map">The test map.</param>
    /// <param name="test">The test.</param>
    /// <returns><see langword="true"/> when some body that may send the test's requests holds a web test client.</returns>
    public static bool SendsRequests(TestMap map, MappedTest test) => map.SendsRequests(test);

    /// <summary>
    /// Tells whether a unit is one the web framework calls around requests (a dependency, middleware, hook), or one a
    /// command-line framework calls to complete a command line, that no test surely runs: its inputs and failures are the
    /// framework's, and TST003 and TST004 leave it alone.
    /// </summary>
    /// <param name="map">The test map.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="links">The unit's links.</param>
    /// <returns><see langword="true"/> when only requests may run it.</returns>
    public static bool OnlyTheFrameworkRuns(TestMap map, MappedUnit unit, IReadOnlyList<TestLink> links) =>
        (map.RunsAroundRequests(unit) || map.CompletesCommandLines(unit)) && !links.Any(l => l.IsCertain);

    /// <summary>
    /// Tells whether a test reaches a unit through a web request it sends: the way back from the unit (each link's caller,
    /// then the caller's link for the same test) starts at a route's handler the test's requests reach, or at what its
    /// application runs around requests, reached with the request (a possible link, not a call).
    /// </summary>
    /// <param name="map">The test map.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="link">One of the unit's links.</param>
    /// <returns><see langword="true"/> when the way starts at a request.</returns>
    public static bool StartsAtRequest(TestMap map, MappedUnit unit, TestLink link)
    {
        for (var depth = 0; depth < 32; depth++)
        {
            if (link.Through is null)
            {
                return map.RequestsReaching(link.Test, unit).Count > 0 || (!link.IsCertain && map.RunsAroundRequests(unit));
            }

            if (map.Resolve(link.Through) is not { } caller || map.TestsOf(caller.QualifiedName).FirstOrDefault(l => ReferenceEquals(l.Test, link.Test)) is not { } callerLink)
            {
                return false;
            }

            (unit, link) = (caller, callerLink);
        }

        return false;
    }

    /// <summary>Tells whether a test (with its fixtures and setup) requests a temporary folder.</summary>
    public static bool UsesTemporaryFolder(MappedTest test) =>
        test.AllFacts.Any(f => (f.Parameters ?? []).Any(p => Array.IndexOf(s_temporaryFolders, p.TrimEnd('=')) >= 0));
}
