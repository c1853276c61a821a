using System.Globalization;
using System.Text.Json;

namespace ProdReady.Testing;

/// <summary>
/// A validator for the subset of JSON Schema (draft 2020-12) that <c>docs/report-schema.json</c> uses:
/// <c>type</c>, <c>required</c>, <c>properties</c>, <c>additionalProperties</c>, <c>items</c>, <c>enum</c>,
/// <c>const</c>, <c>$ref</c> (JSON pointers into the same document) and <c>minimum</c>. Annotation keywords are
/// ignored; any other keyword throws, so the schema cannot rely on something this validator would skip.
/// </summary>
public sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> s_annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$comment", "$defs", "title", "description", "examples", "default",
    };

    private readonly JsonElement _root;
    private readonly List<string> _errors = [];

    private JsonSchemaValidator(JsonElement root) => _root = root;

    /// <summary>Validates <paramref name="instance"/> against <paramref name="schema"/>.</summary>
    /// <returns>The errors, each as "<c>/json/pointer: reason</c>"; empty when the instance is valid.</returns>
    public static IReadOnlyList<string> Validate(JsonElement schema, JsonElement instance)
    {
        var validator = new JsonSchemaValidator(schema);
        validator.Check(schema, instance, string.Empty, depth: 0);
        return validator._errors;
    }

    /// <summary>Parses both documents and validates.</summary>
    public static IReadOnlyList<string> Validate(string schemaJson, string instanceJson)
    {
        using var schema = JsonDocument.Parse(schemaJson);
        using var instance = JsonDocument.Parse(instanceJson);
        return Validate(schema.RootElement, instance.RootElement);
    }

    private void Check(JsonElement schema, JsonElement instance, string path, int depth)
    {
        if (depth > 64)
        {
            throw new InvalidOperationException($"Schema references nest deeper than 64 levels at '{path}'.");
        }

        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            _errors.Add($"{path}: no value is allowed here");
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new NotSupportedException($"A schema must be an object or a boolean, found {schema.ValueKind}.");
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case "type":
                    CheckType(keyword.Value, instance, path);
                    break;
                case "enum":
                    if (!keyword.Value.EnumerateArray().Any(v => JsonElement.DeepEquals(v, instance)))
                    {
                        _errors.Add($"{path}: {instance.GetRawText()} is not one of {keyword.Value.GetRawText()}");
                    }

                    break;
                case "const":
                    if (!JsonElement.DeepEquals(keyword.Value, instance))
                    {
                        _errors.Add($"{path}: expected {keyword.Value.GetRawText()}, found {instance.GetRawText()}");
                    }

                    break;
                case "minimum":
                    if (instance.ValueKind == JsonValueKind.Number && instance.GetDouble() < keyword.Value.GetDouble())
                    {
                        _errors.Add($"{path}: {instance.GetRawText()} is less than the minimum {keyword.Value.GetRawText()}");
                    }

                    break;
                case "required":
                    if (instance.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var name in keyword.Value.EnumerateArray().Select(n => n.GetString()!))
                        {
                            if (!instance.TryGetProperty(name, out _))
                            {
                                _errors.Add($"{path}: required property '{name}' is missing");
                            }
                        }
                    }

                    break;
                case "properties":
                    if (instance.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in instance.EnumerateObject())
                        {
                            if (keyword.Value.TryGetProperty(property.Name, out var propertySchema))
                            {
                                Check(propertySchema, property.Value, $"{path}/{Escape(property.Name)}", depth + 1);
                            }
                        }
                    }

                    break;
                case "additionalProperties":
                    if (instance.ValueKind == JsonValueKind.Object)
                    {
                        var declared = schema.TryGetProperty("properties", out var properties) ? properties : default;
                        foreach (var property in instance.EnumerateObject())
                        {
                            if (declared.ValueKind != JsonValueKind.Object || !declared.TryGetProperty(property.Name, out _))
                            {
                                var propertyPath = $"{path}/{Escape(property.Name)}";
                                if (keyword.Value.ValueKind == JsonValueKind.False)
                                {
                                    _errors.Add($"{propertyPath}: property '{property.Name}' is not allowed");
                                }
                                else
                                {
                                    Check(keyword.Value, property.Value, propertyPath, depth + 1);
                                }
                            }
                        }
                    }

                    break;
                case "items":
                    if (instance.ValueKind == JsonValueKind.Array)
                    {
                        var index = 0;
                        foreach (var element in instance.EnumerateArray())
                        {
                            Check(keyword.Value, element, string.Create(CultureInfo.InvariantCulture, $"{path}/{index}"), depth + 1);
                            index++;
                        }
                    }

                    break;
                case "$ref":
                    Check(Resolve(keyword.Value.GetString()!), instance, path, depth + 1);
                    break;
                default:
                    if (!s_annotations.Contains(keyword.Name))
                    {
                        throw new NotSupportedException($"The validator does not support the keyword '{keyword.Name}'.");
                    }

                    break;
            }
        }
    }

    private void CheckType(JsonElement type, JsonElement instance, string path)
    {
        var allowed = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).ToArray()
            : [type.GetString()!];
        if (!allowed.Any(t => HasType(instance, t)))
        {
            _errors.Add($"{path}: expected {string.Join(" or ", allowed)}, found {instance.ValueKind.ToString().ToLowerInvariant()}");
        }
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && double.IsInteger(instance.GetDouble()),
        _ => throw new NotSupportedException($"Unknown type '{type}'."),
    };

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith('#'))
        {
            throw new NotSupportedException($"Only references inside the document are supported, not '{reference}'.");
        }

        var current = _root;
        foreach (var token in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                throw new InvalidOperationException($"The reference '{reference}' does not resolve.");
            }
        }

        return current;
    }

    private static string Escape(string name) =>
        name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
