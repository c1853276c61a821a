using System.CommandLine;
using ProdReady.Analysis;
using ProdReady.Analysis.Engine;

namespace ProdReady.Cli.Commands;

/// <summary><c>prodready rules [CODE]</c>: lists the rule catalogue, or prints one rule's documentation.</summary>
internal static class RulesCommand
{
    /// <summary>Creates the <c>rules</c> command.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var code = new Argument<string?>("CODE")
        {
            Description = "A rule code such as PLH001; without it, every rule is listed.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("rules", "List the rules, or print the documentation of one rule.") { code };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var requested = parseResult.GetValue(code);
            if (string.IsNullOrWhiteSpace(requested))
            {
                await context.Output.WriteAsync(RuleDocumentation.RenderList(RuleCatalog.All).AsMemory(), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            var rule = RuleCatalog.Find(requested)
                ?? throw new UsageException($"unknown rule code '{requested}'; run 'prodready rules' for the list.");
            await context.Output.WriteAsync(RuleDocumentation.RenderRule(rule.Info).AsMemory(), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
