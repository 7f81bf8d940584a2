using System.Text.Json;
using System.Text.Json.Serialization;

namespace PmgBot.Core.Protocol;

/// <summary>The one set of JSON options used for everything that goes over the wire.</summary>
public static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
