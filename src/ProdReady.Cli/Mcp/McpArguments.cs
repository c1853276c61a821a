using System.Text.Json;
using ModelContextProtocol;

namespace ProdReady.Cli.Mcp;

/// <summary>
/// Reads the arguments of one tool call and rejects a bad call with a protocol error (invalid params): an unknown
/// argument name, a value of the wrong JSON type, a missing required value or a value outside its allowed set.
/// </summary>
internal sealed class McpArguments
{
    private readonly string _tool;
    private readonly IDictionary<string, JsonElement> _values;

    /// <summary>Initializes a new instance of the <see cref="McpArguments"/> class.</summary>
    /// <param name="tool">The tool's name, for messages.</param>
    /// <param name="values">The call's arguments, or <see langword="null"/> for none.</param>
    /// <param name="known">The argument names the tool accepts.</param>
    /// <exception cref="McpProtocolException">An argument name is not one of <paramref name="known"/>.</exception>
    public McpArguments(string tool, IDictionary<string, JsonElement>? values, params string[] known)
    {
        _tool = tool;
        _values = values ?? new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var name in _values.Keys)
        {
            if (Array.IndexOf(known, name) < 0)
            {
                throw Invalid($"unknown argument '{name}'; the arguments are: {string.Join(", ", known)}");
            }
        }
    }

    /// <summary>Creates the protocol error for a bad call of <paramref name="tool"/>.</summary>
    /// <param name="tool">The tool's name.</param>
    /// <param name="message">What is wrong.</param>
    /// <returns>The exception to throw.</returns>
    public static McpProtocolException Invalid(string tool, string message) =>
        new($"{tool}: {message}", McpErrorCode.InvalidParams);

    /// <summary>Reads an optional string.</summary>
    /// <param name="name">The argument's name.</param>
    /// <returns>The value, or <see langword="null"/> when absent or JSON <c>null</c>.</returns>
    public string? OptionalString(string name)
    {
        if (!_values.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw Invalid($"argument '{name}' must be a string, not {Describe(value.ValueKind)}");
    }

    /// <summary>Reads a required, non-blank string.</summary>
    /// <param name="name">The argument's name.</param>
    /// <returns>The value.</returns>
    public string RequiredString(string name)
    {
        var value = OptionalString(name);
        return string.IsNullOrWhiteSpace(value) ? throw Invalid($"argument '{name}' is required") : value;
    }

    /// <summary>Reads an optional string that must be one of <paramref name="allowed"/>.</summary>
    /// <param name="name">The argument's name.</param>
    /// <param name="allowed">The accepted values.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    public string? OptionalChoice(string name, params string[] allowed)
    {
        var value = OptionalString(name);
        return value is null || Array.IndexOf(allowed, value) >= 0
            ? value
            : throw Invalid($"argument '{name}' must be one of {string.Join(", ", allowed)}, not '{value}'");
    }

    /// <summary>Reads an optional array of strings.</summary>
    /// <param name="name">The argument's name.</param>
    /// <returns>The values; empty when absent.</returns>
    public IReadOnlyList<string> OptionalStrings(string name)
    {
        if (!_values.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Invalid($"argument '{name}' must be an array of strings, not {Describe(value.ValueKind)}");
        }

        var items = new List<string>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            items.Add(item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString())
                ? item.GetString()!
                : throw Invalid($"argument '{name}' must hold non-empty strings only"));
        }

        return items;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "a " + kind.ToString().ToLowerInvariant(),
    };

    private McpProtocolException Invalid(string message) => Invalid(_tool, message);
}
