namespace PmgBot.Core.Features.Actions.Letters;

public enum LetterAddressee
{
    /// <summary>The parents or carers, addressed with "u".</summary>
    Ouders,

    /// <summary>The youth, only from 16 years, addressed with "je".</summary>
    Jongere,
}
