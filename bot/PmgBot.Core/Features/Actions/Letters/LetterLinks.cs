using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// The token in a letter's download link: which letter, for which user, until when, protected with ASP.NET Core Data
/// Protection (encrypted and signed with the deployment's key ring, so several instances need a shared ring). The
/// expiry is checked against the injected clock, not inside Data Protection, so it follows <see cref="TimeProvider"/>.
/// </summary>
public sealed class LetterLinks(IDataProtectionProvider protection, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>The path of the download endpoint; the token goes in the query parameter <c>t</c>.</summary>
    public const string DownloadPath = "/letters/draft";

    private readonly IDataProtector _protector = protection.CreateProtector("PmgBot.Letters.Link.v1");

    public string Create(string letterId, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(letterId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', letterId, userId, expires));
        return WebEncoders.Base64UrlEncode(_protector.Protect(payload));
    }

    /// <summary>The download address of a token: <paramref name="publicBaseUrl"/> + <see cref="DownloadPath"/> + <c>?t=</c>.</summary>
    public static string Url(string publicBaseUrl, string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publicBaseUrl);
        return publicBaseUrl.TrimEnd('/') + DownloadPath + "?t=" + Uri.EscapeDataString(token);
    }

    /// <summary>
    /// The user a token of ours names, expired or not; null when it is not ours or was changed. For the anonymous local
    /// mode only, where nobody is signed in and the token's user stands for the one at the keyboard.
    /// </summary>
    public string? UserOf(string? token) => Open(token) is { } parts ? parts[1] : null;

    public LetterLinkResult Check(string? token, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (Open(token) is not { } parts || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return new(LetterLinkCheck.Invalid, null);
        }

        if (!string.Equals(parts[1], userId, StringComparison.Ordinal))
        {
            return new(LetterLinkCheck.OtherUser, null);
        }

        return time.GetUtcNow().ToUnixTimeSeconds() >= expires
            ? new(LetterLinkCheck.Expired, null)
            : new(LetterLinkCheck.Valid, parts[0]);
    }

    private string[]? Open(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2048)
        {
            return null;
        }

        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }

        return parts.Length == 3 && parts[1].Length > 0 ? parts : null;
    }
}
