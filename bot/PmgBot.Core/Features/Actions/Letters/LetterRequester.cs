namespace PmgBot.Core.Features.Actions.Letters;

/// <summary>
/// Who fetches a draft link, as the endpoint authenticated them: the Entra object id and tenant of the signed-in user,
/// or <see cref="TrustLink"/> in anonymous local mode (no sign-in exists; the link's own user stands for the user).
/// </summary>
public sealed record LetterRequester(string? AadObjectId, string? TenantId, bool TrustLink)
{
    public static LetterRequester SignedIn(string? aadObjectId, string? tenantId) => new(aadObjectId, tenantId, false);

    public static LetterRequester AnonymousLocal { get; } = new(null, null, true);

    /// <summary>No way to sign in is configured: every fetch is refused (and audited).</summary>
    public static LetterRequester NoSignIn { get; } = new(null, null, false);
}
