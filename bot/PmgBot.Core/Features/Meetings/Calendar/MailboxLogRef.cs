using System.Security.Cryptography;
using System.Text;

namespace PmgBot.Core.Features.Meetings.Calendar;

/// <summary>
/// What calendar logs write instead of a mailbox address (personal data): the first 12 hex digits of the SHA-256 of
/// the lower-cased address. The same mailbox always gives the same reference, so log lines can be followed.
/// </summary>
public static class MailboxLogRef
{
    public static string Of(string? mailbox)
    {
        if (string.IsNullOrWhiteSpace(mailbox))
        {
            return "none";
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(mailbox.Trim().ToLowerInvariant()));
        return Convert.ToHexStringLower(hash, 0, 6);
    }
}
