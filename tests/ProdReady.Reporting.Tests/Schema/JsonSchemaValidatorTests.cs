using ProdReady.Testing;

namespace ProdReady.Reporting.Tests.Schema;

public sealed class JsonSchemaValidatorTests
{
    private const string Schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "test",
          "type": "object",
          "required": ["id", "kind"],
          "additionalProperties": false,
          "properties": {
            "id": { "$ref": "#/$defs/count" },
            "kind": { "enum": ["a", "b"] },
            "version": { "const": 1 },
            "note": { "type": ["string", "null"] },
            "tags": { "type": "array", "items": { "type": "string" } },
            "extra": { "type": "object", "additionalProperties": { "type": "integer" } },
            "ratio": { "type": "number" },
            "flag": { "type": "boolean" },
            "never": false,
            "anything": true
          },
          "$defs": {
            "count": { "description": "a count", "type": "integer", "minimum": 0 }
          }
        }
        """;

    [Fact]
    public void Accepts_a_valid_instance()
    {
        var errors = JsonSchemaValidator.Validate(Schema, """
            {"id": 3, "kind": "a", "version": 1, "note": null, "tags": ["x"], "extra": {"k": 2}, "ratio": 0.5, "flag": true, "anything": [1]}
            """);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("""{"kind": "a"}""", "required property 'id' is missing")]
    [InlineData("""{"id": 1, "kind": "c"}""", "is not one of")]
    [InlineData("""{"id": 1, "kind": "a", "version": 2}""", "expected 1, found 2")]
    [InlineData("""{"id": -1, "kind": "a"}""", "less than the minimum 0")]
    [InlineData("""{"id": 1.5, "kind": "a"}""", "expected integer")]
    [InlineData("""{"id": "1", "kind": "a"}""", "expected integer, found string")]
    [InlineData("""{"id": 1, "kind": "a", "note": 3}""", "expected string or null")]
    [InlineData("""{"id": 1, "kind": "a", "tags": ["x", 2]}""", "/tags/1: expected string")]
    [InlineData("""{"id": 1, "kind": "a", "other": 1}""", "property 'other' is not allowed")]
    [InlineData("""{"id": 1, "kind": "a", "extra": {"k": "v"}}""", "/extra/k: expected integer")]
    [InlineData("""{"id": 1, "kind": "a", "ratio": "x"}""", "expected number")]
    [InlineData("""{"id": 1, "kind": "a", "flag": 0}""", "expected boolean")]
    [InlineData("""{"id": 1, "kind": "a", "never": 0}""", "/never: no value is allowed")]
    [InlineData("""[]""", "expected object, found array")]
    public void Reports_each_violation_with_its_pointer(string instance, string expected)
    {
        var errors = JsonSchemaValidator.Validate(Schema, instance);

        var error = Assert.Single(errors);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_every_violation_not_just_the_first()
    {
        var errors = JsonSchemaValidator.Validate(Schema, """{"id": -2, "kind": "z", "other": true}""");

        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void Escapes_property_names_in_pointers()
    {
        var errors = JsonSchemaValidator.Validate("""{"additionalProperties": false}""", """{"a/b~c": 1}""");

        Assert.StartsWith("/a~1b~0c:", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"pattern": "x"}""", "pattern")]
    [InlineData("""{"oneOf": []}""", "oneOf")]
    [InlineData("""{"type": "decimal"}""", "decimal")]
    [InlineData("""{"$ref": "other.json#/x"}""", "other.json")]
    public void Survives_unsupported_schemas_by_refusing_them(string schema, string named)
    {
        var error = Assert.Throws<NotSupportedException>(() => JsonSchemaValidator.Validate(schema, "1"));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_reference_that_does_not_resolve()
    {
        Assert.Throws<InvalidOperationException>(() => JsonSchemaValidator.Validate("""{"$ref": "#/$defs/missing"}""", "1"));
    }

    [Fact]
    public void Refuses_a_reference_cycle_instead_of_overflowing()
    {
        Assert.Throws<InvalidOperationException>(() => JsonSchemaValidator.Validate("""{"$defs": {"a": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}""", "1"));
    }
}
