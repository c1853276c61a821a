using System.Text.Json.Serialization;

namespace ProdReady.Cli.Commands;

/// <summary>Source-generated serializers of the changelog commands' JSON documents (options in <see cref="ChangelogJson.Context"/>).</summary>
[JsonSerializable(typeof(ChangelogJson.LintReport))]
[JsonSerializable(typeof(ChangelogJson.DiffReport))]
internal sealed partial class ChangelogJsonContext : JsonSerializerContext;
