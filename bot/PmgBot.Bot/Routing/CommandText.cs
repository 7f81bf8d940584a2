using System.Globalization;
using System.Text;

namespace PmgBot.Bot.Routing;

/// <summary>Normalises typed commands: lower case, collapsed white space, no surrounding punctuation.</summary>
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
        foreach (var c in text.Trim().ToLower(CultureInfo.GetCultureInfo("nl-NL")))
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
