using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace ProdReady.Cli.Mcp;

/// <summary>The tools and the prompt the MCP server offers, with their JSON input schemas.</summary>
internal static class McpToolCatalog
{
    /// <summary>The name of the <c>check</c> tool.</summary>
    public const string Check = "check";

    /// <summary>The name of the <c>list_rules</c> tool.</summary>
    public const string ListRules = "list_rules";

    /// <summary>The name of the <c>explain_rule</c> tool.</summary>
    public const string ExplainRule = "explain_rule";

    /// <summary>The name of the <c>changelog_add</c> tool.</summary>
    public const string ChangelogAdd = "changelog_add";

    /// <summary>The name of the <c>tests_for</c> tool.</summary>
    public const string TestsFor = "tests_for";

    /// <summary>The name of the production-workflow prompt.</summary>
    public const string WorkflowPrompt = "production-workflow";

    /// <summary>The scopes the <c>check</c> tool accepts.</summary>
    public static readonly string[] Scopes = ["default", "all", "base", "staged", "uncommitted"];

    /// <summary>The severities <c>fail_on</c> accepts.</summary>
    public static readonly string[] Severities = ["error", "warning", "info"];

    /// <summary>The change types <c>changelog_add</c> accepts.</summary>
    public static readonly string[] ChangeTypeNames = ["added", "changed", "deprecated", "removed", "fixed", "security"];

    /// <summary>Gets the tools, in the order <c>tools/list</c> returns them.</summary>
    public static IReadOnlyList<Tool> Tools { get; } =
    [
        new Tool
        {
            Name = Check,
            Title = "Run the production-readiness gate",
            Description = "Checks a change (or the whole tree) of the served folder and returns the validation checklist "
                + "and the findings. The structured content follows ProdReady's JSON report schema (schemaVersion 1); the "
                + "text content is a short summary. The analysed code is never run.",
            InputSchema = Schema("""
                {
                  "type": "object",
                  "properties": {
                    "scope": { "type": "string", "enum": ["default", "all", "base", "staged", "uncommitted"],
                               "description": "default: the change against the default branch, or the uncommitted changes on it; all: the whole tree; base: since the merge base with 'base'; staged: the index; uncommitted: everything not yet committed." },
                    "base": { "type": "string", "description": "The base revision (branch, tag or commit) for scope 'base'." },
                    "paths": { "type": "array", "items": { "type": "string" }, "description": "Files or folders, relative to the served folder, that narrow the check." },
                    "plan": { "type": "string", "description": "The architecture plan of the change (3-5 lines: design approach, scalability, security)." },
                    "fail_on": { "type": "string", "enum": ["error", "warning", "info"], "description": "The lowest severity that fails the gate (default: the configuration's)." }
                  },
                  "additionalProperties": false
                }
                """),
            Annotations = new ToolAnnotations { ReadOnlyHint = true, OpenWorldHint = false, IdempotentHint = true },
        },
        new Tool
        {
            Name = ListRules,
            Title = "List the rules",
            Description = "Lists every rule: code, name, checklist item, default severity and status.",
            InputSchema = Schema("""{ "type": "object", "properties": {}, "additionalProperties": false }"""),
            Annotations = new ToolAnnotations { ReadOnlyHint = true, OpenWorldHint = false, IdempotentHint = true },
        },
        new Tool
        {
            Name = ExplainRule,
            Title = "Explain a rule",
            Description = "Returns one rule's documentation: what it flags, why, an example and what to write instead.",
            InputSchema = Schema("""
                {
                  "type": "object",
                  "properties": { "code": { "type": "string", "description": "A rule code such as PLH001." } },
                  "required": ["code"],
                  "additionalProperties": false
                }
                """),
            Annotations = new ToolAnnotations { ReadOnlyHint = true, OpenWorldHint = false, IdempotentHint = true },
        },
        new Tool
        {
            Name = ChangelogAdd,
            Title = "Add a changelog entry",
            Description = "Adds one bullet under [Unreleased] in the subsection of its change type (Keep a Changelog). The edit "
                + "is a minimal insertion written atomically: nothing else in the file changes.",
            InputSchema = Schema("""
                {
                  "type": "object",
                  "properties": {
                    "type": { "type": "string", "enum": ["added", "changed", "deprecated", "removed", "fixed", "security"], "description": "The change type." },
                    "text": { "type": "string", "description": "The entry's text, one line." },
                    "file": { "type": "string", "description": "The changelog, relative to the served folder (default CHANGELOG.md)." }
                  },
                  "required": ["type", "text"],
                  "additionalProperties": false
                }
                """),
            Annotations = new ToolAnnotations { ReadOnlyHint = false, DestructiveHint = false, OpenWorldHint = false, IdempotentHint = false },
        },
        new Tool
        {
            Name = TestsFor,
            Title = "Find the tests of a unit",
            Description = "Returns the tests that exercise a function, method or class of the served project, read statically from "
                + "the test map (the tests are not run), and the way each reaches it: direct (the test, its fixtures or setup "
                + "call it), helper (through a helper of the test code), through (through another project unit) or possible "
                + "(through a call that may not run). An empty list means that no test is known to reach the unit.",
            InputSchema = Schema("""
                {
                  "type": "object",
                  "properties": {
                    "unit": { "type": "string", "description": "The unit's qualified name (package.module.Class.method), or its name inside the module given by 'path' (Class.method)." },
                    "path": { "type": "string", "description": "The file that defines the unit, relative to the served folder." }
                  },
                  "required": ["unit"],
                  "additionalProperties": false
                }
                """),
            Annotations = new ToolAnnotations { ReadOnlyHint = true, OpenWorldHint = false, IdempotentHint = true },
        },
    ];

    /// <summary>Gets the prompts.</summary>
    public static IReadOnlyList<Prompt> Prompts { get; } =
    [
        new Prompt
        {
            Name = WorkflowPrompt,
            Title = "Production workflow",
            Description = "The steps every change goes through: plan, implement, test, validate with check, record in the changelog.",
            Arguments = [new PromptArgument { Name = "task", Description = "What the change should do.", Required = false }],
        },
    ];

    /// <summary>Renders the production-workflow prompt for <paramref name="task"/>.</summary>
    /// <param name="task">The task, or <see langword="null"/>.</param>
    /// <returns>The prompt's text.</returns>
    public static string WorkflowText(string? task)
    {
        var goal = string.IsNullOrWhiteSpace(task) ? "the change you are asked to make" : $"this task: {task.Trim()}";
        return $"""
            Work on {goal}. Follow the production workflow; every step is checked by ProdReady, not claimed.

            1. Plan. Before writing code, state the architecture plan in 3-5 lines: the design approach, how it scales,
               and its security considerations (input validation at trust boundaries, secrets, injection).
            2. Implement. Full type hints (no Any), Google-style docstrings with Args/Returns/Raises, no TODOs or
               placeholders, no global mutable state, specific exceptions raised with `from`, PEP 8 names, async code
               that never blocks the event loop.
            3. Test. pytest tests for every public function or class you add or change: the happy path, edge cases
               (empty, zero, None, boundaries, parametrize), failure scenarios (pytest.raises), mocked external
               dependencies and deterministic inputs.
            4. Validate. Call the `check` tool (scope "uncommitted" while working, "base" against the target branch
               before a pull request) and pass the plan as `plan`. Fix every ✘ item and every finding; use
               `explain_rule` for a rule you do not know. Repeat until the gate passes.
            5. Record. Call `changelog_add` with the change type (added, changed, fixed, ...) and one line that tells
               a user what changed, then run `check` once more.
            """;
    }

    private static JsonElement Schema(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
