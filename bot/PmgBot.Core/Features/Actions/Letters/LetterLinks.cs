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

    private readonly IDataProtector _protector = protection.CreateProtector("PmgBot.Letters.Link.v1");

    public string Create(string letterId, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(letterId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', letterId, userId, expires));
        return WebEncoders.Base64UrlEncode(_protector.Protect(payload));
    }

    public LetterLinkResult Check(string? token, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2048)
        {
            return new(LetterLinkCheck.Invalid, null);
        }

        string[] parts;
        try
        {
            parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return new(LetterLinkCheck.Invalid, null);
        }

        if (parts.Length != 3 || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
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
}
