using System.Text.Json;
using System.Text.Json.Serialization;

namespace PmgBot.Cards.Templating;

/// <summary>How typed card data becomes the JSON tree the templates bind to: camelCase, nulls left out (null = absent).</summary>
internal static class CardJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
