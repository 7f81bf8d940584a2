namespace PmgBot.Core.Features.Actions.Letters;

public enum LetterKind
{
    /// <summary>Tells that the youth is discussed in the JPP and who the casusregisseur is.</summary>
    Notificatiebrief,

    /// <summary>Praises a youth who is doing well after earlier trouble.</summary>
    Complimentbrief,
}
