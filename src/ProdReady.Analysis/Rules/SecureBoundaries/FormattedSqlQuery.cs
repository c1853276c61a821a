using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary><c>SEC004 formatted-sql-query</c>: SQL built by formatting or concatenation and passed to a query function.</summary>
public sealed class FormattedSqlQuery : Rule
{
    private static readonly FrozenSet<string> s_cursorMethods = new[] { "execute", "executemany", "executescript" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_djangoMethods = new[] { "raw", "extra" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_textFunctions = new[]
    {
        "sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_attributes = new[] { "text" }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "SEC004",
        Name: "formatted-sql-query",
        Category: ChecklistItem.SecureBoundaries,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags SQL built by an f-string with replacement fields, `%` formatting, `+` concatenation with a
            string or `str.format`, and passed as the query to a DB-API cursor's or connection's `execute`,
            `executemany` or `executescript`, to SQLAlchemy's `text()` (resolved through imports), or, in a
            module that imports Django, to a queryset's `raw()` or `extra()`. The query may be written in the
            call or assigned to a local name first (`sql = f"..."; cursor.execute(sql)`).

            Test code is not checked.

            ## Why is this bad?
            A value formatted into SQL is parsed as SQL: a quote in it ends the literal and the rest runs as a
            statement of its own. Parameters (`?`, `%s`, `:name`) are sent apart from the statement and never
            parsed.

            ## Example
            ```python
            def find_user(cursor, name):
                cursor.execute(f"SELECT id FROM users WHERE name = '{name}'")
                return cursor.fetchone()
            ```

            Use instead:
            ```python
            def find_user(cursor, name):
                cursor.execute("SELECT id FROM users WHERE name = ?", (name,))
                return cursor.fetchone()
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Call>(Check);
    }

    private void Check(Call call, RuleContext context)
    {
        if (call.Args.Length == 0 && call.Keywords.Length == 0)
        {
            return;
        }

        string sink;
        ExprNode? query;
        if (call.Func is Python.Syntax.Attribute { Attr: var method } && s_cursorMethods.Contains(method))
        {
            if (context.IsTestCode)
            {
                return;
            }

            sink = method + "()";
            query = SecurityFacts.Argument(call, 0, method == "executescript" ? "sql_script" : "sql") ?? SecurityFacts.Keyword(call, "operation") ?? SecurityFacts.Keyword(call, "query") ?? SecurityFacts.Keyword(call, "statement");
        }
        else if (call.Func is Python.Syntax.Attribute { Attr: var djangoMethod } && s_djangoMethods.Contains(djangoMethod))
        {
            if (context.IsTestCode || context.Semantic is not { } model1 || !model1.ImportsModule("django"))
            {
                return;
            }

            sink = djangoMethod + "()";
            query = djangoMethod == "raw" ? SecurityFacts.Argument(call, 0, "raw_query") : ExtraWhere(call);
        }
        else if (context.Semantic is { } model2 && SecurityFacts.Callee(call, model2, s_attributes) is { } callee && s_textFunctions.Contains(callee))
        {
            if (context.IsTestCode)
            {
                return;
            }

            sink = "sqlalchemy.text()";
            query = SecurityFacts.Argument(call, 0, "text");
        }
        else
        {
            return;
        }

        if (query is null || context.Semantic is not { } model)
        {
            return;
        }

        if (SecurityFacts.IsFormattedString(query))
        {
            context.Report(Info, query.Span, $"SQL passed to {sink} is built by formatting: pass the values as query parameters");
        }
        else if (BuiltAt(query, model) is { } line)
        {
            context.Report(Info, query.Span, $"SQL passed to {sink} is built by formatting on line {line}: pass the values as query parameters");
        }
    }

    /// <summary>Returns the line where a local query variable was built by formatting, or <see langword="null"/>.</summary>
    private static int? BuiltAt(ExprNode query, SemanticModel model)
    {
        if (query is not Name name || model.ReferenceOf(name)?.Binding is not { } binding)
        {
            return null;
        }

        if (SecurityFacts.AssignedValue(name, model) is { } value && SecurityFacts.IsFormattedString(value))
        {
            return SecurityFacts.LineOf(model, value.Span.Start);
        }

        foreach (var other in binding.Scope.BindingsOf(binding.Name))
        {
            if (other is { Kind: BindingKind.AugmentedAssignment, Node: AugAssign { Op: Operator.Add or Operator.Mod, Value: var added } } && other.Span.Start < query.Span.Start
                && (!SecurityFacts.IsLiteral(added) || SecurityFacts.IsFormattedString(added)))
            {
                return SecurityFacts.LineOf(model, added.Span.Start);
            }
        }

        return null;
    }

    /// <summary>Returns the <c>where=</c> list of an <c>extra()</c> call when one of its clauses is formatted.</summary>
    private static ExprNode? ExtraWhere(Call call) => SecurityFacts.Keyword(call, "where") switch
    {
        List list => list.Elts.FirstOrDefault(SecurityFacts.IsFormattedString),
        Python.Syntax.Tuple tuple => tuple.Elts.FirstOrDefault(SecurityFacts.IsFormattedString),
        _ => null,
    };
}
