namespace PmgBot.Core.Features.Register;

/// <summary>The Teams deep link that opens (or starts) a 1:1 chat with a colleague, by e-mail address (UPN).</summary>
public static class TeamsChatLink
{
    public const string Prefix = "https://teams.microsoft.com/l/chat/0/0?users=";

    /// <summary>Null when there is no usable address.</summary>
    public static string? For(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : Prefix + Uri.EscapeDataString(email.Trim());
}
