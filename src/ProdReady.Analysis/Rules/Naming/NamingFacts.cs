using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Python.Syntax;
using ProdReady.Semantics.Environment;
using ProdReady.Semantics.Model;

namespace ProdReady.Analysis.Rules.Naming;

/// <summary>The naming conventions of PEP 8, and whether a method's name is given by a base class it overrides.</summary>
internal static class NamingFacts
{
    /// <summary>
    /// Standard-library classes whose methods are not all snake_case, with the names of those methods; a name ending in
    /// <c>*</c> is a prefix the class dispatches on (<c>visit_*</c>, <c>do_*</c>).
    /// </summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>> s_standardMethods = BuildStandardMethods();

    /// <summary>Top-level standard-library modules that define methods outside snake_case; their other classes are not known to be complete.</summary>
    private static readonly FrozenSet<string> s_camelCaseModules = new[]
    {
        "unittest", "logging", "xml", "threading", "tkinter", "idlelib", "turtle", "turtledemo", "ctypes", "test", "multiprocessing", "asyncio",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Tells whether a name is one unittest looks up by name (<c>setUp</c>, <c>tearDownModule</c>, <c>maxDiff</c>...):
    /// code that defines or fetches it must spell it as unittest does.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> for a unittest protocol name.</returns>
    public static bool IsUnittestProtocolName(string name) => name is "setUp" or "tearDown" or "setUpClass" or "tearDownClass"
        or "setUpModule" or "tearDownModule" or "asyncSetUp" or "asyncTearDown" or "setUpTestData" or "maxDiff" or "longMessage" or "failureException";

    /// <summary>Tells whether a name is snake_case (no upper-case letter; PEP 8's functions, methods, variables, parameters).</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when it has no upper-case letter.</returns>
    public static bool IsSnakeCase(string name)
    {
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether a name is CapWords (leading underscores aside: an upper-case first letter and no underscore).</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> for CapWords.</returns>
    public static bool IsCapWords(string name)
    {
        var stripped = name.AsSpan().TrimStart('_');
        if (stripped.Length == 0 || (char.IsUpper(stripped[0]) && !stripped.Contains('_')))
        {
            return true;
        }

        foreach (var c in stripped)
        {
            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether a name is mixedCase (leading underscores aside: a lower-case first letter, and an upper-case letter right after a lower-case one).</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> for mixedCase.</returns>
    public static bool IsMixedCase(string name)
    {
        var stripped = name.AsSpan().TrimStart('_');
        if (stripped.Length == 0 || !char.IsLower(stripped[0]))
        {
            return false;
        }

        // A hump: an upper-case letter right after a lower-case one (`retryCount`); `requires_IEEE_754` has none.
        for (var i = 1; i < stripped.Length; i++)
        {
            if (char.IsUpper(stripped[i]) && char.IsLower(stripped[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tells whether a method overrides a method of a base class, through the model's class facts: bases of the same file
    /// by their bodies, project classes through the module index, and the standard library's classes whose method names
    /// are not snake_case through a table (with the prefixes they dispatch on, such as <c>ast.NodeVisitor</c>'s
    /// <c>visit_*</c> and <c>cmd.Cmd</c>'s <c>do_*</c>). A method marked <c>@override</c> overrides.
    /// </summary>
    /// <param name="owner">The class whose body defines the method.</param>
    /// <param name="method">The method's name.</param>
    /// <param name="decorators">The method's decorators.</param>
    /// <param name="model">The file's model.</param>
    /// <param name="project">The project.</param>
    /// <returns><see langword="true"/> or <see langword="false"/> when known; <see langword="null"/> when a base cannot be understood (a third-party class, a dynamic base).</returns>
    public static bool? Overrides(ClassDef owner, string method, System.Collections.Immutable.ImmutableArray<ExprNode> decorators, SemanticModel model, ProjectContext project)
    {
        if (TypeHints.FunctionFacts.IsMarkedOverride(decorators, model))
        {
            return true;
        }

        return model.ClassOf(owner).BaseDefines(method, (qualified, name) => ExternalDefines(qualified, name, project));
    }

    /// <summary>Tells whether a class from outside the file (a project or standard-library class) defines a method.</summary>
    /// <param name="qualified">The class's qualified name.</param>
    /// <param name="method">The method's name.</param>
    /// <param name="project">The project.</param>
    /// <returns>The answer, or <see langword="null"/> when unknown.</returns>
    public static bool? ExternalDefines(string qualified, string method, ProjectContext project)
    {
        // The table first: a class that dispatches on a prefix (`visit_*`) defines none of those methods itself.
        if (s_standardMethods.TryGetValue(qualified, out var methods) && DefinesOrDispatches(methods, method))
        {
            return true;
        }

        if (project.Index?.ClassDefines(qualified, method) is { } known)
        {
            return known;
        }

        var dot = qualified.LastIndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        var module = qualified[..dot];
        var topDot = module.IndexOf('.', StringComparison.Ordinal);
        var top = topDot < 0 ? module : module[..topDot];
        if (module == "builtins" || (StandardLibrary.IsModule(module, project.TargetVersion) && !s_camelCaseModules.Contains(top)))
        {
            // The rest of the standard library names its methods in snake_case: a name outside it overrides nothing there.
            return IsSnakeCase(method) ? null : false;
        }

        return methods is not null ? (IsSnakeCase(method) ? null : false) : null;
    }

    private static bool DefinesOrDispatches(FrozenSet<string> methods, string method)
    {
        if (methods.Contains(method))
        {
            return true;
        }

        foreach (var entry in methods)
        {
            if (entry.EndsWith('*') && method.AsSpan().StartsWith(entry.AsSpan(0, entry.Length - 1), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, FrozenSet<string>> BuildStandardMethods()
    {
        string[] testCase =
        [
            "setUp", "tearDown", "setUpClass", "tearDownClass", "asyncSetUp", "asyncTearDown", "addCleanup", "addClassCleanup",
            "doCleanups", "doClassCleanups", "enterContext", "enterClassContext", "shortDescription", "countTestCases",
            "defaultTestResult", "subTest", "skipTest", "addTypeEqualityFunc", "maxDiff", "longMessage", "failureException", "addAsyncCleanup", "enterAsyncContext", "assert*", "fail*",
        ];
        string[] testResult =
        [
            "startTest", "stopTest", "startTestRun", "stopTestRun", "addError", "addFailure", "addSuccess", "addSkip",
            "addExpectedFailure", "addUnexpectedSuccess", "addSubTest", "addDuration", "wasSuccessful", "printErrors", "printErrorList",
            "getDescription",
        ];
        string[] testLoader = ["loadTestsFromTestCase", "loadTestsFromModule", "loadTestsFromName", "loadTestsFromNames", "getTestCaseNames"];
        string[] handler =
        [
            "setLevel", "setFormatter", "handleError", "createLock", "addFilter", "removeFilter", "get_name", "set_name",
            "shouldRollover", "doRollover", "getFilesToDelete", "makeSocket", "makePickle", "createSocket", "mapPriority", "getSubject",
            "mapLogRecord", "shouldFlush", "setTarget", "encodePriority",
        ];
        string[] formatter = ["formatTime", "formatException", "formatStack", "formatMessage", "usesTime", "formatHeader", "formatFooter"];
        string[] logger =
        [
            "makeRecord", "findCaller", "callHandlers", "isEnabledFor", "getEffectiveLevel", "setLevel", "addHandler", "removeHandler",
            "hasHandlers", "getChild", "addFilter", "removeFilter", "getChildren",
        ];
        string[] adapter = ["isEnabledFor", "getEffectiveLevel", "setLevel", "hasHandlers"];
        string[] contentHandler =
        [
            "setDocumentLocator", "startDocument", "endDocument", "startPrefixMapping", "endPrefixMapping", "startElement",
            "endElement", "startElementNS", "endElementNS", "ignorableWhitespace", "processingInstruction", "skippedEntity",
        ];
        string[] errorHandler = ["fatalError"];
        string[] dtdHandler = ["notationDecl", "unparsedEntityDecl"];
        string[] entityResolver = ["resolveEntity"];
        string[] lexicalHandler = ["startDTD", "endDTD", "startCDATA", "endCDATA"];
        string[] xmlReader =
        [
            "getContentHandler", "setContentHandler", "getDTDHandler", "setDTDHandler", "getEntityResolver", "setEntityResolver",
            "getErrorHandler", "setErrorHandler", "setLocale", "getFeature", "setFeature", "getProperty", "setProperty",
            "prepareParser", "feed", "close", "getColumnNumber", "getLineNumber", "getPublicId", "getSystemId",
        ];
        string[] thread = ["getName", "setName", "isDaemon", "setDaemon", "isAlive"];
        string[] visitor = ["visit_*", "generic_visit"];
        string[] cmd = ["do_*", "help_*", "complete_*"];
        string[] httpHandler = ["do_*"];
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["unittest.TestCase"] = testCase,
            ["unittest.case.TestCase"] = testCase,
            ["unittest.IsolatedAsyncioTestCase"] = testCase,
            ["unittest.async_case.IsolatedAsyncioTestCase"] = testCase,
            ["unittest.TestResult"] = testResult,
            ["unittest.result.TestResult"] = testResult,
            ["unittest.TextTestResult"] = testResult,
            ["unittest.runner.TextTestResult"] = testResult,
            ["unittest.TestLoader"] = testLoader,
            ["unittest.loader.TestLoader"] = testLoader,
            ["logging.Handler"] = handler,
            ["logging.StreamHandler"] = handler,
            ["logging.FileHandler"] = handler,
            ["logging.NullHandler"] = handler,
            ["logging.handlers.RotatingFileHandler"] = handler,
            ["logging.handlers.TimedRotatingFileHandler"] = handler,
            ["logging.handlers.WatchedFileHandler"] = handler,
            ["logging.handlers.BufferingHandler"] = handler,
            ["logging.handlers.MemoryHandler"] = handler,
            ["logging.handlers.QueueHandler"] = handler,
            ["logging.handlers.SocketHandler"] = handler,
            ["logging.handlers.DatagramHandler"] = handler,
            ["logging.handlers.SysLogHandler"] = handler,
            ["logging.handlers.SMTPHandler"] = handler,
            ["logging.handlers.HTTPHandler"] = handler,
            ["logging.Formatter"] = formatter,
            ["logging.Logger"] = logger,
            ["logging.LoggerAdapter"] = adapter,
            ["xml.sax.ContentHandler"] = contentHandler,
            ["xml.sax.handler.ContentHandler"] = contentHandler,
            ["xml.sax.saxutils.XMLGenerator"] = contentHandler,
            ["xml.sax.saxutils.XMLFilterBase"] = [.. contentHandler, .. xmlReader, .. errorHandler, .. dtdHandler, .. entityResolver],
            ["xml.sax.ErrorHandler"] = errorHandler,
            ["xml.sax.handler.ErrorHandler"] = errorHandler,
            ["xml.sax.handler.DTDHandler"] = dtdHandler,
            ["xml.sax.handler.EntityResolver"] = entityResolver,
            ["xml.sax.handler.LexicalHandler"] = lexicalHandler,
            ["xml.sax.xmlreader.XMLReader"] = xmlReader,
            ["xml.sax.xmlreader.IncrementalParser"] = xmlReader,
            ["threading.Thread"] = thread,
            ["ast.NodeVisitor"] = visitor,
            ["ast.NodeTransformer"] = visitor,
            ["cmd.Cmd"] = cmd,
            ["http.server.BaseHTTPRequestHandler"] = httpHandler,
            ["http.server.SimpleHTTPRequestHandler"] = httpHandler,
            ["http.server.CGIHTTPRequestHandler"] = httpHandler,
            ["xmlrpc.server.SimpleXMLRPCRequestHandler"] = httpHandler,
        };
        return table.ToFrozenDictionary(e => e.Key, e => e.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
