using System.Collections.Frozen;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary><c>SEC010 weak-crypto-or-xml-parser</c>: the standard XML parsers on outside data, weak hashes, and <c>random</c> used for secrets.</summary>
public sealed class WeakCryptoOrXmlParser : Rule
{
    private static readonly FrozenSet<string> s_xmlParsers = new[]
    {
        "xml.etree.ElementTree.parse", "xml.etree.ElementTree.fromstring", "xml.etree.ElementTree.fromstringlist", "xml.etree.ElementTree.XML",
        "xml.etree.ElementTree.iterparse", "xml.etree.ElementTree.XMLParser", "xml.etree.ElementTree.XMLPullParser",
        "xml.etree.cElementTree.parse", "xml.etree.cElementTree.fromstring", "xml.etree.cElementTree.XML", "xml.etree.cElementTree.iterparse",
        "xml.dom.minidom.parse", "xml.dom.minidom.parseString", "xml.dom.pulldom.parse", "xml.dom.pulldom.parseString",
        "xml.dom.expatbuilder.parse", "xml.dom.expatbuilder.parseString", "xml.sax.parse", "xml.sax.parseString", "xml.sax.make_parser",
        "xml.parsers.expat.ParserCreate", "lxml.etree.parse", "lxml.etree.fromstring", "lxml.etree.XML",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_weakHashes = new[] { "hashlib.md5", "hashlib.sha1" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_weakHashNames = new[] { "md5", "sha1" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> s_random = new[]
    {
        "random.random", "random.randint", "random.randrange", "random.choice", "random.choices", "random.sample", "random.getrandbits",
        "random.randbytes", "random.uniform", "random.shuffle",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words of a name that say the value must be unpredictable.</summary>
    private static readonly FrozenSet<string> s_secretWords = new[]
    {
        "token", "password", "passwd", "pwd", "passphrase", "secret", "salt", "nonce", "otp", "csrf", "apikey",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_attributes = s_xmlParsers.Concat(s_weakHashes).Concat(s_random).Append("hashlib.new")
        .Select(SecurityFacts.LastPart).ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "SEC010",
        Name: "weak-crypto-or-xml-parser",
        Category: ChecklistItem.SecureBoundaries,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags the standard XML parsers on outside data, MD5 and SHA-1 used for security, and `random` used
            for secrets.

            The three weak spots, each resolved through imports and aliases:

            * the standard library's XML parsers (`xml.etree.ElementTree.parse`/`fromstring`/`XML`/`iterparse`/
              `XMLParser`, `xml.dom.minidom`, `xml.dom.pulldom`, `xml.sax`, `xml.parsers.expat`, and
              `lxml.etree`) given anything but a literal document: a warning naming `defusedxml`;
            * `hashlib.md5` and `hashlib.sha1` (and `hashlib.new("md5")`, `hashlib.new("sha1")`) without
              `usedforsecurity=False`: an error;
            * a function of the `random` module (`random`, `randint`, `choice`, `choices`, `sample`,
              `getrandbits`, ...) whose result is assigned to a name, passed as a keyword or returned from a
              function whose name says token, password, secret, salt, nonce, OTP or CSRF: an error.

            Test code is not checked.

            ## Why is this bad?
            Expat expands entities: a few hundred bytes of nested entities ("billion laughs") take gigabytes
            of memory, and older parsers fetch external entities. MD5 and SHA-1 collisions are cheap to
            compute, so they prove nothing about who wrote the data; a checksum that is not a security
            control says so with `usedforsecurity=False`. `random` is a Mersenne Twister: 624 outputs
            reveal its state and every value it will produce, so tokens drawn from it can be predicted.

            ## Example
            ```python
            import random
            import string

            def reset_token():
                return "".join(random.choices(string.ascii_letters, k=32))
            ```

            Use instead:
            ```python
            import secrets

            def reset_token():
                return secrets.token_urlsafe(32)
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
        if (context.IsTestCode || context.Semantic is not { } model || SecurityFacts.Callee(call, model, s_attributes) is not { } callee)
        {
            return;
        }

        if (s_xmlParsers.Contains(callee))
        {
            if (model.ModuleName.StartsWith("xml.", StringComparison.Ordinal) || (call.Args.Length > 0 && SecurityFacts.IsLiteral(call.Args[0]) && call.Args[0] is not Starred))
            {
                return;
            }

            context.Report(Info, Severity.Warning, call.Span, $"'{callee}' expands entities of the document it reads: parse outside data with defusedxml");
        }
        else if (s_weakHashes.Contains(callee) || (callee is "hashlib.new" && SecurityFacts.StringValue(SecurityFacts.Argument(call, 0, "name")) is { } algorithm && s_weakHashNames.Contains(algorithm)))
        {
            if (!SecurityFacts.IsBool(SecurityFacts.Keyword(call, "usedforsecurity"), false) && !SecurityFacts.HasDoubleStar(call))
            {
                var name = callee is "hashlib.new" ? SecurityFacts.StringValue(SecurityFacts.Argument(call, 0, "name"))!.ToLowerInvariant() : SecurityFacts.LastPart(callee);
                context.Report(Info, call.Span, $"{name} is broken for security: use hashlib.sha256, or pass usedforsecurity=False for a checksum");
            }
        }
        else if (s_random.Contains(callee) && SecretUse(context) is { } use)
        {
            context.Report(Info, call.Span, $"'{callee}' is predictable, and its value becomes {use}: use the secrets module");
        }
    }

    /// <summary>Returns what secret the value of the call being visited becomes, or <see langword="null"/>.</summary>
    private static string? SecretUse(RuleContext context)
    {
        var ancestors = context.Ancestors;
        for (var i = ancestors.Count - 1; i >= 0; i--)
        {
            switch (ancestors[i])
            {
                case Keyword { Arg: { } keyword } when SaysSecret(keyword):
                    return $"'{keyword}'";
                case Assign assign:
                    foreach (var target in assign.Targets)
                    {
                        if (TargetName(target) is { } name && SaysSecret(name))
                        {
                            return $"'{name}'";
                        }
                    }

                    return null;
                case AnnAssign { Target: var annotated } when TargetName(annotated) is { } name:
                    return SaysSecret(name) ? $"'{name}'" : null;
                case Return:
                    for (var j = i - 1; j >= 0; j--)
                    {
                        if (ancestors[j] is FunctionDef or AsyncFunctionDef or Lambda)
                        {
                            var function = ancestors[j] switch
                            {
                                FunctionDef def => def.Name,
                                AsyncFunctionDef def => def.Name,
                                _ => string.Empty,
                            };
                            return SaysSecret(function) ? $"the result of '{function}'" : null;
                        }
                    }

                    return null;
                case StmtNode:
                    return null;
            }
        }

        return null;
    }

    private static bool SaysSecret(string name) => HardcodedSecret.IsSecretName(name) || HardcodedSecret.Words(name).Any(s_secretWords.Contains);

    private static string? TargetName(ExprNode target) => target switch
    {
        Name name => name.Id,
        Python.Syntax.Attribute attribute => attribute.Attr,
        Subscript { Slice: Constant { Value: string key } } => key,
        _ => null,
    };
}
