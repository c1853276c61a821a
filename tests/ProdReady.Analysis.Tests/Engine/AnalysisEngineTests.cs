using System.Text;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.ArchitecturePlan;
using ProdReady.Analysis.Rules.Placeholders;
using ProdReady.Analysis.Rules.RuntimeErrors;
using ProdReady.Core.Diagnostics;
using ProdReady.Git.Changes;
using ProdReady.Git.Diff;
using Return = ProdReady.Python.Syntax.Return;
using NodeKind = ProdReady.Python.Syntax.NodeKind;
using StmtNode = ProdReady.Python.Syntax.StmtNode;
using SyntaxNode = ProdReady.Python.Syntax.SyntaxNode;

namespace ProdReady.Analysis.Tests.Engine;

public sealed class AnalysisEngineTests
{
    private const string Module = """
        import os
        # TODO: module-level comment between units
        @decorator  # TODO: on the decorator
        def decorated():
            return 1  # TODO: in decorated


        class Service:
            limit = 1  # TODO: class-level statement

            def method(self):
                def nested():
                    return 2  # TODO: in nested
                return nested  # TODO: in method


        VALUE = [
            1,  # TODO: inside a multi-line statement
        ]
        """;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(4, new[] { 3, 5 })]                 // the def line: the decorated function, decorator included
    [InlineData(3, new[] { 3, 5 })]                 // the decorator line belongs to the function
    [InlineData(8, new[] { 9 })]                    // the class header: class-level statements, not the methods
    [InlineData(12, new[] { 9, 13, 14 })]           // the nested function lies inside the method, which lies inside the class
    [InlineData(14, new[] { 9, 14 })]               // in the method, outside the nested function
    [InlineData(11, new[] { 9, 14 })]               // the method's def line
    [InlineData(17, new[] { 18 })]                  // the first line of a multi-line module-level statement
    [InlineData(2, new[] { 2 })]                    // a comment outside every unit counts by its own line
    [InlineData(6, new int[0])]                     // a blank line touches nothing
    public void Counts_findings_whose_unit_overlaps_the_change(int changedLine, int[] expectedLines)
    {
        var result = Analyze([SourceFile.FromText("pkg/mod.py", Module)], Change(("pkg/mod.py", false, [(changedLine, changedLine)])), new TodoComment());
        Assert.Equal(expectedLines, result.Diagnostics.Select(d => d.Location!.Line));
    }

    [Fact]
    public void Counts_every_finding_of_a_new_file_and_nothing_of_unchanged_files()
    {
        var files = new[] { SourceFile.FromText("new.py", Module), SourceFile.FromText("old.py", Module) };
        var result = Analyze(files, Change(("new.py", true, [])), new TodoComment());
        Assert.Equal(7, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal("new.py", d.Location!.Path));
        Assert.Equal(1, result.FilesAnalyzed);
    }

    [Fact]
    public void Reports_everything_without_a_change()
    {
        var result = Analyze([SourceFile.FromText("a.py", Module)], null, new TodoComment());
        Assert.Equal(7, result.Diagnostics.Count);
    }

    [Fact]
    public void File_level_findings_count_when_the_file_changed_anywhere()
    {
        var source = "x = 1\n\n\ndef f(:\n    pass\n";
        var changed = Analyze([SourceFile.FromText("a.py", source)], Change(("a.py", false, [(1, 1)])), new SyntaxError());
        Assert.Equal("RUN001", Assert.Single(changed.Diagnostics).Code);
        var untouched = Analyze([SourceFile.FromText("a.py", source)], Change(("b.py", false, [(1, 1)])), new SyntaxError());
        Assert.Empty(untouched.Diagnostics);
    }

    [Theory]
    [InlineData("x = 1  # TODO  # noqa\n", 0)]
    [InlineData("x = 1  # TODO  # noqa: PLH001\n", 0)]
    [InlineData("x = 1  # TODO  # noqa: PLH003, PLH001\n", 0)]
    [InlineData("x = 1  # TODO  # noqa: PLH003\n", 1)]
    [InlineData("x = 1  # TODO  # noqa:\n", 1)]
    [InlineData("x = 1  # TODO\ny = 2  # noqa\n", 1)]
    public void Applies_noqa_on_the_findings_line(string source, int expected)
    {
        var result = Analyze([SourceFile.FromText("a.py", source)], null, new TodoComment());
        Assert.Equal(expected, result.Diagnostics.Count);
        Assert.Equal(1 - expected, result.SuppressedCount);
    }

    [Fact]
    public void Noqa_at_the_end_of_a_multi_line_string_silences_it()
    {
        var source = "x = '''\nimplement me\n'''  # noqa: PLH003\n";
        Assert.Empty(Analyze([SourceFile.FromText("a.py", source)], null, new PlaceholderText()).Diagnostics);
    }

    [Fact]
    public void Lists_the_suppressions_a_change_adds()
    {
        var source = "a = 1  # noqa: PLH001\nb = 2  # noqa\n";
        var result = Analyze([SourceFile.FromText("a.py", source)], Change(("a.py", false, [(2, 2)])), new TodoComment());
        var added = Assert.Single(result.NewSuppressions);
        Assert.Equal("a.py", added.Path);
        Assert.Equal(2, added.Directive.Line);
        Assert.True(added.Directive.IsBlanket);
    }

    [Fact]
    public void Per_file_selection_drops_disabled_codes()
    {
        var input = new AnalysisInput
        {
            Files = [SourceFile.FromText("tests/test_a.py", "# TODO\n"), SourceFile.FromText("a.py", "# TODO\n")],
            IsEnabledForPath = (code, path) => !(path.StartsWith("tests/", StringComparison.Ordinal) && code == "PLH001"),
        };
        var result = new AnalysisEngine([new TodoComment()]).Analyze(input, Token);
        Assert.Equal("a.py", Assert.Single(result.Diagnostics).Location!.Path);
    }

    [Fact]
    public void Rules_switched_off_are_not_dispatched_and_the_computed_items_stay()
    {
        var thrower = new ThrowingRule();
        var input = new AnalysisInput
        {
            Files = [SourceFile.FromText("a.py", "# TODO\ndef f():\n    return 1\n")],
            IsRuleEnabled = code => code != "TST999",
        };
        var result = new AnalysisEngine([new TodoComment(), thrower]).Analyze(input, Token);

        // The throwing rule would fail the run on the `return` if it were dispatched.
        Assert.Equal("PLH001", Assert.Single(result.Diagnostics).Code);
        Assert.Contains(ChecklistItem.TestsWritten, result.ComputedItems);
        Assert.Contains(ChecklistItem.Placeholders, result.ComputedItems);
    }

    [Fact]
    public void Every_rule_is_dispatched_when_every_rule_is_enabled()
    {
        var input = new AnalysisInput
        {
            Files = [SourceFile.FromText("a.py", "def f():\n    return 1\n")],
            IsRuleEnabled = _ => true,
        };
        var error = Assert.Throws<AggregateException>(() => new AnalysisEngine([new ThrowingRule()]).Analyze(input, Token));
        Assert.Contains("TST999", Assert.IsType<InvalidOperationException>(error.InnerException).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_sorted_and_identical_whatever_the_parallelism()
    {
        var files = Enumerable.Range(0, 60)
            .Select(i => SourceFile.FromText($"m{(i * 37) % 60:D2}.py", $"# TODO {i}\ndef f{i}():\n    pass\nx = 'implement me'  # FIXME\n"))
            .ToList();
        var rules = new Rule[] { new PlaceholderText(), new TodoComment(), new PlaceholderFunctionBody() };
        string Run(int parallelism) => RuleHarness.Render(
            new AnalysisEngine(rules).Analyze(new AnalysisInput { Files = files, MaxDegreeOfParallelism = parallelism }, Token).Diagnostics, null);

        var sequential = Run(1);
        Assert.Equal(sequential, Run(4));
        Assert.Equal(sequential, Run(0));
        var lines = sequential.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(240, lines.Length);
        Assert.StartsWith("m00.py:1:3: PLH001", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("m00.py:3:5: PLH002", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("m00.py:4:6: PLH003", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("m00.py:4:23: PLH001", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Survives_deep_trees()
    {
        var deep = new StringBuilder("x = 1");
        for (var i = 0; i < 20_000; i++)
        {
            deep.Append(" + 1");
        }

        deep.Append("  # TODO\n");
        var result = Analyze([SourceFile.FromText("deep.py", deep.ToString())], null, new TodoComment(), new PlaceholderText(), new SyntaxError());
        Assert.Equal("PLH001", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Reports_which_items_were_computed()
    {
        var rules = new Rule[] { new TodoComment(), new SyntaxError(), new MissingPlan() };
        var whole = Analyze([SourceFile.FromText("a.py", "x = 1\n")], null, rules);
        Assert.Equal([ChecklistItem.RuntimeErrors, ChecklistItem.Placeholders], whole.ComputedItems.Order());

        var none = Analyze([], null, rules);
        Assert.Empty(none.ComputedItems);

        var change = Analyze([SourceFile.FromText("a.py", "x = 1\n")], Change(("a.py", true, [])), rules);
        Assert.Contains(ChecklistItem.ArchitecturePlan, change.ComputedItems);
        Assert.Equal("PLN001", Assert.Single(change.Diagnostics).Code);
        Assert.Null(change.Diagnostics[0].Location);
    }

    [Fact]
    public void Change_level_findings_come_first()
    {
        var result = Analyze([SourceFile.FromText("a.py", "# TODO\n")], Change(("a.py", true, [])), new TodoComment(), new MissingPlan());
        Assert.Equal(["PLN001", "PLH001"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Merges_change_findings_into_the_files_findings_in_report_order()
    {
        // Files given out of path order, each with several findings out of position order; the change finding has no location.
        var files = "z.py b/a.py a.py b.py".Split(' ')
            .Select(path => SourceFile.FromText(path, "x = 'lorem ipsum'  # TODO\n# FIXME later\ny = 'implement me'\n"))
            .ToList();
        var change = Change([.. files.Select(f => (f.Path, true, Array.Empty<(int, int)>()))]);
        AnalysisResult Run(int parallelism) => new AnalysisEngine([new TodoComment(), new PlaceholderText(), new MissingPlan()])
            .Analyze(new AnalysisInput { Files = files, Change = change, MaxDegreeOfParallelism = parallelism }, Token);

        var result = Run(1);

        Assert.Equal("PLN001", result.Diagnostics[0].Code);
        Assert.Equal(result.Diagnostics.Order(DiagnosticOrder.Instance), result.Diagnostics);
        Assert.Equal("a.py b.py b/a.py z.py", string.Join(' ', result.Diagnostics.Skip(1).Select(d => d.Location!.Path).Distinct()));
        Assert.Equal(result.Diagnostics, Run(4).Diagnostics);
    }

    [Fact]
    public void Interleaves_by_line_the_findings_of_two_inputs_with_one_path()
    {
        var files = new[] { SourceFile.FromText("a.py", "# TODO a\n\n# TODO c\n"), SourceFile.FromText("a.py", "\n# TODO b\n") };
        var result = new AnalysisEngine([new TodoComment()])
            .Analyze(new AnalysisInput { Files = files, MaxDegreeOfParallelism = 1 }, Token);

        Assert.Equal([1, 2, 3], result.Diagnostics.Select(d => d.Location!.Line));
    }

    [Fact]
    public void Shares_one_instance_of_each_kind_of_facts_per_file()
    {
        var seen = new List<string>();
        Analyze([SourceFile.FromText("a.py", "x = y\n"), SourceFile.FromText("b.py", "z\n")], null, new SharedFactsProbe(seen));

        Assert.Equal(
            ["y: list of a.py, set of a.py, True", "z: list of b.py, set of b.py, True"],
            seen.Where(s => !s.StartsWith("x:", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Skips_files_that_cannot_be_read()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "gone.py");
        var result = Analyze([SourceFile.FromDisk("gone.py", missing), SourceFile.FromText("a.py", "# TODO\n")], null, new TodoComment());
        Assert.Equal("gone.py", Assert.Single(result.UnreadableFiles).Path);
        Assert.Equal(1, result.FilesAnalyzed);
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void A_failing_rule_surfaces_with_its_code_and_file()
    {
        var error = Assert.Throws<AggregateException>(() =>
            Analyze([SourceFile.FromText("a.py", "def f():\n    return 1\n")], null, new ThrowingRule()));
        var inner = Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains("TST999", inner.Message, StringComparison.Ordinal);
        Assert.Contains("a.py", inner.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_subscriptions_to_abstract_node_classes()
    {
        var registration = new RuleRegistration(new ThrowingRule());
        Assert.Throws<ArgumentException>(() => registration.OnNode<StmtNode>((_, _) => { }));
    }

    [Fact]
    public void Accepts_a_subscription_to_every_concrete_node_class()
    {
        // The dispatch hands a check its nodes unchecked, trusting that a kind is exactly one sealed class.
        var registration = new RuleRegistration(new ThrowingRule());
        var subscribe = typeof(RuleRegistration).GetMethod(nameof(RuleRegistration.OnNode))!;
        var concrete = typeof(SyntaxNode).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(SyntaxNode)) && !t.IsAbstract).ToList();
        Assert.All(concrete, t => Assert.True(t.IsSealed, t.Name));
        Assert.Equal(Enum.GetValues<NodeKind>().Length - 1, concrete.Count);
        foreach (var type in concrete)
        {
            var check = Delegate.CreateDelegate(
                typeof(Action<,>).MakeGenericType(type, typeof(RuleContext)),
                typeof(AnalysisEngineTests).GetMethod(nameof(Ignore), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.MakeGenericMethod(type));
            subscribe.MakeGenericMethod(type).Invoke(registration, [check]);
        }
    }

    [Fact]
    public void Gives_every_node_the_kind_named_after_its_class()
    {
        const string Source = "import a.b as c\nfrom . import d\n@dec\nclass K(B, metaclass=M):\n    x: int = 1\n    async def f[T](self, /, a, *b, c=2, **d) -> T:\n        async with e as (g, *h):\n            async for i in j:\n                await k\n        global z\n        del y[1:2]\n        assert not u, f'{v!r:>3}'\n        try:\n            pass\n        except* E as w:\n            raise X from None\n        while 0 < q <= 2 or r and s:\n            break\n        match p:\n            case [1, *rest] | {'k': _} | C(a=1) | None as m:\n                continue\n        type A = lambda t: (yield from {n for n in t}) if t else [o async for o in t]\n        return {**aa, 'k': bb}, (cc := -dd ** 2 @ ee), ff(*gg, kw=hh), ii.jj, {kk: ll for kk in mm}, (nn for nn in oo)\n";
        var parse = ProdReady.Python.PythonParser.Parse(new ProdReady.Core.Text.SourceText(Source));
        Assert.True(parse.Success);
        var pending = new Stack<SyntaxNode>([parse.Module]);
        var children = new List<SyntaxNode>();
        var seen = 0;
        while (pending.TryPop(out var node))
        {
            Assert.Equal(node.GetType().Name, node.NodeKind.ToString());
            seen++;
            children.Clear();
            node.AddChildren(children);
            children.ForEach(pending.Push);
        }

        Assert.True(seen > 100, $"{seen} nodes");
    }

    [Fact]
    public void Leaves_removed_and_duplicate_rules_out()
    {
        var engine = new AnalysisEngine([new TodoComment(), new TodoComment(), new RemovedRule()]);
        Assert.Equal(["PLH001"], engine.Rules.Select(r => r.Info.Code));
    }

    [Fact]
    public void Records_public_units_the_change_adds()
    {
        var source = "def old():\n    return 1\n\n\ndef new():\n    return 2\n\n\nclass Api:\n    def get(self):\n        return 3\n\n    def _hidden(self):\n        return 4\n";
        var facts = new List<string>();
        var probe = new FactsProbe(facts);
        Analyze([SourceFile.FromText("pkg/api.py", source)], Change(("pkg/api.py", false, [(5, 14)])), probe);
        Assert.Equal(["class Api in pkg/api.py", "function new in pkg/api.py", "method Api.get in pkg/api.py"], facts);

        facts.Clear();
        Analyze([SourceFile.FromText("pkg/_private.py", "def f():\n    return 1\n")], Change(("pkg/_private.py", true, [])), probe);
        Assert.Equal(["function f in pkg/_private.py"], facts);

        facts.Clear();
        Analyze([SourceFile.FromText("pkg/mod.py", "X = 1\n")], Change(("pkg/mod.py", true, [])), probe);
        Assert.Equal(["module pkg/mod.py"], facts);
    }

    [Theory]
    [InlineData("pkg/mod.py", true)]
    [InlineData("pkg/__init__.py", true)]
    [InlineData("pkg/_impl.py", false)]
    [InlineData("_vendor/mod.py", false)]
    [InlineData("tests/test_mod.py", false)]
    [InlineData("pkg/mod_test.py", false)]
    [InlineData("conftest.py", false)]
    [InlineData("pkg/mod.pyi", false)]
    public void Tells_public_modules(string path, bool expected) =>
        Assert.Equal(expected, FileAnalyzer.IsPublicModule(path));

    [Fact]
    public void Keeps_the_units_of_its_walk_only_when_asked_and_they_match_a_map_built_apart()
    {
        const string other = """
            class Outer:
                class Inner:
                    async def run(self):
                        def helper():
                            return 1
                        return helper()

            x = 1
            """;
        SourceFile[] files = [SourceFile.FromText("pkg/mod.py", Module), SourceFile.FromText("other.py", other), SourceFile.FromText("broken.py", "def f(:\n")];
        var kept = new AnalysisEngine([new TodoComment()]).Analyze(new AnalysisInput { Files = files, KeepUnitMaps = true }, Token);
        var plain = Analyze(files, null, new TodoComment());

        Assert.Empty(plain.UnitMaps);
        Assert.Equal(["broken.py", "other.py", "pkg/mod.py"], kept.UnitMaps.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, text) in new[] { ("pkg/mod.py", Module), ("other.py", other) })
        {
            var apart = Units.UnitMap.Build(text, path);
            var lines = text.Split('\n').Length;
            for (var line = 1; line <= lines; line++)
            {
                Assert.Equal(apart.Find(line), kept.UnitMaps[path].Find(line));
            }
        }

        Assert.Equal("Outer.Inner.run.helper", kept.UnitMaps["other.py"].Find(5).QualifiedName);
        Assert.Equal("Service.method.nested", kept.UnitMaps["pkg/mod.py"].Find(13).QualifiedName);
    }

    private static AnalysisResult Analyze(IReadOnlyList<SourceFile> files, ChangeSet? change, params Rule[] rules) =>
        new AnalysisEngine(rules).Analyze(new AnalysisInput { Files = files, Change = change }, Token);

    private static ChangeSet Change(params (string Path, bool IsNew, (int Start, int End)[] Lines)[] files) =>
        new(
            "/repo",
            isGitRepository: true,
            ChangeScope.SinceMergeBase,
            "test change",
            "main",
            null,
            files.Select(f => new ChangedFile(
                f.Path,
                null,
                f.IsNew ? FileChangeStatus.Added : FileChangeStatus.Modified,
                f.IsNew,
                f.IsNew,
                false,
                ChangedLines.From(f.Lines.Select(l => new LineRange(l.Start, l.End))))),
            []);

    private sealed class SharedFactsProbe(List<string> sink) : Rule
    {
        public override RuleInfo Info { get; } = new("TST997", "shared-facts-probe", ChecklistItem.TestsWritten, Severity.Info, "0.1.0", FixAvailability.None, "## What it does\nRecords shared facts.");

        public override void Register(RuleRegistration registry) =>
            registry.OnNode<ProdReady.Python.Syntax.Name>((name, context) =>
            {
                var first = context.Shared(c => new List<string> { $"list of {c.Path}" });
                var second = context.Shared(c => new HashSet<string> { $"set of {c.Path}" });
                var again = context.Shared<List<string>>(_ => throw new InvalidOperationException("built once"));
                // The two files of the test are analysed on threads of their own: the shared list is written under a lock.
                lock (sink)
                {
                    sink.Add($"{name.Id}: {first[0]}, {second.Single()}, {ReferenceEquals(first, again)}");
                }
            });
    }

    private sealed class ThrowingRule : Rule
    {
        public override RuleInfo Info { get; } = new("TST999", "throwing", ChecklistItem.TestsWritten, Severity.Error, "0.1.0", FixAvailability.None, "## What it does\nThrows.");

        public override void Register(RuleRegistration registry) =>
            registry.OnNode<Return>((_, _) => throw new FormatException("boom"));
    }

    private sealed class RemovedRule : Rule
    {
        public override RuleInfo Info { get; } = new("TST998", "removed", ChecklistItem.TestsWritten, Severity.Error, "0.1.0", FixAvailability.None, "## What it does\nNothing.") { Status = RuleStatus.Removed };

        public override void Register(RuleRegistration registry) => registry.OnFile(_ => throw new InvalidOperationException("never runs"));
    }

    private sealed class FactsProbe(List<string> sink) : Rule
    {
        public override RuleInfo Info { get; } = new("CHL999", "facts-probe", ChecklistItem.Changelog, Severity.Info, "0.1.0", FixAvailability.None, "## What it does\nRecords facts.");

        public override void Register(RuleRegistration registry) =>
            registry.OnChange(context => sink.AddRange(context.Facts.AddedPublicUnits));
    }

    private static void Ignore<T>(T node, RuleContext context)
        where T : SyntaxNode
    {
    }
}

public sealed class AnalysisEngineCancellationTests
{
    [Fact]
    public void Honours_cancellation()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var input = new AnalysisInput { Files = [SourceFile.FromText("a.py", "x = 1\n")] };
        Assert.ThrowsAny<OperationCanceledException>(() => new AnalysisEngine(RuleCatalog.Active).Analyze(input, source.Token));
    }

    [Fact]
    public void Walks_each_tree_once_for_all_rules()
    {
        var counter = new NameCounter();
        var result = new AnalysisEngine([counter, new PlaceholderFunctionBody()])
            .Analyze(new AnalysisInput { Files = [SourceFile.FromText("a.py", "a = b + c\nd(e)\n")] }, TestContext.Current.CancellationToken);
        Assert.Equal(5, counter.Count);
        Assert.Equal(1, result.FilesAnalyzed);
    }

    private sealed class NameCounter : Rule
    {
        private int _count;

        public int Count => _count;

        public override RuleInfo Info { get; } = new("TST997", "name-counter", ChecklistItem.TestsWritten, Severity.Info, "0.1.0", FixAvailability.None, "## What it does\nCounts names.");

        public override void Register(RuleRegistration registry) =>
            registry.OnNode<ProdReady.Python.Syntax.Name>((_, _) => Interlocked.Increment(ref _count));
    }
}
