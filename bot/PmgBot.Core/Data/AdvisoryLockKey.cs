using System.Security.Cryptography;
using System.Text;

namespace PmgBot.Core.Data;

/// <summary>The 64-bit key of a PostgreSQL advisory lock for a text (the first 8 bytes of its SHA-256).</summary>
public static class AdvisoryLockKey
{
    public static long For(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);
    }
}
