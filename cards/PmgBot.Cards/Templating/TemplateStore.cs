using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PmgBot.Cards.Templating;

/// <summary>Loads the embedded templates (<c>PmgBot.Cards.Templates.&lt;name&gt;.json</c>) once and parses every expression up front.</summary>
internal static class TemplateStore
{
    private const string Prefix = "PmgBot.Cards.Templates.";
    private const string Suffix = ".json";

    public static IReadOnlyDictionary<string, LoadedTemplate> LoadAll(Assembly assembly)
    {
        var templates = new Dictionary<string, LoadedTemplate>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(Suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[Prefix.Length..^Suffix.Length];
            templates.Add(name, Load(assembly, resource, name));
        }

        return templates;
    }

    private static LoadedTemplate Load(Assembly assembly, string resource, string name)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new CardTemplateException($"Card template resource '{resource}' is missing.");
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new CardTemplateException($"Card template '{name}' is not valid JSON: {ex.Message}", ex);
        }

        return root is JsonObject obj
            ? Compile(name, obj)
            : throw new CardTemplateException($"Card template '{name}' must be a JSON object.");
    }

    /// <summary>Parses every string of <paramref name="root"/> once; throws on any unsupported expression.</summary>
    public static LoadedTemplate Compile(string name, JsonObject root)
    {
        var strings = new Dictionary<string, TemplateString>(StringComparer.Ordinal);
        try
        {
            CollectStrings(root, strings);
        }
        catch (CardTemplateException ex)
        {
            throw new CardTemplateException($"Card template '{name}': {ex.Message}", ex);
        }

        return new LoadedTemplate(name, root, strings);
    }

    private static void CollectStrings(JsonNode? node, Dictionary<string, TemplateString> strings)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    CollectStrings(value, strings);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    CollectStrings(item, strings);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                if (!strings.ContainsKey(text))
                {
                    strings.Add(text, TemplateString.Parse(text));
                }

                break;
        }
    }
}
