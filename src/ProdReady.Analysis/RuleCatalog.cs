using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Analysis.Rules.ArchitecturePlan;
using ProdReady.Analysis.Rules.AsyncCorrectness;
using ProdReady.Analysis.Rules.Changelog;
using ProdReady.Analysis.Rules.Docstrings;
using ProdReady.Analysis.Rules.ExceptionHandling;
using ProdReady.Analysis.Rules.ExternalTools;
using ProdReady.Analysis.Rules.GlobalState;
using ProdReady.Analysis.Rules.Naming;
using ProdReady.Analysis.Rules.Placeholders;
using ProdReady.Analysis.Rules.RuntimeErrors;
using ProdReady.Analysis.Rules.EdgeCases;
using ProdReady.Analysis.Rules.TestsWritten;
using ProdReady.Analysis.Rules.SecureBoundaries;
using ProdReady.Analysis.Rules.TypeHints;

namespace ProdReady.Analysis;

/// <summary>
/// The one table of every rule ProdReady knows, in code order. Codes are never reused: a retired rule
/// stays here with <see cref="RuleStatus.Removed"/>.
/// </summary>
public static class RuleCatalog
{
    private static readonly FrozenDictionary<string, Rule> s_byCode;

    static RuleCatalog()
    {
        Rule[] rules =
        [
            new MissingPlan(),
            new PlanLength(),
            new PlanWithoutApproach(),
            new PlanWithoutScalability(),
            new PlanWithoutSecurity(),
            new TodoComment(),
            new PlaceholderFunctionBody(),
            new PlaceholderText(),
            new SyntaxError(),
            new UndefinedName(),
            new UndefinedExport(),
            new UnboundLocal(),
            new UnresolvedImport(),
            new MissingImportedName(),
            new UnawaitedCoroutine(),
            new UntestedUnit(),
            new BrokenTestModule(),
            new FailureScenarioUntested(),
            new EdgeCasesUntested(),
            new ExternalDependencyNotMocked(),
            new NondeterministicTest(),
            new AsyncUnitWithoutAsyncTest(),
            new TestWithoutAssertion(),
            new SkipWithoutReason(),
            new DynamicCodeExecution(),
            new ShellCommandExecution(),
            new UnsafeDeserialization(),
            new FormattedSqlQuery(),
            new HardcodedSecret(),
            new DisabledTlsVerification(),
            new HttpCallWithoutTimeout(),
            new InsecureFileCreation(),
            new UnfilteredTarExtraction(),
            new WeakCryptoOrXmlParser(),
            new UnsafeFrameworkSetting(),
            new UnvalidatedRequestInput(),
            new MissingChangelog(),
            new InvalidChangelog(),
            new MissingUnreleasedEntry(),
            new EntryInReleasedSection(),
            new ReleasedSectionEdited(),
            new ChangeTypeMismatch(),
            new MutatedModuleState(),
            new UnchangedModuleContainer(),
            new GlobalStatement(),
            new MutableArgumentDefault(),
            new MutableClassAttribute(),
            new BareExcept(),
            new SwallowedBroadException(),
            new SilentExceptionHandler(),
            new RaiseWithoutCause(),
            new RaiseGenericException(),
            new AssertStatement(),
            new ControlFlowInFinally(),
            new RaiseNonException(),
            new UnreachableExceptHandler(),
            new BlockingCallInAsync(),
            new DroppedTask(),
            new AsyncWithoutAwait(),
            new UnsafeLockUse(),
            new EventLoopInCoroutine(),
            new UnguardedSharedState(),
            new FailingTest(),
            new TypeCheckError(),
            new Flake8Violation(),
            new MissingParameterAnnotation(),
            new MissingReturnAnnotation(),
            new BareGenericAnnotation(),
            new UnannotatedEmptyContainer(),
            new ExplicitAnyAnnotation(),
            new ClassNameNotCapWords(),
            new FunctionNameNotSnakeCase(),
            new ParameterNameNotSnakeCase(),
            new FirstParameterMisnamed(),
            new LocalNameNotSnakeCase(),
            new MixedCaseName(),
            new ExceptionNameWithoutErrorSuffix(),
            new ModuleNameNotSnakeCase(),
            new OverrideParameterRenamed(),
            new BuiltinShadowing(),
            new MissingDocstring(),
            new UndocumentedParameter(),
            new UnknownDocumentedParameter(),
            new DocumentedParameterOrder(),
            new MissingReturnsSection(),
            new ExtraneousReturnsSection(),
            new MissingYieldsSection(),
            new ExtraneousYieldsSection(),
            new UndocumentedRaise(),
            new UnraisedDocumentedException(),
            new MalformedDocstring(),
        ];
        All = [.. rules.OrderBy(r => r.Info.Code, StringComparer.Ordinal)];
        s_byCode = All.ToFrozenDictionary(r => r.Info.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets every rule, retired ones included, ordered by code.</summary>
    public static IReadOnlyList<Rule> All { get; }

    /// <summary>Gets the rules that can run (status other than <see cref="RuleStatus.Removed"/>), ordered by code.</summary>
    public static IReadOnlyList<Rule> Active => [.. All.Where(r => r.Info.Status != RuleStatus.Removed)];

    /// <summary>Finds a rule by its code, ignoring case.</summary>
    /// <param name="code">The code, for example <c>PLH001</c>.</param>
    /// <returns>The rule, or <see langword="null"/> when no rule has that code.</returns>
    public static Rule? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return s_byCode.GetValueOrDefault(code.Trim());
    }
}
