using System.Globalization;
using System.Text;
using PmgBot.Core.Text;

namespace PmgBot.Core.Features.Welcome.Intents;

/// <summary>
/// A typed message as words: lower case, no diacritics, no emoji or punctuation, apostrophes dropped ("actie's" →
/// "acties"), dates kept whole ("12-03-2010"). Each word keeps its clause (a comma, full stop, question or exclamation
/// mark starts a new one, so a negation does not reach past it) and how it was typed (names keep their capitals).
/// Total: never throws, whatever the text holds.
/// </summary>
public sealed class MessageWords
{
    private MessageWords(IReadOnlyList<MessageWord> words) => Words = words;

    public IReadOnlyList<MessageWord> Words { get; }

    public static MessageWords Of(string? text)
    {
        var words = new List<MessageWord>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new MessageWords(words);
        }

        var clause = 0;
        var typed = new StringBuilder();
        var plain = new StringBuilder();
        var source = UnicodeText.Normalize(text, NormalizationForm.FormD);
        for (var i = 0; i <= source.Length; i++)
        {
            var c = i < source.Length ? source[i] : ' ';
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                typed.Append(c);
                plain.Append(char.ToLowerInvariant(c));
                continue;
            }

            var between = plain.Length > 0 && i + 1 < source.Length;
            if (c is '\'' or '’' && between && char.IsLetter(source[i + 1]))
            {
                continue;
            }

            if (c is '-' or '/' or '.' && between && char.IsDigit(source[i - 1]) && char.IsDigit(source[i + 1]))
            {
                typed.Append(c);
                plain.Append(c);
                continue;
            }

            Flush(words, typed, plain, clause);
            if (c is ',' or '.' or '!' or '?' or ';' or ':' or '(' or ')')
            {
                clause++;
            }
        }

        return new MessageWords(words);
    }

    private static void Flush(List<MessageWord> words, StringBuilder typed, StringBuilder plain, int clause)
    {
        if (plain.Length > 0)
        {
            words.Add(new MessageWord(plain.ToString(), typed.ToString(), clause));
        }

        typed.Clear();
        plain.Clear();
    }
}
