using System.Security.Cryptography;
using System.Text;

namespace PmgBot.Core.Protocol;

/// <summary>
/// Pseudonymous references for logs. A Teams conversation id of a personal chat identifies a person's chat, so logs
/// carry a short hash of it instead: enough to follow one conversation through the logs, not to address it.
/// </summary>
public static class LogIds
{
    public static string Conversation(string? conversationId)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            return "c-none";
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(conversationId), hash);
        return "c-" + Convert.ToHexStringLower(hash[..6]);
    }
}
