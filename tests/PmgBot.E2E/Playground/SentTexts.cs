using System.Text.RegularExpressions;
using PmgBot.E2E.Support;

namespace PmgBot.E2E.Playground;

/// <summary>
/// Every message text (activity.text) the bot sent to one chat during a scenario, from the Playground's traffic: the
/// conversation stream (replies and proactive messages) plus the texts among the invoke answers to card clicks.
/// Cards are left out on purpose: they may show names to the user the access matrix allows.
/// </summary>
public static class SentTexts
{
    public static async Task<IReadOnlyList<string>> CollectAsync(ConversationStream stream, int from, string conversationId, InvokeRecorder invokes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(invokes);
        var texts = stream.Frames.Skip(from)
            .Where(f => f.ConversationId == conversationId && f.Action is "createMessage" or "updateMessage" && f.Text is not null)
            .Select(f => f.Text!)
            .ToList();
        texts.AddRange(await invokes.MessageTextsAsync());
        return texts;
    }

    /// <summary>Fails when any text contains one of <paramref name="words"/> as a whole word (case-insensitive).</summary>
    public static void AssertNoneContains(IReadOnlyList<string> texts, params string[] words)
    {
        ArgumentNullException.ThrowIfNull(texts);
        foreach (var word in words)
        {
            var pattern = $@"(?<!\w){Regex.Escape(word)}(?!\w)";
            var leak = texts.FirstOrDefault(t => Regex.IsMatch(t, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
            Assert.True(leak is null, $"The bot sent \"{word}\" in a message text: {leak}");
        }
    }
}
