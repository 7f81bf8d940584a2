namespace PmgBot.Core.Features.Actions.Letters;

public enum LetterDownloadOutcome
{
    /// <summary>The draft, for the user the link was made for.</summary>
    Ok,

    /// <summary>A link of ours, older than 15 minutes (410).</summary>
    Expired,

    /// <summary>A link of ours for someone else than the signed-in user (403).</summary>
    OtherUser,

    /// <summary>Not a link of ours, or changed (403).</summary>
    Invalid,

    /// <summary>The user is unknown, inactive or no longer the youth's casusregisseur, or the task is gone (403).</summary>
    NotAllowed,

    /// <summary>Nobody can sign in on this server for a download (no <c>Letters:AuthenticationScheme</c>, not anonymous local mode) (403).</summary>
    NoSignIn,

    /// <summary>The programme's template could not be filled (Dutch messages, no document).</summary>
    TemplateError,
}
