using System.Text.Json.Serialization;

namespace ProdReady.Semantics.Index;

/// <summary>The source-generated JSON contract of cached summaries (no reflection, so Native AOT keeps it).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(ModuleSummary))]
internal sealed partial class SummaryJsonContext : JsonSerializerContext
{
}
