using PmgBot.Cards.Localization;

namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>
/// The texts of changing an action item (no youth names):
/// <c>ActionItemMessages.resx</c> (Dutch) and <c>ActionItemMessages.en.resx</c> (English), one key per text, read in the turn's language.
/// </summary>
public static class ActionItemMessages
{
    public static readonly TextResources Resources = new(typeof(ActionItemMessages));

    /// <summary>Dit actiepunt kan ik niet vinden. Typ 'mijn acties' voor je open actiepunten.</summary>
    public static string NotFound => Resources[nameof(NotFound)];

    /// <summary>Alleen de eigenaar of een voorzitter van het JPP kan dit actiepunt wijzigen. Er is niets gewijzigd.</summary>
    public static string NotAllowed => Resources[nameof(NotAllowed)];

    /// <summary>Dit actiepunt is intussen gewijzigd. Je ziet nu de actuele stand; er is niets gewijzigd.</summary>
    public static string Stale => Resources[nameof(Stale)];

    /// <summary>Er is niets gewijzigd. Verbeter wat hieronder staat en probeer het opnieuw.</summary>
    public static string NothingChanged => Resources[nameof(NothingChanged)];

    /// <summary>Geef een reden op.</summary>
    public static string ReasonRequired => Resources[nameof(ReasonRequired)];

    /// <summary>Kies een nieuwe datum.</summary>
    public static string ChooseNewDate => Resources[nameof(ChooseNewDate)];

    /// <summary>Kies een andere datum dan de huidige deadline.</summary>
    public static string SameDate => Resources[nameof(SameDate)];

    /// <summary>Het actiepunt is afgerond.</summary>
    public static string Completed => Resources[nameof(Completed)];

    /// <summary>Het actiepunt is verzet.</summary>
    public static string Postponed => Resources[nameof(Postponed)];

    /// <summary>Vastgelegd dat dit actiepunt niet mogelijk is. De voorzitter krijgt bericht.</summary>
    public static string NotPossible => Resources[nameof(NotPossible)];

    /// <summary>onbekend</summary>
    public static string UnknownPerson => Resources[nameof(UnknownPerson)];

    /// <summary>Alleen een voorzitter van het JPP kan een actiepunt overdragen. Er is niets gewijzigd.</summary>
    public static string OnlyChairReassigns => Resources[nameof(OnlyChairReassigns)];

    /// <summary>Kies een nieuwe eigenaar uit de lijst.</summary>
    public static string ChooseNewOwner => Resources[nameof(ChooseNewOwner)];

    /// <summary>Het actiepunt is overgedragen. De nieuwe eigenaar krijgt het in Teams.</summary>
    public static string Reassigned => Resources[nameof(Reassigned)];
}
