using System.Text.Json;
using PmgBot.E2E.Support;

namespace PmgBot.E2E.Playground;

/// <summary>
/// What the demo directory (bot/PmgBot.Bot/Demo/demo-directory.json, seeded with Demo__Seed=true) says about the
/// Playground's current user: the details the bot may show in a personal chat and must never show in a group chat.
/// </summary>
public sealed record DemoUser(
    string AadObjectId, string DisplayName, string OrganisationName, string? Email, string? Phone, IReadOnlyList<string> Roles)
{
    public static string DirectoryPath => Path.Combine(RepoPaths.Root, "bot", "PmgBot.Bot", "Demo", "demo-directory.json");

    /// <summary>The organisation, e-mail address and phone number (for the no-leak checks; roles are checked as words).</summary>
    public IEnumerable<string> ContactDetails =>
        new[] { OrganisationName, Email, Phone }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!);

    public static DemoUser Load(string aadObjectId)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(DirectoryPath));
        var professional = FindObject(doc.RootElement, "aadObjectId", aadObjectId)
            ?? throw new InvalidOperationException($"{DirectoryPath} has no professional with aadObjectId {aadObjectId}.");
        var organisationId = Text(professional, "organisation") ?? Text(professional, "organisationId")
            ?? throw new InvalidOperationException($"The demo professional {aadObjectId} has no organisationId.");
        var organisation = FindObject(doc.RootElement, "id", organisationId)
            ?? throw new InvalidOperationException($"{DirectoryPath} has no organisation {organisationId}.");
        return new DemoUser(
            aadObjectId,
            Text(professional, "displayName") ?? "",
            Text(organisation, "name") ?? throw new InvalidOperationException($"Organisation {organisationId} has no name."),
            Text(professional, "email"),
            Text(professional, "phone"),
            professional.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array
                ? roles.EnumerateArray().Select(r => r.GetString() ?? "").Where(r => r.Length > 0).ToList()
                : []);
    }

    private static string? Text(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }

    private static JsonElement? FindObject(JsonElement element, string key, string value)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (string.Equals(Text(element, key), value, StringComparison.OrdinalIgnoreCase))
                {
                    return element;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (FindObject(property.Value, key, value) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindObject(item, key, value) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
