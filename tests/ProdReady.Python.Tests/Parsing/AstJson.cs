using System.Globalization;
using System.Text.Json.Nodes;

namespace ProdReady.Python.Tests.Parsing;

/// <summary>Compares canonical AST dumps the way the differential tool does: floats by value, absent = empty.</summary>
internal static class AstJson
{
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "")
    {
        switch (expected)
        {
            case JsonObject e when actual is JsonObject a:
                if (e.Count == 1 && a.Count == 1 && (e.ContainsKey("float") || e.ContainsKey("complex")))
                {
                    var key = e.ContainsKey("float") ? "float" : "complex";
                    var x = double.Parse(e[key]!.GetValue<string>().Replace("inf", "Infinity", StringComparison.Ordinal), CultureInfo.InvariantCulture);
                    var y = double.Parse(a[key]?.GetValue<string>() ?? "NaN", CultureInfo.InvariantCulture);
                    return x.Equals(y) ? null : $"{path}: {x} != {y}";
                }

                var type = e["_type"]?.GetValue<string>() ?? string.Empty;
                foreach (var name in e.Select(p => p.Key).Union(a.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    var hasE = e.TryGetPropertyValue(name, out var ev);
                    var hasA = a.TryGetPropertyValue(name, out var av);
                    if (!hasE || !hasA)
                    {
                        var other = hasE ? ev : av;
                        if (other is null || other is JsonArray { Count: 0 })
                        {
                            continue;
                        }

                        return $"{path}/{type}.{name}: present on one side only";
                    }

                    var difference = FirstDifference(ev, av, $"{path}/{type}.{name}");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonArray e when actual is JsonArray a:
                if (e.Count != a.Count)
                {
                    return $"{path}: length {e.Count} != {a.Count}";
                }

                for (var i = 0; i < e.Count; i++)
                {
                    var difference = FirstDifference(e[i], a[i], $"{path}[{i}]");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                return JsonNode.DeepEquals(expected, actual) ? null : $"{path}: {expected?.ToJsonString()} != {actual?.ToJsonString()}";
        }
    }
}
