namespace PmgBot.Core.Access;

/// <summary>Settings section <c>Access</c>: which Entra tenants may use the bot.</summary>
public sealed class TenantOptions
{
    public const string Section = "Access";

    /// <summary>Entra tenant ids (GUIDs, or the Agents Playground's demo id); at least one; compared case-insensitively.</summary>
    public List<string> AllowedTenantIds { get; set; } = [];
}
