using PmgBot.Core.Access;
using PmgBot.Core.Directory;

namespace PmgBot.Core.Turns;

/// <summary>
/// The answers of a refusal, and the one opening of every role-gated flow (<see cref="AllowedUserAsync(IAccessService, TurnContext, BotAction, CancellationToken)"/>).
/// </summary>
public static class NotAllowed
{
    /// <summary>The one answer (in the turn's language) for an action the user's roles do not allow.</summary>
    public static string Text => TurnTexts.NotAllowed;

    /// <summary>
    /// THE answer when a youth is not found, and also when it exists but the user may not see or act on it: the two must
    /// be indistinguishable (same text, same shape). Every register flow that refuses on a youth uses this and nothing else.
    /// </summary>
    public static string YouthNotFoundText => TurnTexts.YouthNotFound;

    /// <summary>
    /// The turn's registered user when their roles allow <paramref name="action"/>; otherwise answers <see cref="Text"/>
    /// and returns null.
    /// </summary>
    public static Task<ProfessionalProfile?> AllowedUserAsync(IAccessService access, TurnContext turn, BotAction action, CancellationToken cancellationToken) =>
        AllowedUserAsync(access, turn, action, null, cancellationToken);

    /// <summary>As above; <paramref name="beforeRefusal"/> runs before the answer (the flow's audit of the refusal).</summary>
    public static Task<ProfessionalProfile?> AllowedUserAsync(
        IAccessService access, TurnContext turn, BotAction action, Func<ProfessionalProfile, Task>? beforeRefusal, CancellationToken cancellationToken) =>
        AllowedUserAsync(access, turn, action, YouthRelation.None, beforeRefusal, cancellationToken);

    /// <summary>
    /// As above, for an action on one case, asked before the case is read: whether the roles allow it with
    /// <paramref name="relation"/> (the relation the flow requires at least; the case itself is checked after).
    /// </summary>
    public static async Task<ProfessionalProfile?> AllowedUserAsync(
        IAccessService access,
        TurnContext turn,
        BotAction action,
        YouthRelation relation,
        Func<ProfessionalProfile, Task>? beforeRefusal,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(turn);
        var user = turn.User ?? throw new InvalidOperationException("Needs a registered user.");
        if (access.Allows(user.Roles, relation, action))
        {
            return user;
        }

        if (beforeRefusal is not null)
        {
            await beforeRefusal(user).ConfigureAwait(false);
        }

        await ShowAsync(turn, cancellationToken).ConfigureAwait(false);
        return null;
    }

    public static Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.ShowTextAsync(Text, cancellationToken);
    }

    /// <summary>Answers <see cref="YouthNotFoundText"/>.</summary>
    public static Task ShowYouthNotFoundAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.ShowTextAsync(YouthNotFoundText, cancellationToken);
    }
}
