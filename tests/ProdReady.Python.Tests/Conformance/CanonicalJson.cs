using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProdReady.Python.Tests.Conformance;

/// <summary>
/// Compares two canonical AST dumps the way the reference comparison does: a field absent on one side
/// equals <c>null</c> or <c>[]</c> on the other, floats and imaginary parts compare by value, everything
/// else (positions included) exactly.
/// </summary>
internal static class CanonicalJson
{
    private static readonly JsonDocumentOptions s_options = new() { MaxDepth = 100_000 };

    public static JsonNode? Parse(string json) => JsonNode.Parse(json, documentOptions: s_options);

    /// <summary>Returns the first difference as a path and both values, or <see langword="null"/> when equal.</summary>
    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path = "")
    {
        if (expected is JsonObject e && actual is JsonObject a)
        {
            if (e.Count == 1 && a.Count == 1 && (e.ContainsKey("float") || e.ContainsKey("complex")))
            {
                var key = e.ContainsKey("float") ? "float" : "complex";
                return a.ContainsKey(key) && SameFloat(e[key], a[key]) ? null : $"{path}: {e.ToJsonString()} != {a.ToJsonString()}";
            }

            var type = e["_type"]?.GetValue<string>();
            foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)).Order(StringComparer.Ordinal))
            {
                var here = $"{path}/{type}.{key}";
                var inExpected = e.TryGetPropertyValue(key, out var left);
                var inActual = a.TryGetPropertyValue(key, out var right);
                if (!inExpected || !inActual)
                {
                    if (!IsEmpty(inExpected ? left : right))
                    {
                        return $"{here}: present on one side only";
                    }

                    continue;
                }

                if (FirstDifference(left, right, here) is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        if (expected is JsonArray ea && actual is JsonArray aa)
        {
            if (ea.Count != aa.Count)
            {
                return $"{path}: list length {ea.Count} != {aa.Count}";
            }

            for (var i = 0; i < ea.Count; i++)
            {
                if (FirstDifference(ea[i], aa[i], $"{path}[{i}]") is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        return JsonNode.DeepEquals(expected, actual) ? null : $"{path}: {Show(expected)} != {Show(actual)}";
    }

    private static bool IsEmpty(JsonNode? node) => node is null || node is JsonArray { Count: 0 };

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 120 ? text[..120] + "..." : text;
    }

    private static bool SameFloat(JsonNode? left, JsonNode? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        var x = ToDouble(left.GetValue<string>());
        var y = ToDouble(right.GetValue<string>());
        return x.Equals(y);
    }

    // Python's float(): "inf", "-inf", "nan" besides ordinary decimal text.
    private static double ToDouble(string text) => text.ToLowerInvariant() switch
    {
        "inf" or "+inf" or "infinity" or "+infinity" => double.PositiveInfinity,
        "-inf" or "-infinity" => double.NegativeInfinity,
        "nan" or "+nan" or "-nan" => double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
