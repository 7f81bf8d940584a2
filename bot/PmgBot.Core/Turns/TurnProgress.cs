namespace PmgBot.Core.Turns;

/// <summary>
/// How far a queued turn got with its replies, across its tries: replies up to <see cref="Sent"/> are on their way to
/// Teams (recorded in the inbox too), so a try after a crash or an outage skips them.
/// </summary>
public sealed class TurnProgress(int alreadySent = 0)
{
    private int _sent = alreadySent;

    /// <summary>The highest reply number whose body reached the connection.</summary>
    public int Sent => Volatile.Read(ref _sent);

    /// <summary>Records reply <paramref name="replyIndex"/> as on its way (never lowers the count).</summary>
    public void MarkSent(int replyIndex)
    {
        var seen = Volatile.Read(ref _sent);
        while (replyIndex > seen)
        {
            var was = Interlocked.CompareExchange(ref _sent, replyIndex, seen);
            if (was == seen)
            {
                return;
            }

            seen = was;
        }
    }
}
