using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.ExceptionHandling;

/// <summary><c>EXC002 swallowed-broad-exception</c>: a handler for <c>Exception</c> or <c>BaseException</c> that swallows what it catches.</summary>
public sealed class SwallowedBroadException : Rule
{
    private static readonly FrozenSet<string> s_reportingCalls = new[]
    {
        "logging.exception", "traceback.print_exc", "traceback.format_exc", "traceback.print_exception", "traceback.format_exception",
        "sys.exc_info", "sys.exception", "sys.excepthook",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "EXC002",
        Name: "swallowed-broad-exception",
        Category: ChecklistItem.ExceptionHandling,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags an `except Exception:` or `except BaseException:` clause (alone or in a tuple,
            resolved through aliases) that swallows what it catches. The handler is accepted when it
            does any of these:
            - re-raises (a bare `raise`) or raises anything else;
            - uses the bound exception (`except Exception as err:` ... `err` in a raise, a return,
              a log message, a stored result, a callback);
            - logs the traceback: a `.exception(...)` call on a logger (the `logging` module, a
              name bound to `logging.getLogger(...)`, structlog's or loguru's logger, or a
              receiver the model cannot type, such as `self.log`), a call with `exc_info=`, or
              `traceback.print_exc()`, `traceback.format_exc()`, `sys.exc_info()`, `sys.exception()`.

            A handler whose whole body is `pass`, `...` or `continue` is `EXC003`'s, and a bare
            `except:` is `EXC001`'s; neither is reported twice.

            Test code is checked too.

            ## Why is this bad?
            A broad handler that neither reports nor propagates the failure hides every bug it
            catches, typos and `TypeError`s included; the program carries on with a wrong result and
            nobody learns why.

            ## Example
            ```python
            try:
                settings = load_settings(path)
            except Exception:
                settings = DEFAULTS
            ```

            Use instead:
            ```python
            try:
                settings = load_settings(path)
            except (OSError, ValueError):
                logger.exception("cannot read %s, using the defaults", path)
                settings = DEFAULTS
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<ExceptHandler>(Check);
    }

    private void Check(ExceptHandler handler, RuleContext context)
    {
        if (handler.Type is null || context.Semantic is not { } model || !HandlerFacts.IsBroad(handler.Type, model, out var broad)
            || HandlerFacts.IsSilent(handler.Body) || Handles(handler, model))
        {
            return;
        }

        context.Report(Info, handler.Type.Span, $"'except {broad}' swallows every error it catches: re-raise it, log it with logger.exception (or exc_info=True), or catch only the exceptions expected here");
    }

    private static bool Handles(ExceptHandler handler, SemanticModel model)
    {
        foreach (var node in SyntaxSearch.InBlock(handler.Body, enterScopes: true))
        {
            switch (node)
            {
                case Raise:
                    return true;
                case Name { Ctx: ExprContext.Load } name when name.Id == handler.Name:
                    return true;
                case Call call when call.Keywords.Any(k => k.Arg == "exc_info" && k.Value is not Constant { Value: false or null }):
                    return true;
                case Call { Func: Python.Syntax.Attribute { Attr: "exception" } method } when HandlerFacts.MayBeLogger(method.Value, model):
                    return true;
                case Call call when model.QualifiedNameOf(call.Func) is { } callee && s_reportingCalls.Contains(callee):
                    return true;
            }
        }

        return false;
    }
}
