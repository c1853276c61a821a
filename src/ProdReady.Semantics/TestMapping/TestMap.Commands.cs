using System.Collections.Frozen;
using ProdReady.Semantics.Index;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// Command-line applications run by a test through click's or Typer's <c>CliRunner.invoke(cli, [...])</c>: the words
/// the runner is given pick, from the commands registered on the group (<c>@cli.command()</c>, <c>@app.command()</c>,
/// <c>add_command</c>, <c>add_typer</c>), the command that runs, as click and Typer pick it; the group's callbacks run on
/// the way. What the words do not decide (words that are not literals, a name that is not one) is a possible link to each
/// command it may be; asking for <c>--help</c> runs no callback at all.
/// </summary>
public sealed partial class TestMap
{
    /// <summary>The suffixes click 8.2 and later drop from a function's name to name its command (<c>init_data_command</c> is <c>init-data</c>).</summary>
    private static readonly string[] s_commandSuffixes = ["_command", "_cmd", "_group", "_grp"];

    /// <summary>The options that print and exit before any callback runs: help, shell completion, and the usual eager version option.</summary>
    private static readonly FrozenSet<string> s_exitingOptions = FrozenSet.ToFrozenSet(["--help", "--show-completion", "--install-completion", "--version"], StringComparer.Ordinal);

    /// <summary>The decorators that make a click group of a function, and the method that registers a subgroup on one.</summary>
    private static readonly string[] s_groupMakers = ["@call:click.group", "@call:click.decorators.group", "#group"];

    /// <summary>The command-line registrations of the project's source modules, by group; made when a test first runs a command.</summary>
    private CommandTable? _sourceCommands;

    /// <summary>The command-line registrations of single modules (a test module's own application), by module.</summary>
    private readonly Dictionary<string, CommandTable> _moduleCommands = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds the units a command runner's <c>invoke</c> runs when given <paramref name="command"/> (a qualified name or an
    /// origin) and <paramref name="words"/> (see <see cref="UnitFacts.WordSeparator"/>; <see langword="null"/> when not
    /// known): the callbacks of the command the words name and of the groups on the way, claimed, and each command the
    /// words may name, possible.
    /// </summary>
    private void AddInvokedCommands(List<(MappedUnit Unit, string? SelfType)> results, string command, string? words)
    {
        if (command.StartsWith('@'))
        {
            return;
        }

        // A test that asserts the run failed (a usage error, most often) may stop before any callback: nothing is claimed.
        var failed = words is { Length: > 0 } && words[0] == UnitFacts.FailedRun;
        words = failed ? words![1..] : words;
        string[]? given = words is null || words == UnitFacts.UnknownWord.ToString() ? null : words.Length == 0 ? [] : words.Split(UnitFacts.WordSeparator);
        Run(results, command, given, possible: failed, depth: 0);
    }

    /// <summary>Adds what running <paramref name="command"/> with <paramref name="words"/> runs (see <see cref="AddInvokedCommands"/>).</summary>
    private void Run(List<(MappedUnit Unit, string? SelfType)> results, string command, string[]? words, bool possible, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        var function = Resolve(command) is { Facts.Kind: "function" } resolved ? resolved : null;
        var callbacks = new List<MappedUnit>();
        if (function is not null)
        {
            callbacks.Add(function);
        }

        foreach (var callback in CommandsOf(command).Callbacks)
        {
            if (Resolve(callback) is { Facts.Kind: "function" } unit && !callbacks.Contains(unit))
            {
                callbacks.Add(unit);
            }
        }

        var subcommands = Subcommands(command, 0);
        var isGroup = subcommands.Count > 0 || (function?.Facts.MadeBy is { } made && Array.Exists(s_groupMakers, made.EndsWith));
        if (!isGroup && function is null && callbacks.Count == 0)
        {
            // Neither a function nor an application with anything registered: nothing is known to run.
            return;
        }

        if (!isGroup)
        {
            // A single command, or a Typer application whose only command runs without being named.
            if (words is null || !Array.Exists(words, s_exitingOptions.Contains))
            {
                Add(results, callbacks, possible || words is null);
            }

            return;
        }

        if (function is null && callbacks.Count == 0 && subcommands.Count == 1 && Resolve(subcommands[0].Target) is { Facts.Kind: "function" })
        {
            // A Typer application with one command and no callback runs that command without its name.
            Run(results, subcommands[0].Target, words, possible, depth + 1);
            return;
        }

        for (var i = 0; words is not null && i < words.Length; i++)
        {
            var word = words[i];
            if (s_exitingOptions.Contains(word))
            {
                return;
            }

            if (word.Length == 0 || word[0] == '-')
            {
                continue;
            }

            if (word[0] == UnitFacts.UnknownWord)
            {
                break;
            }

            var named = subcommands.FindAll(s => Names(s.Name, word));
            if (named.Count == 0)
            {
                // Not a command's name: an option's value, or a name the group does not know. A command whose name is not
                // a literal may be the one.
                named = subcommands.FindAll(s => s.Name == "?");
                possible |= named.Count > 0;
                if (named.Count == 0)
                {
                    continue;
                }
            }

            Add(results, callbacks, possible);
            foreach (var (_, target) in named)
            {
                Run(results, target, words[(i + 1)..], possible || named.Count > 1, depth + 1);
            }

            return;
        }

        if (words is not null && Array.TrueForAll(words, w => w.Length == 0 || w[0] != UnitFacts.UnknownWord))
        {
            // Every word read and none names a command: the group shows its help or fails, unless it runs without one.
            Add(results, callbacks, possible: true);
            return;
        }

        // Words not written out: the group's callbacks and any of its commands may run.
        Add(results, callbacks, possible: true);
        foreach (var (_, target) in subcommands)
        {
            Run(results, target, null, possible: true, depth + 1);
        }
    }

    /// <summary>Adds callbacks to the targets, as possible links when <paramref name="possible"/>.</summary>
    private static void Add(List<(MappedUnit Unit, string? SelfType)> results, List<MappedUnit> callbacks, bool possible)
    {
        foreach (var callback in callbacks)
        {
            results.Add((callback, possible ? Override : null));
        }
    }

    /// <summary>
    /// The commands registered on a group, each with its name (see <see cref="CommandTable"/>): a Typer application added
    /// without a name is named by its maker (<c>Typer(name=...)</c>) or after its callback, and without either lends its
    /// own commands.
    /// </summary>
    private List<(string Name, string Target)> Subcommands(string group, int depth)
    {
        var table = CommandsOf(group);
        var found = new List<(string Name, string Target)>();
        foreach (var (name, target) in table.Commands)
        {
            if (name.Length > 0)
            {
                found.Add((name, target));
            }
            else if (CommandsOf(target).NameOf(target) is { } own)
            {
                found.Add((own, target));
            }
            else if (CommandsOf(target).Callbacks.FirstOrDefault() is { } callback)
            {
                // Typer names an application added without a name after its callback.
                found.Add(("=" + callback[(callback.LastIndexOf('.') + 1)..], target));
            }
            else if (depth < 8)
            {
                found.AddRange(Subcommands(target, depth + 1));
            }
        }

        return found;
    }

    /// <summary>Tells whether a command registered as <paramref name="name"/> is the one <paramref name="word"/> names.</summary>
    private static bool Names(string name, string word)
    {
        if (name.Length == 0 || name[0] != '=')
        {
            return name == word;
        }

        // Named after its function: lower case, `_` made `-` (click and Typer), and with click 8.2's suffixes dropped.
        var derived = name[1..].ToLowerInvariant().Replace('_', '-');
        if (derived == word)
        {
            return true;
        }

        var function = name[1..].ToLowerInvariant();
        foreach (var suffix in s_commandSuffixes)
        {
            if (function.Length > suffix.Length && function.EndsWith(suffix, StringComparison.Ordinal) && function[..^suffix.Length].Replace('_', '-') == word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The registrations of a group: those of the project's source modules, and those of the module the group is defined in
    /// when that module is not a source module (an application a test module builds).
    /// </summary>
    private CommandView CommandsOf(string group)
    {
        _sourceCommands ??= CommandTable.Read(_sourceFiles.Select(f => _index.GetByPath(f)));
        CommandTable? local = null;
        var dot = group.LastIndexOf('.');
        while (dot > 0)
        {
            var module = group[..dot];
            if (_index.Layout.Resolve(module)?.Path is { } path)
            {
                if (!_moduleCommands.TryGetValue(module, out local))
                {
                    local = _sourceFiles.Contains(path) ? CommandTable.Empty : CommandTable.Read([_index.GetByPath(path)]);
                    _moduleCommands[module] = local;
                }

                break;
            }

            dot = module.LastIndexOf('.');
        }

        return new CommandView(group, _sourceCommands, local ?? CommandTable.Empty);
    }

    /// <summary>What the registrations say of one group, from the source modules' table and its own module's.</summary>
    private readonly record struct CommandView(string Group, CommandTable Sources, CommandTable Local)
    {
        /// <summary>Gets the commands registered on the group, each as its name and the command or application registered.</summary>
        public IEnumerable<(string Name, string Target)> Commands => (Sources.CommandsOf(Group) ?? []).Concat(Local.CommandsOf(Group) ?? []);

        /// <summary>
        /// Gets the group's callback: of those it is given (Typer's <c>Typer(callback=...)</c>, <c>@app.callback()</c>,
        /// <c>add_typer(app, callback=...)</c>), those of the highest rank, the one Typer runs (several when the rank does not decide).
        /// </summary>
        public IEnumerable<string> Callbacks
        {
            get
            {
                var given = (Sources.CallbacksOf(Group) ?? []).Concat(Local.CallbacksOf(Group) ?? []).ToList();
                var rank = given.Count == 0 ? null : given.Max(c => c.Rank);
                return given.Where(c => c.Rank == rank).Select(c => c.Callback);
            }
        }

        /// <summary>The name an application was made with (<c>typer.Typer(name="users")</c>), if any.</summary>
        /// <param name="application">The application.</param>
        /// <returns>The name, or <see langword="null"/>.</returns>
        public string? NameOf(string application) => Sources.NameOf(application) ?? Local.NameOf(application);
    }

    /// <summary>The command-line registrations some modules' summaries hold (<c>CLI-</c> entries of their routes), by group.</summary>
    private sealed class CommandTable
    {
        private readonly Dictionary<string, List<(string Name, string Target)>> _commands = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Rank, string Callback)>> _callbacks = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

        /// <summary>Gets a table of no registration.</summary>
        public static CommandTable Empty { get; } = new();

        /// <summary>Reads the registrations of some modules' summaries.</summary>
        /// <param name="summaries">The summaries (<see langword="null"/> for a module that has none).</param>
        /// <returns>The table.</returns>
        public static CommandTable Read(IEnumerable<ModuleSummary?> summaries)
        {
            var table = new CommandTable();
            foreach (var summary in summaries)
            {
                foreach (var entry in summary?.Routes ?? [])
                {
                    if (!entry.StartsWith("CLI-", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var space = entry.IndexOf(' ', StringComparison.Ordinal);
                    var parts = entry[(space + 1)..].Split('\t');
                    switch (entry[..space])
                    {
                        case "CLI-COMMAND" when parts.Length == 3:
                            Add(table._commands, parts[2], (parts[0], parts[1]));
                            break;
                        case "CLI-CALLBACK" when parts.Length == 3:
                            Add(table._callbacks, parts[2], (parts[0], parts[1]));
                            break;
                        case "CLI-NAMED" when parts.Length == 2:
                            table._names.TryAdd(parts[1], parts[0]);
                            break;
                    }
                }
            }

            return table;
        }

        /// <summary>The commands registered on a group.</summary>
        /// <param name="group">The group.</param>
        /// <returns>Each command's name and what is registered; <see langword="null"/> for none.</returns>
        public List<(string Name, string Target)>? CommandsOf(string group) => _commands.GetValueOrDefault(group);

        /// <summary>The callbacks given to a group.</summary>
        /// <param name="group">The group.</param>
        /// <returns>Each callback's rank and qualified name; <see langword="null"/> for none.</returns>
        public List<(string Rank, string Callback)>? CallbacksOf(string group) => _callbacks.GetValueOrDefault(group);

        /// <summary>The name an application was made with.</summary>
        /// <param name="application">The application.</param>
        /// <returns>The name, or <see langword="null"/>.</returns>
        public string? NameOf(string application) => _names.GetValueOrDefault(application);

        private static void Add<T>(Dictionary<string, List<T>> table, string key, T value)
        {
            if (!table.TryGetValue(key, out var list))
            {
                table[key] = list = [];
            }

            list.Add(value);
        }
    }
}
