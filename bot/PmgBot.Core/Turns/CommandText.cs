using System.Globalization;
using System.Text;
using PmgBot.Core.Text;

namespace PmgBot.Core.Turns;

/// <summary>
/// Normalises typed commands: what is not valid text removed (<see cref="UnicodeText.RemoveInvalid"/>: lone surrogates,
/// non-characters such as U+FFFE), lower case, collapsed white space, no surrounding punctuation. Total: never throws.
/// </summary>
public static class CommandText
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in UnicodeText.RemoveInvalid(text).Trim().ToLower(CultureInfo.GetCultureInfo("nl-NL")))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString().Trim('.', '!', '?', ',', ';', ':', ' ', '/');
    }
}
