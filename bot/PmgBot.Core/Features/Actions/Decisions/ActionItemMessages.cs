namespace PmgBot.Core.Features.Actions.Decisions;

/// <summary>The Dutch texts of changing an action item (no youth names).</summary>
public static class ActionItemMessages
{
    public const string NotFound = "Dit actiepunt kan ik niet vinden. Typ 'mijn acties' voor je open actiepunten.";
    public const string NotAllowed = "Alleen de eigenaar of een voorzitter van het JPP kan dit actiepunt wijzigen. Er is niets gewijzigd.";
    public const string Stale = "Dit actiepunt is intussen gewijzigd. Je ziet nu de actuele stand; er is niets gewijzigd.";
    public const string NothingChanged = "Er is niets gewijzigd. Verbeter wat hieronder staat en probeer het opnieuw.";
    public const string ReasonRequired = "Geef een reden op.";
    public const string ChooseNewDate = "Kies een nieuwe datum.";
    public const string SameDate = "Kies een andere datum dan de huidige deadline.";
    public const string Completed = "Het actiepunt is afgerond.";
    public const string Postponed = "Het actiepunt is verzet.";
    public const string NotPossible = "Vastgelegd dat dit actiepunt niet mogelijk is. De voorzitter krijgt bericht.";
    public const string OnlyChairReassigns = "Alleen een voorzitter van het JPP kan een actiepunt overdragen. Er is niets gewijzigd.";
    public const string ChooseNewOwner = "Kies een nieuwe eigenaar uit de lijst.";
    public const string Reassigned = "Het actiepunt is overgedragen. De nieuwe eigenaar krijgt het in Teams.";
}
