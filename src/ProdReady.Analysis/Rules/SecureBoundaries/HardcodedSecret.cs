using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ProdReady.Analysis.Engine;
using ProdReady.Core.Diagnostics;
using ProdReady.Python.Syntax;

namespace ProdReady.Analysis.Rules.SecureBoundaries;

/// <summary><c>SEC005 hardcoded-secret</c>: a literal password, secret, token or key, or a literal in a known credential format.</summary>
public sealed partial class HardcodedSecret : Rule
{
    /// <summary>Last words of a name that holds a secret by itself.</summary>
    private static readonly FrozenSet<string> s_secretWords = new[]
    {
        "password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "secretkey", "accesskey", "privatekey", "authtoken",
        "accesstoken", "clientsecret",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before <c>key</c> that make a key a credential (<c>api_key</c>, <c>secret_key</c>).</summary>
    private static readonly FrozenSet<string> s_keyQualifiers = new[]
    {
        "api", "secret", "private", "access", "auth", "signing", "encryption", "client", "master", "session", "app", "aws",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public override RuleInfo Info { get; } = new(
        Code: "SEC005",
        Name: "hardcoded-secret",
        Category: ChecklistItem.SecureBoundaries,
        DefaultSeverity: Severity.Error,
        Since: "0.3.0",
        Fix: FixAvailability.None,
        Docs: """
            ## What it does
            Flags secrets written into the code: literals bound to secret-sounding names, and literals in a known
            credential format.

            Two ways are checked:

            * a string literal bound to a name, attribute, dictionary key, keyword argument or parameter default
              whose name ends in a word that says password, secret, token or key (`password`, `db_passwd`,
              `api_token`, `client_secret`, `API_KEY`, `secret_key`; a bare `key` or `token_type` is not a
              secret), or compared with a name that says password (`password == "letmein"`; a `token` compared
              with a literal is a parser's lexeme, not a secret). Empty strings, strings with spaces (prompts, messages),
              placeholders (`<...>`, `{...}`, `${...}`), the name itself and upper-case names of environment
              variables (`"DB_PASSWORD"`) are not secrets;
            * a string literal anywhere in a known credential format: an AWS access key id (`AKIA...`, `ASIA...`),
              a GitHub token (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`), a Slack token (`xoxb-`,
              `xoxp-`, ...) or a private-key block (`-----BEGIN ... PRIVATE KEY-----`).

            In test code only the credential formats are reported: tests set fake passwords on purpose, but a
            real key committed in a test leaks like any other.

            ## Why is this bad?
            A secret in the source is in every clone, every fork, every CI log of a diff and the repository's
            history for good; rotating it is the only fix. Secrets belong in the environment or a secret store.

            ## Example
            ```python
            DATABASE_PASSWORD = "hunter2"
            ```

            Use instead:
            ```python
            import os

            DATABASE_PASSWORD = os.environ["DATABASE_PASSWORD"]
            ```
            """);

    /// <inheritdoc />
    public override void Register(RuleRegistration registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.OnNode<Constant>(CheckFormat);
        registry.OnNode<Assign>(CheckAssign);
        registry.OnNode<AnnAssign>(CheckAnnotated);
        registry.OnNode<Call>(CheckKeywords);
        registry.OnNode<Dict>(CheckDict);
        registry.OnNode<Compare>(CheckCompare);
        registry.OnNode<FunctionDef>((function, context) => CheckDefaults(function.Args, context));
        registry.OnNode<AsyncFunctionDef>((function, context) => CheckDefaults(function.Args, context));
    }

    /// <summary>Tells whether a name says it holds a secret.</summary>
    /// <param name="name">An identifier or a dictionary key.</param>
    /// <returns><see langword="true"/> for <c>password</c>, <c>api_token</c>, <c>SECRET_KEY</c>...</returns>
    internal static bool IsSecretName(string name)
    {
        var words = Words(name);
        if (words.Count == 0)
        {
            return false;
        }

        var last = words[^1];
        if (s_secretWords.Contains(last))
        {
            return true;
        }

        return last is "key" && words.Count > 1 && s_keyQualifiers.Contains(words[^2]);
    }

    /// <summary>Returns the credential format a string is in, or <see langword="null"/>.</summary>
    /// <param name="text">The string's value.</param>
    /// <returns>The format's name.</returns>
    internal static string? CredentialFormat(string text)
    {
        if (text.Length < 20)
        {
            return null;
        }

        if ((text.Contains("AKIA", StringComparison.Ordinal) || text.Contains("ASIA", StringComparison.Ordinal)) && AwsKey().IsMatch(text))
        {
            return "an AWS access key id";
        }

        if ((text.Contains("gh", StringComparison.Ordinal) || text.Contains("github_pat_", StringComparison.Ordinal)) && GitHubToken().IsMatch(text))
        {
            return "a GitHub token";
        }

        if (text.Contains("xox", StringComparison.Ordinal) && SlackToken().IsMatch(text))
        {
            return "a Slack token";
        }

        if (text.Contains("-----BEGIN", StringComparison.Ordinal) && PrivateKey().IsMatch(text))
        {
            return "a private key";
        }

        return null;
    }

    private void CheckFormat(Constant constant, RuleContext context)
    {
        if (constant.Value is string text && CredentialFormat(text) is { } format)
        {
            context.Report(Info, constant.Span, $"String literal is {format}: revoke it, and read the credential from the environment or a secret store", constant.Span.End);
        }
    }

    private void CheckAssign(Assign assign, RuleContext context)
    {
        if (context.IsTestCode || SecurityFacts.StringValue(assign.Value) is null)
        {
            return;
        }

        foreach (var target in assign.Targets)
        {
            if (TargetName(target) is { } name)
            {
                CheckPair(name, assign.Value, context);
            }
        }
    }

    private void CheckAnnotated(AnnAssign assign, RuleContext context)
    {
        if (!context.IsTestCode && assign.Value is { } value && TargetName(assign.Target) is { } name)
        {
            CheckPair(name, value, context);
        }
    }

    private void CheckKeywords(Call call, RuleContext context)
    {
        if (context.IsTestCode)
        {
            return;
        }

        foreach (var keyword in call.Keywords)
        {
            if (keyword.Arg is { } name)
            {
                CheckPair(name, keyword.Value, context);
            }
        }
    }

    private void CheckDict(Dict dict, RuleContext context)
    {
        if (context.IsTestCode)
        {
            return;
        }

        for (var i = 0; i < dict.Keys.Length && i < dict.Values.Length; i++)
        {
            if (SecurityFacts.StringValue(dict.Keys[i]) is { } key)
            {
                CheckPair(key, dict.Values[i], context);
            }
        }
    }

    private void CheckCompare(Compare compare, RuleContext context)
    {
        if (context.IsTestCode || compare.Ops.Length != 1 || compare.Ops[0] is not (CmpOperator.Eq or CmpOperator.NotEq))
        {
            return;
        }

        // A comparison reveals a secret only for a password: a token or key compared with a literal is a parser's lexeme.
        if (TargetName(compare.Left) is { } left && IsPasswordName(left))
        {
            CheckPair(left, compare.Comparators[0], context);
        }
        else if (TargetName(compare.Comparators[0]) is { } right && IsPasswordName(right))
        {
            CheckPair(right, compare.Left, context);
        }
    }

    private static bool IsPasswordName(string name) => Words(name) is { Count: > 0 } words && words[^1] is "password" or "passwd" or "pwd" or "passphrase";

    private void CheckDefaults(Arguments arguments, RuleContext context)
    {
        if (context.IsTestCode)
        {
            return;
        }

        var positional = arguments.Posonlyargs.AddRange(arguments.Args);
        var offset = positional.Length - arguments.Defaults.Length;
        for (var i = 0; i < arguments.Defaults.Length; i++)
        {
            if (offset + i >= 0)
            {
                CheckPair(positional[offset + i].Name, arguments.Defaults[i], context);
            }
        }

        for (var i = 0; i < arguments.Kwonlyargs.Length && i < arguments.KwDefaults.Length; i++)
        {
            if (arguments.KwDefaults[i] is { } value)
            {
                CheckPair(arguments.Kwonlyargs[i].Name, value, context);
            }
        }
    }

    private void CheckPair(string name, ExprNode value, RuleContext context)
    {
        if (SecurityFacts.StringValue(value) is not { } text || !IsSecretName(name) || !LooksLikeSecret(text, name))
        {
            return;
        }

        context.Report(Info, value.Span, $"'{name}' is set to a string literal: read the secret from the environment or a secret store", value.Span.End);
    }

    private static bool LooksLikeSecret(string text, string name)
    {
        if (text.Length == 0 || CredentialFormat(text) is not null || string.Equals(text, name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        if (text[0] is '<' or '{' or '$' or '%' || (text.StartsWith("${", StringComparison.Ordinal)))
        {
            return false;
        }

        return !EnvironmentName().IsMatch(text);
    }

    private static string? TargetName(ExprNode target) => target switch
    {
        Name name => name.Id,
        Python.Syntax.Attribute attribute => attribute.Attr,
        Subscript { Slice: Constant { Value: string key } } => key,
        _ => null,
    };

    /// <summary>Splits an identifier into lower-case words at underscores, other punctuation and lower-to-upper case changes.</summary>
    /// <param name="name">The identifier.</param>
    /// <returns>The words.</returns>
    internal static List<string> Words(string name)
    {
        var words = new List<string>(4);
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var c = i < name.Length ? name[i] : '_';
            var boundary = !char.IsLetterOrDigit(c)
                || (i > 0 && char.IsUpper(c) && char.IsLower(name[i - 1]));
            if (boundary && start >= 0)
            {
                words.Add(name[start..i].ToLowerInvariant());
                start = -1;
            }

            if (char.IsLetterOrDigit(c) && start < 0)
            {
                start = i;
            }
        }

        return words;
    }

    [GeneratedRegex(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b", RegexOptions.CultureInvariant)]
    private static partial Regex AwsKey();

    [GeneratedRegex(@"\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b", RegexOptions.CultureInvariant)]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\bxox[abposr]-[0-9A-Za-z]{8,}-[0-9A-Za-z-]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----", RegexOptions.CultureInvariant)]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex EnvironmentName();
}
