using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>
/// The answers of Development's <c>digest nu</c>: the JPP, the day and the number of cases, never a name or a case code
/// (those are in the digest card itself).
/// </summary>
public static class DigestNowTexts
{
    public const string SentPrefix = "Demo: de agenda voor het casusoverleg van ";

    public static string Answer(DigestNowResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var what = $"{result.JppName} op {AmsterdamTime.LongDate(result.StartsAtUtc)} ({DigestTexts.Cases(result.Items)})";
        return result.Outcome switch
        {
            DigestNowOutcome.Sent => $"{SentPrefix}{what} is nu verstuurd. Je ziet hem zo in dit gesprek.",
            DigestNowOutcome.SentAgain => $"{SentPrefix}{what} had je al gekregen en is opnieuw verstuurd (dat kan alleen in de ontwikkelomgeving). Je ziet hem zo in dit gesprek.",
            _ => $"De agenda voor het casusoverleg van {what} kon niet worden verstuurd: er is geen persoonlijk gesprek met jou. Probeer het zo opnieuw.",
        };
    }
}
