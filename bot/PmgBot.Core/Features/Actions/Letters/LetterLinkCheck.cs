namespace PmgBot.Core.Features.Actions.Letters;

public enum LetterLinkCheck
{
    Valid,

    /// <summary>Signed by us, but older than <see cref="LetterLinks.Lifetime"/>.</summary>
    Expired,

    /// <summary>Signed by us for another user.</summary>
    OtherUser,

    /// <summary>Not made by us, or changed.</summary>
    Invalid,
}
