using System.Collections.Frozen;
using ProdReady.Semantics.Index;
using ProdReady.Core.Collections;

namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// Command-line applications run by a test through click's or Typer's <c>CliRunner.invoke(cli, [...])</c>: the words
/// the runner is given pick, from the commands registered on the group (<c>@cli.command()</c>, <c>@app.command()</c>,
/// <c>add_command</c>, <c>add_typer</c>), the command that runs, as click and Typer pick it; the group's callbacks run on
/// the way. What the words do not decide (words that are not literals, a name that is not one, a word that may be an
/// option's value) is a possible link to each command it may be; asking for <c>--help</c> runs no callback at all.
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

    /// <summary>The project's files when a change's map is built from the record (whose source files are not collected).</summary>
    private List<string>? _commandFiles;

    /// <summary>The command-line registrations of single modules (a test module's own application), by module.</summary>
    private readonly Dictionary<string, CommandTable> _moduleCommands = new(StringComparer.Ordinal);

    /// <summary>What the registrations say of each group asked about, by group.</summary>
    private readonly Dictionary<string, CommandView> _commandViews = new(StringComparer.Ordinal);

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

        command = DefinedCommand(command);

        // A test that asserts the run failed (a usage error, most often) may stop before any callback: nothing is claimed.
        var (given, failed) = ReadWords(words);

        // `-h` is the help option of many applications (`help_option_names`): what it follows may not run.
        var uncertain = failed || (given is not null && Array.IndexOf(given, "-h") >= 0);
        var found = new List<(MappedUnit Unit, string? SelfType)>();
        Run(found, command, given, 0, possible: uncertain, edgeCallback: null, visited: [], depth: 0);

        // A unit reached both ways is claimed: the claimed entry comes first, and each unit is given once.
        var seen = new HashSet<MappedUnit>(ReferenceEqualityComparer.Instance);
        foreach (var claimed in found.Where(f => f.SelfType is null).Concat(found.Where(f => f.SelfType is not null)))
        {
            if (seen.Add(claimed.Unit))
            {
                results.Add(claimed);
            }
        }
    }

    /// <summary>
    /// Adds what a run in shell-completion mode may run of an application (or of the one command <c>typer.run</c> is
    /// given): the completion functions of its commands' parameters, and the callbacks click runs while it reads them
    /// (as it resolves the command line to complete), each a possible link. No command runs: their callbacks are not
    /// added, whatever the words.
    /// </summary>
    private void AddCompletions(List<(MappedUnit Unit, string? SelfType)> results, string entry)
    {
        if (entry.StartsWith('@'))
        {
            return;
        }

        var found = new List<(MappedUnit Unit, string? SelfType)>();
        Run(found, DefinedCommand(entry), null, 0, possible: true, edgeCallback: null, visited: [], depth: 0);
        var seen = new HashSet<MappedUnit>(ReferenceEqualityComparer.Instance);
        foreach (var (command, _) in found)
        {
            foreach (var declared in ParameterFunctions(command))
            {
                if (declared.Function is { } function && !declared.OnlyWhenNotGiven && seen.Add(function))
                {
                    results.Add((function, Override));
                }
            }

            foreach (var marker in command.Facts.Markers ?? [])
            {
                if (marker.StartsWith(UnitFacts.CommandCompletionMarker, StringComparison.Ordinal)
                    && Resolve(marker[UnitFacts.CommandCompletionMarker.Length..]) is { Facts.Kind: "function" } completes && seen.Add(completes))
                {
                    results.Add((completes, Override));
                }
            }
        }
    }

    /// <summary>A click command re-exported by a package, looked up under the name it was defined with.</summary>
    private string DefinedCommand(string command) => Resolve(command) is { Facts.Kind: "function" } defined ? defined.QualifiedName : command;

    /// <summary>
    /// Reads the words of a run as its call target holds them (see <see cref="UnitFacts.WordSeparator"/>): the words,
    /// <see langword="null"/> when not written out, and whether the test asserts that a run failed.
    /// </summary>
    private static (string[]? Given, bool Failed) ReadWords(string? words)
    {
        var failed = words is { Length: > 0 } && words[0] == UnitFacts.FailedRun;
        words = failed ? words![1..] : words;
        return (words is null || words == UnitFacts.UnknownWord.ToString() ? null : words.Length == 0 ? [] : words.Split(UnitFacts.WordSeparator), failed);
    }

    /// <summary>
    /// A function a command's parameter declares (see <see cref="UnitFacts.CommandCallbackMarker"/>): the project function
    /// it is (<see langword="null"/> for one outside the project), the option's names, whether the option is eager, and
    /// whether it runs only when the parameter is not given (<c>default_factory=</c>).
    /// </summary>
    private readonly record struct ParameterFunction(MappedUnit? Function, string[] Names, bool Eager, bool OnlyWhenNotGiven);

    /// <summary>The functions the parameters of a command's callback declare, read from its markers.</summary>
    private IEnumerable<ParameterFunction> ParameterFunctions(MappedUnit callback)
    {
        foreach (var marker in callback.Facts.Markers ?? [])
        {
            if (marker.StartsWith(UnitFacts.CommandFactoryMarker, StringComparison.Ordinal))
            {
                yield return new ParameterFunction(FunctionNamed(marker[UnitFacts.CommandFactoryMarker.Length..]), [], false, true);
            }
            else if (marker.StartsWith(UnitFacts.CommandCallbackMarker, StringComparison.Ordinal) && marker.IndexOf('\t', StringComparison.Ordinal) is var tab and > 0)
            {
                var names = marker[UnitFacts.CommandCallbackMarker.Length..tab];
                var eager = names.StartsWith('!');
                yield return new ParameterFunction(FunctionNamed(marker[(tab + 1)..]), (eager ? names[1..] : names).Split('|'), eager, false);
            }
        }

        MappedUnit? FunctionNamed(string name) => Resolve(name) is { Facts.Kind: "function" } function ? function : null;
    }

    /// <summary>
    /// Adds what running <paramref name="command"/> with the words from <paramref name="start"/> on runs (see
    /// <see cref="AddInvokedCommands"/>), the command entered through an inclusion whose own callback is
    /// <paramref name="edgeCallback"/> when it has one.
    /// </summary>
    /// <remarks>
    /// With <paramref name="leaves"/>, each command that runs is also added there with the words left to it (after those
    /// naming it).
    /// </remarks>
    private void Run(List<(MappedUnit Unit, string? SelfType)> results, string command, string[]? words, int start, bool possible, string? edgeCallback,
        HashSet<(string, int, bool)> visited, int depth, List<(MappedUnit Unit, string[] Words)>? leaves = null)
    {
        // A command reached again at the same word the same way adds nothing (groups added to themselves, in a cycle).
        if (depth > 8 || !visited.Add((command, words is null ? -1 : start, possible)))
        {
            return;
        }

        var view = CommandsOf(command);
        var function = Resolve(command) is { Facts.Kind: "function" } resolved ? resolved : null;
        var callbacks = new List<MappedUnit>();
        if (function is not null)
        {
            callbacks.Add(function);
        }

        foreach (var callback in edgeCallback is not null ? [edgeCallback] : view.Callbacks)
        {
            if (Resolve(callback) is { Facts.Kind: "function" } unit && !callbacks.Contains(unit))
            {
                callbacks.Add(unit);
            }
        }

        var subcommands = Subcommands(command, 0);
        var isTyper = view.IsTyper;
        if (isTyper && callbacks.Count == 0 && subcommands.Count == 1 && !view.HasIncluded && Resolve(subcommands[0].Target) is { Facts.Kind: "function" })
        {
            // A Typer application with one command, no callback and no application added runs that command without its name.
            Run(results, subcommands[0].Target, words, start, possible, null, visited, depth + 1, leaves);
            return;
        }

        var isGroup = subcommands.Count > 0 || (isTyper && callbacks.Count > 0) || (function?.Facts.MadeBy is { } made && Array.Exists(s_groupMakers, made.EndsWith));
        if (!isGroup)
        {
            if (function is null && callbacks.Count == 0)
            {
                // Neither a function nor an application with anything registered: nothing is known to run.
                return;
            }

            // A single command: it runs unless the words ask for help.
            if (words is null || !Array.Exists(words, s_exitingOptions.Contains))
            {
                AddRunning(results, callbacks, possible || words is null);
                if (leaves is not null && words is not null && !possible)
                {
                    // The command, and the functions its parameters have click run on the same words.
                    var left = words[start..];
                    foreach (var callback in callbacks)
                    {
                        leaves.Add((callback, left));
                        foreach (var declared in ParameterFunctions(callback))
                        {
                            if (!declared.OnlyWhenNotGiven && declared.Function is { } parameterFunction)
                            {
                                leaves.Add((parameterFunction, left));
                            }
                        }
                    }
                }
            }
            else if (Array.FindIndex(words, start, s_exitingOptions.Contains) is var exiting and >= 0)
            {
                AddEager(results, callbacks, words, start, exiting, possible, leaves);
            }

            return;
        }

        var afterOption = false;
        var unknown = words is null;
        for (var i = start; words is not null && i < words.Length; i++)
        {
            var word = words[i];
            if (s_exitingOptions.Contains(word))
            {
                AddEager(results, callbacks, words, start, i, possible, leaves);
                return;
            }

            if (word.Length > 0 && word[0] == UnitFacts.UnknownWord)
            {
                // A word not written out may be the command's name: what follows is not read.
                unknown = true;
                break;
            }

            if (word.Length == 0 || word[0] == '-')
            {
                // An option without `=` may take the next word as its value (`--profile dev`), `--` ends the options.
                afterOption = word.Length > 1 && word != "--" && !word.Contains('=', StringComparison.Ordinal);
                continue;
            }

            var named = subcommands.FindAll(s => Names(s.Name, word, isTyper));
            var guessed = false;
            if (named.Count == 0)
            {
                // Not a command's name: an option's value, or a name the group does not know. A command whose name is not
                // a literal may be the one.
                named = subcommands.FindAll(s => s.Name == "?");
                guessed = named.Count > 0;
                if (named.Count == 0)
                {
                    afterOption = false;
                    continue;
                }
            }

            // A name right after an option may be that option's value: then the command is one named later, or none.
            var maybe = possible || guessed || afterOption || named.Count > 1;
            AddRunning(results, callbacks, possible || guessed || afterOption);
            foreach (var (_, target, through) in named)
            {
                Run(results, target, words, i + 1, maybe, through, visited, depth + 1, leaves);
            }

            if (afterOption)
            {
                // The other reading: the word was the option's value, and a later word names the command.
                Run(results, command, words, i + 1, possible: true, edgeCallback, visited, depth + 1, leaves);
            }

            return;
        }

        // Every word read and none names a command (the group shows its help or fails, unless it runs without one), or
        // words not written out: the group's callbacks may run, and with unknown words any of its commands.
        AddRunning(results, callbacks, possible: true);
        if (unknown)
        {
            foreach (var (_, target, through) in subcommands)
            {
                Run(results, target, null, 0, possible: true, through, visited, depth + 1);
            }
        }
    }

    /// <summary>
    /// Returns the command-line runs of a test (its body, set-up and fixtures) that surely reach a command, each with the
    /// words left to the command after those that name it: runs whose words are written out, read as click and Typer
    /// read them, and not only possibly the command's (a word that may be an option's value, a name not known).
    /// </summary>
    /// <param name="test">The test.</param>
    /// <param name="command">The command's function.</param>
    /// <returns>The runs; empty when none is known.</returns>
    public IReadOnlyList<CommandRun> CommandRuns(MappedTest test, MappedUnit command)
    {
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(command);
        var runs = new List<CommandRun>();
        var yields = ValuesOf(test);
        lock (_gate)
        {
            foreach (var from in new[] { test.Unit }.Concat(test.Setup).Concat(test.Fixtures.Select(f => f.Fixture)))
            {
                foreach (var call in CallsOf(from.Facts))
                {
                    var target = call.Target;
                    var invoked = target.IndexOf('>', StringComparison.Ordinal);
                    var hash = invoked > 0 ? target.LastIndexOf('#', invoked) : -1;
                    if (hash <= 0 || !IsCommandRunner(target[..hash], yields, 0))
                    {
                        continue;
                    }

                    var rest = target[(invoked + 1)..];
                    var wordsAt = rest.IndexOf('>', StringComparison.Ordinal);
                    var (given, failed) = ReadWords(wordsAt < 0 ? null : rest[(wordsAt + 1)..]);
                    if (given is null || Array.Exists(given, w => w.Contains(UnitFacts.UnknownWord, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    var leaves = new List<(MappedUnit Unit, string[] Words)>();
                    foreach (var named in CommandsNamed(wordsAt < 0 ? rest : rest[..wordsAt], yields))
                    {
                        Run([], DefinedCommand(named), given, 0, possible: false, edgeCallback: null, visited: [], depth: 0, leaves);
                    }

                    runs.AddRange(leaves.Where(l => ReferenceEquals(l.Unit.Facts, command.Facts)).Select(l => new CommandRun(l.Words, failed)));
                }
            }
        }

        return runs;
    }

    /// <summary>
    /// Adds the callbacks that run to the targets, with the functions click runs for their parameters before them (a
    /// parameter's <c>callback=</c> or <c>parser=</c>, claimed as the callback is; a <c>default_factory=</c>, which runs
    /// only when the parameter is not given, possible), as possible links when <paramref name="possible"/>.
    /// </summary>
    private void AddRunning(List<(MappedUnit Unit, string? SelfType)> results, List<MappedUnit> callbacks, bool possible)
    {
        Add(results, callbacks, possible);
        foreach (var callback in callbacks)
        {
            foreach (var declared in ParameterFunctions(callback))
            {
                if (declared.Function is { } function)
                {
                    results.Add((function, possible || declared.OnlyWhenNotGiven ? Override : null));
                }
            }
        }
    }

    /// <summary>
    /// Adds, for a run that an option ends before any callback (<c>--version</c>, at <paramref name="at"/> among the
    /// words), the parameter callback the callbacks on the way declare for that option: it is what runs (and exits).
    /// An option that is not eager is read in its turn, after the options given before it on the command line, whose
    /// callbacks then ran (with their words added to <paramref name="leaves"/> when given); the other parameters'
    /// callbacks may have run (possible links).
    /// </summary>
    private void AddEager(List<(MappedUnit Unit, string? SelfType)> results, List<MappedUnit> callbacks, string[] words, int start, int at, bool possible,
        List<(MappedUnit Unit, string[] Words)>? leaves)
    {
        var option = words[at];
        foreach (var callback in callbacks)
        {
            var declared = ParameterFunctions(callback).Where(d => !d.OnlyWhenNotGiven).ToList();
            var own = declared.FindIndex(d => Array.IndexOf(d.Names, option) >= 0);
            if (own < 0)
            {
                continue;
            }

            for (var i = 0; i < declared.Count; i++)
            {
                if ((i != own && declared[own].Eager) || declared[i].Function is not { } function)
                {
                    continue;
                }

                var names = declared[i].Names;
                var givenBefore = i == own || Array.FindIndex(words, start, at - start, w => Array.Exists(names, n => w == n || w.StartsWith(n + "=", StringComparison.Ordinal))) >= 0;
                results.Add((function, possible || !givenBefore ? Override : null));
                if (givenBefore && !possible && i != own)
                {
                    leaves?.Add((function, words[start..]));
                }
            }
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
    /// The commands registered on a group, each with its name (see <see cref="CommandTable"/>) and the callback its
    /// inclusion gives it (<c>add_typer(users, callback=...)</c>): a Typer application added without a name is named by
    /// its maker (<c>Typer(name=...)</c>), and without one lends its own commands to the group, as Typer 0.15 and later do.
    /// </summary>
    private List<(string Name, string Target, string? Callback)> Subcommands(string group, int depth)
    {
        var found = new List<(string Name, string Target, string? Callback)>();
        foreach (var (name, target, callback) in CommandsOf(group).Commands)
        {
            if (name.Length > 0)
            {
                // Added under its function's name (`add_command(real)`): the name its decorator gave it, if one did.
                found.Add((name[0] == '=' && CommandsOf(target).NameOf(target) is { } given ? given : name, target, callback));
            }
            else if (CommandsOf(target).NameOf(target) is { } own)
            {
                found.Add((own, target, callback));
            }
            else if (depth < 8)
            {
                found.AddRange(Subcommands(target, depth + 1));
            }
        }

        return found;
    }

    /// <summary>Tells whether a command registered as <paramref name="name"/> is the one <paramref name="word"/> names.</summary>
    private static bool Names(string name, string word, bool typer)
    {
        if (name.Length == 0 || name[0] != '=')
        {
            return name == word;
        }

        // Named after its function: lower case, `_` made `-` (click and Typer), and for click with 8.2's suffixes dropped.
        var function = name[1..].ToLowerInvariant();
        if (function.Replace('_', '-') == word)
        {
            return true;
        }

        foreach (var suffix in s_commandSuffixes)
        {
            if (!typer && function.Length > suffix.Length && function.EndsWith(suffix, StringComparison.Ordinal) && function[..^suffix.Length].Replace('_', '-') == word)
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
        if (_commandViews.TryGetValue(group, out var known))
        {
            return known;
        }

        _sourceCommands ??= CommandTable.Read(ProjectSourceFiles().Select(f => _index.GetByPath(f)));
        CommandTable? local = null;
        var dot = group.LastIndexOf('.');
        while (dot > 0)
        {
            var module = group[..dot];
            if (_index.Layout.Resolve(module)?.Path is { } path)
            {
                if (!_moduleCommands.TryGetValue(module, out local))
                {
                    local = !_classifier.IsTestCode(path) ? CommandTable.Empty : CommandTable.Read([_index.GetByPath(path)]);
                    _moduleCommands[module] = local;
                }

                break;
            }

            dot = module.LastIndexOf('.');
        }

        // A command registered without a call (`@cli.command`) counts on a click group, which is a decorated function; a
        // Typer application, whatever made it, is an object, and its `command` then registers nothing.
        var view = new CommandView(group, _sourceCommands, local ?? CommandTable.Empty, Resolve(group) is { Facts.Kind: "function" });
        _commandViews[group] = view;
        return view;
    }

    /// <summary>
    /// What the registrations say of one group, from the source modules' table and its own module's; the commands
    /// registered without a call are read when <c>readsBare</c> (the group is a function, as a click group is).
    /// </summary>
    private sealed class CommandView(string group, CommandTable sources, CommandTable local, bool readsBare)
    {
        /// <summary>Gets the commands registered on the group: each one's name, the command or application registered, and the callback its inclusion gives it.</summary>
        public List<(string Name, string Target, string? Callback)> Commands { get; } =
        [
            .. (sources.CommandsOf(group) ?? []).Concat(local.CommandsOf(group) ?? []),

            // `@cli.command` without a call registers the function on a click group only.
            .. readsBare ? (sources.BareCommandsOf(group) ?? []).Concat(local.BareCommandsOf(group) ?? []) : [],
        ];

        /// <summary>
        /// Gets the group's callback: of those it is given (Typer's <c>Typer(callback=...)</c>, <c>@app.callback()</c>),
        /// the one Typer keeps: the last of the highest rank.
        /// </summary>
        public List<string> Callbacks { get; } = LastOfHighestRank([.. (sources.CallbacksOf(group) ?? []).Concat(local.CallbacksOf(group) ?? [])]);

        /// <summary>Gets a value indicating whether the group is a Typer application (made with <c>typer.Typer()</c>).</summary>
        public bool IsTyper { get; } = sources.IsTyper(group) || local.IsTyper(group);

        /// <summary>Gets a value indicating whether an application was added to the group (<c>add_typer</c>): Typer then makes a group of it.</summary>
        public bool HasIncluded => Commands.Exists(c => c.Name.Length == 0 || c.Callback is not null || sources.IsTyper(c.Target) || local.IsTyper(c.Target));

        /// <summary>The name an application was made with (<c>typer.Typer(name="users")</c>), if any.</summary>
        /// <param name="application">The application.</param>
        /// <returns>The name, or <see langword="null"/>.</returns>
        public string? NameOf(string application) => sources.NameOf(application) ?? local.NameOf(application);

        private static List<string> LastOfHighestRank(List<(string Rank, string Callback)> given) =>
            given.Count == 0 ? [] : [given.Last(c => c.Rank == given.Max(g => g.Rank)).Callback];
    }

    /// <summary>The command-line registrations some modules' summaries hold (<c>CLI-</c> entries of their routes), by group.</summary>
    private sealed class CommandTable
    {
        private readonly Dictionary<string, List<(string Name, string Target, string? Callback)>> _commands = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Rank, string Callback)>> _callbacks = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Name, string Target, string? Callback)>> _bare = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        private readonly HashSet<string> _typers = new(StringComparer.Ordinal);

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
                foreach (var entry in (summary?.Routes).ItemsOrNone())
                {
                    if (!entry.StartsWith("CLI-", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var space = entry.IndexOf(' ', StringComparison.Ordinal);
                    var parts = entry[(space + 1)..].Split('\t');
                    switch (entry[..space])
                    {
                        case "CLI-COMMAND" when parts.Length is 3 or 4:
                            Add(table._commands, parts[2], (parts[0], parts[1], parts.Length == 4 ? parts[3] : null));
                            break;
                        case "CLI-BARE" when parts.Length == 3:
                            Add(table._bare, parts[2], (parts[0], parts[1], null));
                            break;
                        case "CLI-CALLBACK" when parts.Length == 3:
                            Add(table._callbacks, parts[2], (parts[0], parts[1]));
                            break;
                        case "CLI-NAMED" when parts.Length == 2:
                            table._names.TryAdd(parts[1], parts[0]);
                            break;
                        case "CLI-TYPER" when parts.Length == 2:
                            table._typers.Add(parts[1]);
                            break;
                    }
                }
            }

            return table;
        }

        /// <summary>The commands registered on a group.</summary>
        /// <param name="group">The group.</param>
        /// <returns>Each command's name, what is registered and the callback its inclusion gives it; <see langword="null"/> for none.</returns>
        public List<(string Name, string Target, string? Callback)>? CommandsOf(string group) => _commands.GetValueOrDefault(group);

        /// <summary>The commands registered on a group by a decorator used without a call (<c>@cli.command</c>), which only click registers.</summary>
        /// <param name="group">The group.</param>
        /// <returns>Each command's name and function; <see langword="null"/> for none.</returns>
        public List<(string Name, string Target, string? Callback)>? BareCommandsOf(string group) => _bare.GetValueOrDefault(group);

        /// <summary>The callbacks given to a group.</summary>
        /// <param name="group">The group.</param>
        /// <returns>Each callback's rank and qualified name, in the order given; <see langword="null"/> for none.</returns>
        public List<(string Rank, string Callback)>? CallbacksOf(string group) => _callbacks.GetValueOrDefault(group);

        /// <summary>The name an application was made with.</summary>
        /// <param name="application">The application.</param>
        /// <returns>The name, or <see langword="null"/>.</returns>
        public string? NameOf(string application) => _names.GetValueOrDefault(application);

        /// <summary>Tells whether a name holds a Typer application made at module level.</summary>
        /// <param name="application">The name.</param>
        /// <returns><see langword="true"/> when it does.</returns>
        public bool IsTyper(string application) => _typers.Contains(application);

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
