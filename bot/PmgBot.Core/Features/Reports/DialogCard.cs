using System.Text.Json.Nodes;

namespace PmgBot.Core.Features.Reports;

/// <summary>
/// Makes a chat card fit for a dialog: every Action.Execute becomes an Action.Submit with its verb in the data. Teams
/// documents only Action.Submit for Adaptive Card dialogs (the submit then arrives in <c>value.data</c> of the dialog's
/// submit invoke, inputs merged in); Action.Execute is not a replacement for it there (msteams-docs issue #7063).
/// </summary>
public static class DialogCard
{
    public static JsonObject WithSubmitActions(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var copy = card.DeepClone().AsObject();
        Convert(copy);
        return copy;
    }

    private static void Convert(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if ((string?)(obj["type"] as JsonValue) == "Action.Execute")
                {
                    var data = obj["data"] as JsonObject ?? new JsonObject();
                    obj.Remove("data");
                    if (obj["verb"] is JsonValue verb)
                    {
                        obj.Remove("verb");
                        data["verb"] = verb;
                    }

                    obj["type"] = "Action.Submit";
                    obj["data"] = data;
                }

                foreach (var property in obj.ToList())
                {
                    Convert(property.Value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Convert(item);
                }

                break;
        }
    }
}
