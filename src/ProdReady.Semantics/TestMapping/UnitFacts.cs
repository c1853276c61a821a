namespace ProdReady.Semantics.TestMapping;

/// <summary>
/// What the test map needs to know about one function, method or class of a module (or, with
/// <see cref="Kind"/> <c>module</c>, about its top-level code), read from the semantic model and cached with the
/// module's summary. Lists are <see langword="null"/> when empty so that cached summaries stay small.
/// </summary>
/// <remarks>
/// Call targets are strings: a qualified name (<c>pkg.mod.f</c>, resolved through imports and aliases), or a member
/// of a value whose origin is known, <c>ORIGIN#member</c>, where the origin is <c>@call:QN</c> (the result of
/// calling <c>QN</c>: an instance when it names a class), <c>@decl:CLASS</c> (a value annotated with <c>CLASS</c>, maybe of a
/// subclass; <c>CLASS[]</c> for a collection of them, <c>type[CLASS]</c> for the class itself, <c>A;B</c> for a union, any
/// member of which the value may be, <c>(A,B)</c> for a tuple of fixed length), <c>@called:ORIGIN</c> (what calling
/// a value of that origin returns: an instance of the class it holds), <c>@itemN:ORIGIN</c> (the item at position N of a
/// tuple or a collection: a name of an unpacking assignment, or <c>value[N]</c>), <c>@sub:ORIGIN</c> (<c>value[i]</c> at a
/// position not known: an element of a collection), <c>@param:NAME</c> (a parameter, so a fixture in a test),
/// <c>@self:CLASS</c> (<c>self</c> in a method of <c>CLASS</c>), <c>@ret:ORIGIN#method</c> (what a method returns),
/// <c>@attr:ORIGIN#name</c> (an attribute, or what a property's getter returns), <c>@elem:ORIGIN</c> (an element of a collection), <c>@client</c> (a web
/// test client), <c>@localclient</c> (one made with an application the module builds itself, whose routes are not read) or
/// <c>@clientmaker</c> (a callable that makes one: <c>functools.partial(TestClient, ...)</c>). <c>ORIGIN#invoke&gt;COMMAND&gt;WORDS</c> records the command a command-line runner's <c>invoke</c> is given and the words it is run with. A request sent
/// with a test client is <c>ORIGIN|METHOD|/path</c> (<c>ORIGIN|METHOD|*</c> when the path is not a literal). A method looked up
/// by a name made of a constant prefix (<c>getattr(self, f"visit_{kind}")(node)</c>) is <c>ORIGIN#PREFIX*</c>: any method
/// whose name has the prefix (the map reads the request form, which can also end in <c>*</c>, before this one). In a union,
/// an empty member names no class (a built-in) and <c>builtins.function</c> stands for a callable. Marks written before a
/// target: <c>?</c>, a call that may not run when the unit runs; <c>~</c> after it, a callable handed to another call rather
/// than called; <c>!</c> last, a call the test expects to raise.
/// </remarks>
public sealed class UnitFacts
{
    /// <summary>
    /// The marker of a body that makes a web test client (Starlette's, FastAPI's or Flask's, <c>functools.partial</c> of
    /// one, or <c>app.test_client()</c>): the client runs the application's coroutines in an event loop of its own.
    /// </summary>
    public const string WebClientMarker = "web-client";

    /// <summary>
    /// The marker of the application a body makes a web test client with (<c>TestClient(app)</c>, <c>app</c> imported
    /// inside the body), followed by its qualified name: the module that defines it serves the client's requests.
    /// </summary>
    public const string ClientAppMarker = "client-app:";

    /// <summary>
    /// The marker of a FastAPI dependency a function declares (<c>Depends(f)</c>, <c>Security(f)</c>), followed by the
    /// dependency's qualified name: the framework calls it, with arguments it makes, when a request reaches the function.
    /// </summary>
    public const string DependsMarker = "depends:";

    /// <summary>
    /// The marker of a class FastAPI validates a request's value through when the function serves as a path operation or a
    /// dependency (a parameter annotated <c>item: Item</c>), followed by its qualified name. A route decorator's
    /// <c>response_model=Item</c> needs none: a decorator's arguments are callables handed on whenever the function runs.
    /// </summary>
    public const string ValidatesMarker = "validates:";

    /// <summary>
    /// The marker of a function or class coverage.py leaves out of what it measures (<c># pragma: no cover</c> on its
    /// header, or on the header of the class it is defined in): the project chose not to test it.
    /// </summary>
    public const string NoCoverMarker = "no-cover";

    /// <summary>The marker of a method whose body (after its docstring) only raises <c>NotImplementedError</c>.</summary>
    public const string NotImplementedMarker = "not-implemented";

    /// <summary>The marker of a method whose body only declares its signature: a docstring, <c>...</c> or <c>pass</c>.</summary>
    public const string StubMarker = "stub";

    /// <summary>
    /// The marker of a FastAPI annotation alias a function's parameter is annotated with, imported from the module that
    /// defines it (<c>db: SessionDep</c>), followed by the alias's qualified name: its dependencies are read there.
    /// </summary>
    public const string DependsAliasMarker = "depends-alias:";

    /// <summary>
    /// The marker of an exception class a generator catches around its <c>yield</c> (a FastAPI dependency with
    /// <c>yield</c>: what the path operation raises after it is raised there), followed by the class's qualified name.
    /// </summary>
    public const string CatchesAroundYieldMarker = "catches-yield:";

    /// <summary>
    /// The marker of a module's top-level code for what its <c>if __name__ == "__main__":</c> block calls, followed by the
    /// callee's qualified name (<c>main</c>, the <c>app</c> a command-line application is held in, or the function
    /// <c>typer.run</c> is given, after a <c>~</c>): what runs when the module is run as a script.
    /// </summary>
    public const string ScriptEntryMarker = "script-entry:";

    /// <summary>
    /// The start of a call target for a run of a project module as a script in a subprocess
    /// (<c>subprocess.run([sys.executable, mod.__file__, ...])</c>, <c>python -m pkg.mod</c>): <c>@script:MODULE&gt;WORDS</c>,
    /// the words being the arguments after the script's (see <see cref="WordSeparator"/>).
    /// </summary>
    public const string ScriptRunPrefix = "@script:";

    /// <summary>
    /// Written, with the module's name after it, in place of the client in a request's call target (<c>@localclient:MODULE|GET|/</c>)
    /// when the client serves an application the module builds itself (<c>app = Starlette(routes=[...])</c> in a test
    /// module or test function): the request reaches the routes that module declares, not those of the modules it imports.
    /// </summary>
    public const string LocalClientPrefix = "@localclient:";

    /// <summary>
    /// Starts the call target written where test code makes a web test client of an application object or class that is
    /// not one its module builds with a framework (<c>test_client_factory(StaticFiles(...))</c>): <c>@served:APP&gt;MAKER</c>,
    /// the origin of the application and of what makes the client. A request through the client runs the application
    /// (an object's <c>__call__</c>; a class made for each request, and its <c>__await__</c>).
    /// </summary>
    public const string ServedAppPrefix = "@served:";

    /// <summary>Separates the words a command runner's <c>invoke</c> is given in its call target (<c>ORIGIN#invoke&gt;COMMAND&gt;WORDS</c>).</summary>
    public const char WordSeparator = '\u001f';

    /// <summary>Written before the words given to a command runner's <c>invoke</c> when the test asserts that a run failed (a usage error, before any callback ran).</summary>
    public const char FailedRun = '\u0015';

    /// <summary>
    /// Written before the words of a script run in shell-completion mode (the subprocess's environment sets click's
    /// <c>_PROG_COMPLETE</c> variable): the application completes the command line instead of running a command.
    /// </summary>
    public const char CompletionRun = '\u0016';

    /// <summary>Stands for a word given to a command runner's <c>invoke</c> that is not a literal (alone: words not written out).</summary>
    public const char UnknownWord = '\u001a';

    /// <summary>The marker of a command's option that takes a value: <c>cli-option:NAMES</c>, the names joined by <c>|</c>.</summary>
    public const string CommandOptionMarker = "cli-option:";

    /// <summary>The marker of a command's option that takes no value (a flag): <c>cli-flag:NAMES</c>.</summary>
    public const string CommandFlagMarker = "cli-flag:";

    /// <summary>
    /// The marker of a command's parameter that defaults to an edge value: <c>cli-edge:NAMES</c> for an option,
    /// <c>cli-edge:#N</c> for the command's positional argument at position N (from 0). A command with such a parameter
    /// carries the markers of all its options, so that a run's words can be read.
    /// </summary>
    public const string CommandEdgeMarker = "cli-edge:";

    /// <summary>
    /// The marker of a function click runs while it reads a command's parameter, whether or not the parameter is given
    /// (<c>callback=</c>, Typer's <c>parser=</c>): <c>cli-callback:NAMES\tFUNCTION</c>, with the option's names (none for
    /// an argument; <c>!</c> before them for an eager option), so that an option that exits (<c>--version</c>) still runs
    /// its own callback.
    /// </summary>
    public const string CommandCallbackMarker = "cli-callback:";

    /// <summary>The marker of a function Typer runs for a parameter's default when it is not given (<c>default_factory=</c>): <c>cli-factory:FUNCTION</c>.</summary>
    public const string CommandFactoryMarker = "cli-factory:";

    /// <summary>
    /// The marker of a function a command's parameter gives for shell completion (Typer's <c>autocompletion=</c>, click's
    /// <c>shell_complete=</c>): <c>cli-complete:FUNCTION</c>. It runs only when the application completes a command line.
    /// </summary>
    public const string CommandCompletionMarker = "cli-complete:";

    /// <summary>Gets the dotted name inside the module (<c>f</c>, <c>Cart.total</c>); empty for the module's top-level code.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the kind: <c>function</c>, <c>method</c>, <c>class</c>, <c>nested</c> (a function inside a function) or <c>module</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the 1-based line of the definition (its first decorator excluded).</summary>
    public int Line { get; init; }

    /// <summary>Gets the 1-based column of the name.</summary>
    public int Column { get; init; }

    /// <summary>Gets the 1-based last line of the definition.</summary>
    public int EndLine { get; init; }

    /// <summary>Gets the 1-based first line of the definition, decorators included.</summary>
    public int StartLine { get; init; }

    /// <summary>Gets a value indicating whether it is an <c>async def</c>.</summary>
    public bool IsAsync { get; init; }

    /// <summary>Gets the parameters, <c>self</c>/<c>cls</c> of methods excluded, with <c>=</c> appended to those with a default.</summary>
    public List<string>? Parameters { get; init; }

    /// <summary>Gets the qualified names of the decorators (the called name for a decorator call).</summary>
    public List<string>? Decorators { get; init; }

    /// <summary>Gets the qualified names of the bases of a class.</summary>
    public List<string>? Bases { get; init; }

    /// <summary>Gets, for a decorated function, the origin of what its outermost decorator makes of it (<c>@call:click.command</c>), in the call-target form.</summary>
    public string? MadeBy { get; init; }

    /// <summary>Gets the attributes a method assigns to <c>self</c> (or a class body annotates), each <c>name=ORIGIN</c> in the call-target form.</summary>
    public List<string>? Attributes { get; init; }

    /// <summary>Gets the qualified name of the return annotation, when it names a class or alias (<c>X[]</c> for a collection of <c>X</c>, <c>type[X]</c> for the class <c>X</c> itself, <c>A;B</c> for a union, <c>(A,B)</c> for a tuple of fixed length).</summary>
    public string? Returns { get; init; }

    /// <summary>Gets what the body calls, references as an argument, or reads from a value of known origin (see the remarks).</summary>
    public List<string>? Calls { get; init; }

    /// <summary>
    /// Gets the positions in <see cref="Calls"/> of the calls made only in branches that test the platform (<c>sys.platform</c>,
    /// <c>platform.system()</c>...): they run on some platforms only.
    /// </summary>
    public List<int>? PlatformCalls { get; init; }

    /// <summary>Gets the positions in <see cref="Calls"/> of the calls made without any argument, so that every parameter of the callee takes its default.</summary>
    public List<int>? BareCalls { get; init; }

    /// <summary>Gets the qualified names of the exceptions raised explicitly or listed under <c>Raises:</c> in the docstring.</summary>
    public List<string>? Raises { get; init; }

    /// <summary>Gets the external dependencies called directly, as <c>kind:qualified.name</c> (kinds: network, database, subprocess, clock, files).</summary>
    public List<string>? Effects { get; init; }

    /// <summary>Gets the numbers the body compares against (boundary constants), in invariant text.</summary>
    public List<string>? Boundaries { get; init; }

    /// <summary>Gets the exceptions the body (or its decorators) expects: <c>pytest.raises</c>, <c>assertRaises</c>.</summary>
    public List<string>? Expects { get; init; }

    /// <summary>Gets the largest number of cases of a <c>parametrize</c> table on the definition.</summary>
    public int Cases { get; init; }

    /// <summary>Gets the parameter names a <c>parametrize</c> table of the definition supplies.</summary>
    public List<string>? Parametrized { get; init; }

    /// <summary>
    /// Gets where the values a <c>parametrize</c> table supplies come from, each <c>name=ORIGIN</c> in the call-target form
    /// (<c>obj=@call:pkg.Cart</c> for a cell <c>Cart(...)</c>, <c>func=pkg.total</c> for a callable).
    /// </summary>
    public List<string>? ParameterValues { get; init; }

    /// <summary>Gets a value indicating whether a call of the body passes an edge value (empty, zero, negative, <see langword="null"/>).</summary>
    public bool EdgeValues { get; init; }

    /// <summary>Gets the numbers the body passes as call arguments, in invariant text.</summary>
    public List<string>? Numbers { get; init; }

    /// <summary>Gets what the body replaces: <c>patch:TARGET</c> for patched names, <c>tool:NAME</c> for mocking or isolation tools.</summary>
    public List<string>? Mocks { get; init; }

    /// <summary>
    /// Gets where the values of the body's non-deterministic calls (<c>random.random</c>, <c>time.time</c>...) go: a source
    /// alone when its value decides an assertion of the body; <c>SOURCE@return</c> or <c>SOURCE@self.NAME</c> when it is
    /// returned or kept on the instance (and <c>self.OTHER@self.NAME</c> when an attribute is kept under another name);
    /// <c>?self.NAME</c>, <c>?param:NAME</c> or <c>?call:QUALIFIED</c> when an attribute, a parameter or a helper of the
    /// module decides an assertion, to be joined with what the unit providing it says; <c>~self.NAME</c>, <c>~param:NAME</c> or
    /// <c>~call:QUALIFIED</c> when it is checked alone (or against <c>None</c>, <c>True</c>, <c>False</c>, or by a handler that
    /// fails the test when a call it is passed to raises), which decides only if what it carries reads the clock.
    /// </summary>
    public List<string>? Nondeterminism { get; init; }

    /// <summary>Gets a value indicating whether the body (or a decorator) seeds or freezes randomness or the clock.</summary>
    public bool Seeds { get; init; }

    /// <summary>Gets a value indicating whether the body asserts: <c>assert</c>, <c>pytest.raises</c>/<c>warns</c>, an <c>assert*</c> method, <c>fail</c>.</summary>
    public bool Asserts { get; init; }

    /// <summary>Gets the markers of the definition: <c>skip</c>, <c>skip-no-reason</c>, <c>xfail-no-reason</c>, <c>async</c>, <c>autouse</c>, <c>fixture</c>, <c>fixture:NAME</c>, <c>usefixtures:NAME</c>, <c>given</c>, <c>patched</c>, <c>abstract</c>, <c>overload</c>, <c>no-data-inputs</c> (no parameter takes plain data), <c>edge-default</c> (a parameter defaults to an edge value: <c>None</c>, empty, zero, negative), <c>succeeded-output</c> (every runner output the body reads is of a run it asserts succeeded), and a command's parameters when one defaults to an edge value (<see cref="CommandEdgeMarker"/>).</summary>
    public List<string>? Markers { get; init; }

    /// <summary>Gets the origins of the values the body returns or yields (for fixtures), in the call-target form.</summary>
    public List<string>? Yields { get; init; }

    /// <summary>Gets a value indicating whether the body calls through names the model cannot follow (<c>getattr</c>, a method of a value of unknown origin).</summary>
    public bool Dynamic { get; init; }

    /// <summary>Gets a value indicating whether the body runs a coroutine in an event loop (<c>asyncio.run</c>, <c>run_until_complete</c>, <c>anyio.run</c>).</summary>
    public bool RunsLoop { get; init; }

    /// <summary>Tells whether the markers hold <paramref name="marker"/>.</summary>
    /// <param name="marker">The marker.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Has(string marker) => Markers is { } markers && markers.Contains(marker);
}
