using System.CommandLine;
using ProdReady.Cli.Commands;
using ProdReady.Cli.Mcp;

namespace ProdReady.Cli;

/// <summary>The <c>prodready</c> command line: builds the command tree and runs it in-process.</summary>
public static class ProdReadyApp
{
    /// <summary>Builds the root command for <paramref name="context"/>.</summary>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <returns>The root command with every verb.</returns>
    public static RootCommand BuildRootCommand(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = new RootCommand("ProdReady: a production-readiness gate for code changes.");
        root.Subcommands.Add(DebugCommand.Create(context));
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(RulesCommand.Create(context));
        root.Subcommands.Add(TestsCommand.Create(context));
        root.Subcommands.Add(ChangelogCommand.Create(context));
        root.Subcommands.Add(InitCommand.Create(context));
        root.Subcommands.Add(McpCommand.Create(context));
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the chosen command.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="context">Streams, working directory and environment.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var parse = BuildRootCommand(context).Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    await context.Error.WriteLineAsync($"prodready: {error.Message}").ConfigureAwait(false);
                }

                await context.Error.WriteLineAsync("Run 'prodready --help' for usage.").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }

            var configuration = new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await context.Error.WriteLineAsync($"prodready: {e.Message}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("prodready: cancelled").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
#pragma warning disable CA1031 // The last line of defence: any defect becomes exit 3 with its context, never a crash dump.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await context.Error.WriteLineAsync($"prodready: internal error: {e}").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
        finally
        {
            await context.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
            await context.Error.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
