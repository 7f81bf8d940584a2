using PmgBot.Cards.Localization;

namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>
/// The texts of the chair's agenda actions ("je"; codes at most, never a name); the logic is in AgendaItemMessages.cs.
/// <c>AgendaItemMessages.resx</c> (Dutch) and <c>AgendaItemMessages.en.resx</c> (English), one key per text, read in the turn's language.
/// </summary>
public static partial class AgendaItemMessages
{
    public static readonly TextResources Resources = new(typeof(AgendaItemMessages));

    /// <summary>Deze JPP is al begonnen of voorbij; de agenda verandert niet meer.</summary>
    public static string MeetingClosed => Resources[nameof(MeetingClosed)];

    /// <summary>Iemand anders heeft dit agendapunt net gewijzigd. Er is niets opgeslagen; bekijk de agenda opnieuw.</summary>
    public static string Stale => Resources[nameof(Stale)];

    /// <summary>Er is geen jongere met deze code bij deze JPP. Controleer de code (bijvoorbeeld PMG-J-0017).</summary>
    public static string YouthNotFound => Resources[nameof(YouthNotFound)];

    /// <summary>Deze jongere staat al op de agenda.</summary>
    public static string AlreadyOnAgenda => Resources[nameof(AlreadyOnAgenda)];

    /// <summary>Dit agendapunt staat niet (meer) op de agenda. Er is niets gewijzigd.</summary>
    public static string ItemNotOnAgenda => Resources[nameof(ItemNotOnAgenda)];

    /// <summary>Geef een reden.</summary>
    public static string ReasonRequired => Resources[nameof(ReasonRequired)];

    /// <summary>Er is nog geen volgende JPP gepland. Er is niets verplaatst.</summary>
    public static string NoNextMeeting => Resources[nameof(NoNextMeeting)];

    /// <summary>De jongere staat op de agenda.</summary>
    public static string YouthAdded => Resources[nameof(YouthAdded)];

    /// <summary>Het agendapunt is van de agenda gehaald.</summary>
    public static string ItemRemoved => Resources[nameof(ItemRemoved)];

    /// <summary>Het agendapunt is verplaatst naar de volgende JPP.</summary>
    public static string ItemMoved => Resources[nameof(ItemMoved)];

    /// <summary>De tijd van het agendapunt is aangepast.</summary>
    public static string MinutesSet => Resources[nameof(MinutesSet)];

    /// <summary>De reden is te lang: {0} tekens, maximaal {1}.</summary>
    public static string ReasonTooLongText(object? value0, object? value1) => Resources.Format(nameof(ReasonTooLongText), value0, value1);

    /// <summary>Kies {0} tot {1} minuten.</summary>
    public static string MinutesOutOfRangeText(object? value0, object? value1) => Resources.Format(nameof(MinutesOutOfRangeText), value0, value1);
}
