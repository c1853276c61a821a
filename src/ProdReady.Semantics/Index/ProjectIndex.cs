using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ProdReady.Python;
using ProdReady.Python.Text;
using ProdReady.Semantics.Model;
using ProdReady.Semantics.Project;

namespace ProdReady.Semantics.Index;

/// <summary>
/// The project's modules as other files see them, summarized on demand: a file is read and parsed only when a rule
/// asks about its module, and its summary is cached on disk keyed by a hash of its module name and bytes, so the next
/// run reads the summary instead of parsing. A cache entry that does not read back, or whose key does not match, is
/// rebuilt and never trusted; entries are written to a temporary file and renamed into place, so concurrent runs never
/// see half an entry. Safe to share between threads: each module is summarized at most once per run.
/// </summary>
public sealed class ProjectIndex
{
    /// <summary>The cache folder's name; it holds a <c>.gitignore</c> that ignores everything in it.</summary>
    public const string CacheFolderName = ".prodready_cache";

    /// <summary>The format of the cached summaries: part of every content hash, and of the test map record's key.</summary>
    internal const string FormatVersion = "summaries-v81";

    /// <summary>
    /// From this many deferred summaries on, they are written as one packed file rather than a file each: a first run
    /// writes a summary per file, and creating the files costs more than writing them (638 files of a small project took
    /// a quarter of a second at the end of its first run).
    /// </summary>
    private const int SummariesPerPack = 32;

    private readonly string _root;
    private readonly ProjectLayout _layout;
    private readonly Func<string, SemanticOptions> _optionsFor;
    private readonly string? _cacheDirectory;
    private readonly ConcurrentDictionary<string, Lazy<ModuleSummary?>> _summaries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ModuleSummary> _published = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _served = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ModuleSummary> _publishedByPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ModuleSummary?>> _byPath = new(StringComparer.Ordinal);

    /// <summary>The cache's two-character subfolders known to exist in this run (the empty key: the cache folder itself).</summary>
    private readonly ConcurrentDictionary<string, bool> _cacheFolders = new(StringComparer.Ordinal);
    private volatile Func<string, bool>? _analyzeNow;

    /// <summary>Guards <see cref="_deferred"/> and <see cref="_deferredWrite"/>.</summary>
    private readonly Lock _deferGate = new();

    /// <summary>The summaries made by analysed files and not written yet, while writes are deferred.</summary>
    private List<ModuleSummary>? _deferred;

    /// <summary>The write of the deferred summaries, once started.</summary>
    private Task? _deferredWrite;

    /// <summary>The packed summaries in the cache, their tables read on the first lookup; <see langword="null"/> without a cache.</summary>
    private readonly Lazy<SummaryPacks>? _packs;
    private int _parsed;
    private int _cacheHits;

    private readonly IReadOnlyList<string>? _coverageExclusions;
    private readonly TestMapping.CoverageExclusion _exclusion = TestMapping.CoverageExclusion.Default;
    private readonly string _hashPrefix = FormatVersion + "\0";

    /// <summary>Initializes a new instance of the <see cref="ProjectIndex"/> class.</summary>
    /// <param name="root">The project root (the folder the layout's paths are relative to).</param>
    /// <param name="layout">Which module each file is.</param>
    /// <param name="optionsFor">The semantic-model options of a file, by its path relative to the root.</param>
    /// <param name="useCache">Whether to read and write the on-disk cache under <paramref name="root"/>.</param>
    /// <param name="collectTestFacts">
    /// Whether summaries record what each function calls (the test map's input). Off, summaries are cheaper, and a cached
    /// summary without those facts still serves; on, such a summary is made again from its file.
    /// </param>
    public ProjectIndex(string root, ProjectLayout layout, Func<string, SemanticOptions> optionsFor, bool useCache = true, bool collectTestFacts = true)
    {
        CollectsTestFacts = collectTestFacts;
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(optionsFor);
        _root = Path.GetFullPath(root);
        _layout = layout;
        _optionsFor = optionsFor;
        _cacheDirectory = useCache ? Path.Combine(_root, CacheFolderName, FormatVersion) : null;
        var folder = _cacheDirectory;
        _packs = folder is null ? null : new Lazy<SummaryPacks>(() => SummaryPacks.Load(folder), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Gets a value indicating whether the summaries analysed files make are written to the cache only once
    /// <see cref="StartDeferredWrites"/> is called (on a thread of its own), rather than by the analysing threads. A
    /// first whole-tree run with the test map's facts writes a summary per file; deferred, those writes run while the
    /// test map follows its tests on one thread, on a processor that would otherwise wait. The caller then awaits
    /// <see cref="FlushDeferredWritesAsync"/> before it ends; a run that fails before may leave them unwritten (the cache
    /// only makes the next run quicker).
    /// </summary>
    public bool DefersCacheWrites { get; init; }

    /// <summary>
    /// Gets the project's own coverage exclusion expressions (<see cref="Project.CoverageScope.ExclusionPatterns"/>), or
    /// <see langword="null"/> for coverage.py's default comment. The facts read them, so they are part of every summary's key.
    /// </summary>
    public IReadOnlyList<string>? CoverageExclusions
    {
        get => _coverageExclusions;
        init
        {
            _coverageExclusions = value;
            _exclusion = TestMapping.CoverageExclusion.From(value);
            _hashPrefix = value is null ? FormatVersion + "\0" : FormatVersion + "\0exclude\0" + string.Join('\n', value) + "\0";
        }
    }

    /// <summary>Gets a value indicating whether summaries record what each function calls, for the test map.</summary>
    public bool CollectsTestFacts { get; }

    /// <summary>Gets the layout the index resolves modules with.</summary>
    public ProjectLayout Layout => _layout;

    /// <summary>Gets how many files this index parsed (cache misses).</summary>
    public int ParsedCount => Volatile.Read(ref _parsed);

    /// <summary>Gets how many summaries were read from the cache.</summary>
    public int CacheHitCount => Volatile.Read(ref _cacheHits);

    /// <summary>
    /// Lists the content hashes of the summaries this run made, published or read (so far): those the cache keeps besides
    /// the current files' (see <see cref="CacheHousekeeping"/>).
    /// </summary>
    /// <returns>The hashes, each once.</returns>
    public IReadOnlySet<string> SummaryHashesInUse()
    {
        var hashes = new HashSet<string>(_served.Keys, StringComparer.Ordinal);
        foreach (var summary in _publishedByPath.Values)
        {
            hashes.Add(summary.Hash);
        }

        foreach (var loaded in _summaries.Values.Concat(_byPath.Values))
        {
            if (loaded.IsValueCreated && loaded.Value is { } summary)
            {
                hashes.Add(summary.Hash);
            }
        }

        return hashes;
    }

    /// <summary>Returns the summary of a project module, reading, parsing or loading it from the cache on first use.</summary>
    /// <param name="module">The absolute dotted module name.</param>
    /// <returns>The summary, or <see langword="null"/> when the module is not a project module with a file (a namespace package has none).</returns>
    public ModuleSummary? Get(string module)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (_published.TryGetValue(module, out var published))
        {
            // A module being analysed publishes its summary before its rules run, so they may ask about it themselves.
            return Served(published);
        }

        // Most questions are about a module asked about before: answer those without building the factory closures.
        if (_summaries.TryGetValue(module, out var known))
        {
            return known.Value;
        }

        return _summaries.GetOrAdd(module, name => new Lazy<ModuleSummary?>(() => Load(name), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>
    /// Records the summary of a module whose model the caller built anyway (a file the engine analyses), so that no
    /// question about it costs a second parse; it is written to the cache when another file first asks for it. With the
    /// test map's facts, a summary an earlier run cached for the same contents is read back instead of made again, and a
    /// new one is cached at once.
    /// </summary>
    /// <param name="model">The module's model; its options name the module.</param>
    /// <param name="path">The file's path relative to the project root.</param>
    /// <param name="parsed">Whether the file parsed without error.</param>
    public void Publish(SemanticModel model, string path, bool parsed)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(path);
        if (model.Options.ModuleName is not { } module)
        {
            return;
        }

        var hash = Hash(module, model.Source.Text);
        ModuleSummary summary;
        if (CollectsTestFacts && ReadCache(hash) is { } cached && cached.Module == module && cached.Path == path && cached.Units is not null && cached.Parsed == parsed)
        {
            // The test map's facts are the costliest part of a summary, and they depend on the contents alone: a file
            // summarized by an earlier run is read back instead of walked again.
            Interlocked.Increment(ref _cacheHits);
            summary = cached;
        }
        else
        {
            summary = ModuleSummarizer.Summarize(model, path, hash, parsed, CollectsTestFacts, _exclusion);
            if (CollectsTestFacts && _served.TryAdd(summary.Hash, true) && !Defer(summary))
            {
                // Every file's facts are read by the test map (test modules too, which nothing imports): kept for the next run.
                WriteCache(summary, replace: false);
            }
        }

        _publishedByPath.TryAdd(path, summary);
        if (_layout.Resolve(module)?.Path == path)
        {
            _published.TryAdd(module, summary);
        }
    }

    /// <summary>Gets a value indicating whether the deferred writes were started (by <see cref="StartDeferredWrites"/> or a flush).</summary>
    public bool DeferredWritesStarted
    {
        get
        {
            lock (_deferGate)
            {
                return _deferredWrite is not null;
            }
        }
    }

    /// <summary>
    /// Starts writing the summaries whose writes were deferred, on a thread of its own; later summaries are written as
    /// they are made. Does nothing when writes are not deferred or were started already.
    /// </summary>
    public void StartDeferredWrites()
    {
        lock (_deferGate)
        {
            if (!DefersCacheWrites || _deferredWrite is not null)
            {
                return;
            }

            var pending = _deferred ?? [];
            _deferred = null;
            _deferredWrite = pending.Count == 0 ? Task.CompletedTask : Task.Run(() => WriteDeferred(pending));
        }
    }

    /// <summary>Writes the deferred summaries (starting their write if nothing did) and waits until they are written.</summary>
    /// <returns>A task that completes when every deferred summary is written, or could not be (the cache is an accelerator).</returns>
    public Task FlushDeferredWritesAsync()
    {
        StartDeferredWrites();
        lock (_deferGate)
        {
            return _deferredWrite ?? Task.CompletedTask;
        }
    }

    /// <summary>Keeps a summary to write later, while writes are deferred and not started.</summary>
    /// <returns><see langword="false"/> when the summary is to be written now.</returns>
    private bool Defer(ModuleSummary summary)
    {
        if (!DefersCacheWrites || _cacheDirectory is null)
        {
            return false;
        }

        lock (_deferGate)
        {
            if (_deferredWrite is not null)
            {
                return false;
            }

            (_deferred ??= []).Add(summary);
            return true;
        }
    }

    /// <summary>
    /// Returns the summary of a project file by its path, whether or not its module name resolves from the source
    /// roots (a test module beside its tests is named from its own import root): the published summary of a file the
    /// run analysed, else the cached one, else the file is read and summarized.
    /// </summary>
    /// <param name="path">The file, relative to the project root.</param>
    /// <returns>The summary, or <see langword="null"/> when the file has no module name or cannot be read.</returns>
    public ModuleSummary? GetByPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (_publishedByPath.TryGetValue(path, out var published))
        {
            return published;
        }

        if (_layout.GetModuleName(path) is not { } module)
        {
            return null;
        }

        if (_layout.Resolve(module)?.Path == path)
        {
            return Get(module);
        }

        return _byPath.GetOrAdd(path, key => new Lazy<ModuleSummary?>(() => LoadFile(module, key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>
    /// Lets an analysis run serve summaries of the files it analyses: asked for a module whose file the run has not
    /// reached yet, the index calls <paramref name="analyzeNow"/> with the file's path, which analyses it at once (or
    /// waits until another thread has built its model) and returns <see langword="true"/>, or returns
    /// <see langword="false"/> for a file outside the run. Each file of a run is then parsed exactly once.
    /// </summary>
    /// <param name="analyzeNow">The run's callback.</param>
    /// <returns>A handle that detaches the callback when disposed.</returns>
    public IDisposable Attach(Func<string, bool> analyzeNow)
    {
        ArgumentNullException.ThrowIfNull(analyzeNow);
        _analyzeNow = analyzeNow;
        return new Detach(this, analyzeNow);
    }

    /// <summary>
    /// Tells whether a project module defines a name at top level: bound there, listed by a star import it makes, or
    /// served by its module-level <c>__getattr__</c>; a submodule of a package counts too.
    /// </summary>
    /// <param name="module">The absolute dotted module name.</param>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> or <see langword="false"/> when known; <see langword="null"/> when the module cannot be read or what it defines cannot be known statically.</returns>
    public bool? Defines(string module, string name)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(name);
        return Defines(module, name, new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>Tells whether a project module writes its namespace or <c>sys.modules</c> in ways the model cannot follow (its names and submodules are then not all known).</summary>
    /// <param name="module">The absolute dotted module name.</param>
    /// <returns><see langword="true"/> when its summary says so.</returns>
    public bool IsDynamic(string module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return Get(module) is { } summary && (summary.HasDynamicGlobals || summary.InstallsModules);
    }

    /// <summary>Tells whether a project class (by qualified name) or one of its bases defines a method.</summary>
    /// <param name="qualifiedClass">The class's qualified name (<c>package.module.Class</c>).</param>
    /// <param name="method">The method name.</param>
    /// <returns><see langword="true"/> or <see langword="false"/> when known; <see langword="null"/> when the class, or one of its bases, is not a project class.</returns>
    public bool? ClassDefines(string qualifiedClass, string method)
    {
        ArgumentNullException.ThrowIfNull(qualifiedClass);
        ArgumentNullException.ThrowIfNull(method);
        return ClassDefines(qualifiedClass, method, new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>Returns the summary of a module-level project class by its qualified name.</summary>
    /// <param name="qualifiedClass">The class's qualified name (<c>package.module.Class</c>).</param>
    /// <returns>The class's summary, or <see langword="null"/> when it is not a module-level class of a project module.</returns>
    public ClassSummary? ClassOf(string qualifiedClass)
    {
        ArgumentNullException.ThrowIfNull(qualifiedClass);
        var dot = qualifiedClass.LastIndexOf('.');
        return dot > 0 && Get(qualifiedClass[..dot]) is { } summary && summary.Classes.TryGetValue(qualifiedClass[(dot + 1)..], out var type) ? type : null;
    }

    /// <summary>
    /// Tells whether the nearest definition of a method in a project class or its bases (searched in base order) has a
    /// docstring, which an override without one inherits.
    /// </summary>
    /// <param name="qualifiedClass">The class's qualified name (<c>package.module.Class</c>).</param>
    /// <param name="method">The method name.</param>
    /// <returns><see langword="true"/> when the definition found is documented; <see langword="false"/> when it is not, or none was found.</returns>
    public bool MethodDocumented(string qualifiedClass, string method)
    {
        ArgumentNullException.ThrowIfNull(qualifiedClass);
        ArgumentNullException.ThrowIfNull(method);
        return MethodDocumented(qualifiedClass, method, new HashSet<string>(StringComparer.Ordinal)) == true;
    }

    private bool? MethodDocumented(string qualifiedClass, string method, HashSet<string> seen)
    {
        var dot = qualifiedClass.LastIndexOf('.');
        if (!seen.Add(qualifiedClass) || dot <= 0 || Get(qualifiedClass[..dot]) is not { } summary
            || !summary.Classes.TryGetValue(qualifiedClass[(dot + 1)..], out var type))
        {
            return null;
        }

        if (type.Methods.Contains(method))
        {
            return type.DocumentedMethods.Contains(method);
        }

        foreach (var baseClass in type.Bases)
        {
            if (baseClass.Length > 0 && MethodDocumented(baseClass, method, seen) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private bool? Defines(string module, string name, HashSet<string> seen)
    {
        if (!seen.Add(module))
        {
            return false;
        }

        var info = _layout.Resolve(module);
        if (info is null)
        {
            return null;
        }

        if (info.IsPackage && _layout.ModuleExists(module + "." + name))
        {
            return true;
        }

        if (info.Path is null)
        {
            return info.Kind == ModuleKind.NamespacePackage ? false : null;
        }

        if (Get(module) is not { } summary)
        {
            return null;
        }

        if (summary.Names.Contains(name) || summary.TypeCheckingNames.Contains(name)
            || Environment.StandardLibrary.IsModuleGlobal(name, info.IsPackage))
        {
            return true;
        }

        if (summary.HasGetattr || summary.HasDynamicGlobals || !summary.Parsed)
        {
            return null;
        }

        var unknown = false;
        foreach (var star in summary.StarImports)
        {
            if (star.Length == 0)
            {
                unknown = true;
                continue;
            }

            var answer = Defines(star, name, seen);
            if (answer == true)
            {
                return true;
            }

            unknown |= answer is null;
        }

        return unknown ? null : false;
    }

    private bool? ClassDefines(string qualifiedClass, string method, HashSet<string> seen)
    {
        if (!seen.Add(qualifiedClass))
        {
            return false;
        }

        var dot = qualifiedClass.LastIndexOf('.');
        if (dot <= 0 || Get(qualifiedClass[..dot]) is not { } summary || !summary.Classes.TryGetValue(qualifiedClass[(dot + 1)..], out var type))
        {
            return null;
        }

        if (type.Methods.Contains(method))
        {
            return true;
        }

        var unknown = false;
        foreach (var baseClass in type.Bases)
        {
            if (baseClass is "builtins.object" or "typing.Generic" or "typing.Protocol" or "abc.ABC" or "typing_extensions.Protocol")
            {
                continue;
            }

            var answer = baseClass.Length == 0 ? null : ClassDefines(baseClass, method, seen);
            if (answer == true)
            {
                return true;
            }

            unknown |= answer is null;
        }

        return unknown ? null : false;
    }

    private ModuleSummary? Load(string module)
    {
        var info = _layout.Resolve(module);
        if (info?.Path is not { } path)
        {
            return null;
        }

        if (_published.TryGetValue(module, out var published)
            || (_analyzeNow?.Invoke(path) == true && _published.TryGetValue(module, out published)))
        {
            return Served(published);
        }

        return LoadFile(module, path);
    }

    private ModuleSummary? LoadFile(string module, string path)
    {
        if (_analyzeNow?.Invoke(path) == true && _publishedByPath.TryGetValue(path, out var analysed))
        {
            return Served(analysed);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path.Combine(_root, path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (PythonSourceDecoder.Decode(bytes, path).Text is not { } text)
        {
            return null;
        }

        var hash = Hash(module, text.Text);
        if (ReadCache(hash) is { } cached && cached.Module == module && cached.Path == path && (!CollectsTestFacts || cached.Units is not null))
        {
            Interlocked.Increment(ref _cacheHits);
            return cached;
        }

        Interlocked.Increment(ref _parsed);
        var parse = PythonParser.Parse(text);
        var summary = ModuleSummarizer.Summarize(SemanticModel.Build(parse, _optionsFor(path)), path, hash, parse.Success, CollectsTestFacts, _exclusion);
        WriteCache(summary, replace: true);
        return summary;
    }

    /// <summary>
    /// Caches a published summary the first time another file asks for it: only modules that are imported are worth
    /// keeping for the next run, and a whole-tree run then writes far fewer entries than it analyses files.
    /// </summary>
    private ModuleSummary Served(ModuleSummary summary)
    {
        // Asked on every lookup of a module: a lock-free read first, since adding takes the dictionary's lock.
        if (!_served.ContainsKey(summary.Hash) && _served.TryAdd(summary.Hash, true))
        {
            WriteCache(summary, replace: false);
        }

        return summary;
    }

    private string Hash(string module, string text)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(_hashPrefix + module + "\0"));
        sha.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>
    /// Reads the summary an earlier run cached for some contents, by the hash it names them with (see
    /// <see cref="ModuleSummary.Hash"/>): the test map compares a file's outline with the one it recorded this way.
    /// </summary>
    /// <param name="hash">The summary's hash.</param>
    /// <returns>The summary, or <see langword="null"/> when the cache does not hold it.</returns>
    internal ModuleSummary? CachedSummary(string hash) => hash.Length > 2 ? ReadCache(hash) : null;

    private ModuleSummary? ReadCache(string hash)
    {
        if (_cacheDirectory is null)
        {
            return null;
        }

        if (_packs!.Value.Read(hash) is { } packed && SummaryCodec.Decode(packed) is { } fromPack && fromPack.Hash == hash)
        {
            return fromPack;
        }

        var file = Path.Combine(_cacheDirectory, hash[..2], hash + ".bin");
        try
        {
            if (!File.Exists(file))
            {
                return null;
            }

            var summary = SummaryCodec.Decode(File.ReadAllBytes(file));
            return summary is not null && summary.Hash == hash ? summary : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the deferred summaries: one packed file for many, else a file each.</summary>
    private void WriteDeferred(List<ModuleSummary> pending)
    {
        var encoded = pending.Count >= SummariesPerPack ? new List<(string Hash, byte[] Encoded)>(pending.Count) : null;
        foreach (var summary in pending)
        {
            try
            {
                if (encoded is null)
                {
                    WriteCache(summary, replace: false);
                }
                else
                {
                    encoded.Add((summary.Hash, SummaryCodec.Encode(summary)));
                }
            }
            catch (Exception e)
            {
                // Not a disk's refusal (those are the cache's own business): a summary that cannot be encoded.
                throw new InvalidOperationException($"Writing the cached summary of {summary.Path} failed: {e.Message}", e);
            }
        }

        if (encoded is null)
        {
            return;
        }

        try
        {
            EnsureCacheFolder();
            Directory.CreateDirectory(_cacheDirectory!);
            CacheFile.WriteByRename(SummaryPacks.NewFile(_cacheDirectory!), SummaryPacks.Encode(encoded));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache is an accelerator: a read-only or full disk costs speed, never correctness.
        }
    }

    /// <summary>Writes a summary to the cache; <paramref name="replace"/> overwrites an entry that did not read back.</summary>
    private void WriteCache(ModuleSummary summary, bool replace)
    {
        if (_cacheDirectory is null)
        {
            return;
        }

        try
        {
            if (!replace && _packs!.Value.Contains(summary.Hash))
            {
                // Keyed by content, like a file of its own: a pack that lists it holds this summary.
                return;
            }

            EnsureCacheFolder();
            var folder = Path.Combine(_cacheDirectory, summary.Hash[..2]);
            if (!_cacheFolders.ContainsKey(summary.Hash[..2]))
            {
                // Created before it is marked: a writer on another thread that sees the mark finds the folder there.
                Directory.CreateDirectory(folder);
                _cacheFolders.TryAdd(summary.Hash[..2], true);
            }

            var target = Path.Combine(folder, summary.Hash + ".bin");
            if (!replace && File.Exists(target))
            {
                // Keyed by content: an entry that exists holds this summary, or is rebuilt by the next miss that reads it.
                return;
            }

            CacheFile.WriteByRename(target, SummaryCodec.Encode(summary));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache is an accelerator: a read-only or full disk costs speed, never correctness.
        }
    }

    private void EnsureCacheFolder()
    {
        if (_cacheFolders.ContainsKey(string.Empty))
        {
            return;
        }

        EnsureCacheRoot(_root);
        _cacheFolders.TryAdd(string.Empty, true);
    }

    /// <summary>Creates the cache folder of a project root, with a <c>.gitignore</c> that ignores everything in it, unless it exists.</summary>
    /// <param name="root">The project root.</param>
    /// <exception cref="IOException">The folder or its <c>.gitignore</c> cannot be written.</exception>
    public static void EnsureCacheRoot(string root)
    {
        var folder = Path.Combine(root, CacheFolderName);
        var ignore = Path.Combine(folder, ".gitignore");
        if (!File.Exists(ignore))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(ignore, "# Created by prodready: the summary cache is rebuilt when missing.\n*\n");
        }
    }

    /// <summary>Detaches a run's callback, unless another run attached its own since.</summary>
    private sealed class Detach(ProjectIndex index, Func<string, bool> analyzeNow) : IDisposable
    {
        public void Dispose() => Interlocked.CompareExchange(ref index._analyzeNow, null, analyzeNow);
    }
}
