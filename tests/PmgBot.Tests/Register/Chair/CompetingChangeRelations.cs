using PmgBot.Core.Access;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Tests.Register.Chair;

/// <summary>
/// The real <see cref="ICaseRelations"/>, but the first access check first lets "another chair" commit a change
/// (through its own context): exactly the moment between the service's read and its write.
/// </summary>
internal sealed class CompetingChangeRelations(ICaseRelations inner, Func<Task> competingChange) : ICaseRelations
{
    private int _done;

    public async Task<bool> AllowsAsync(ProfessionalProfile user, Youth youth, BotAction action, CancellationToken cancellationToken)
    {
        var allowed = await inner.AllowsAsync(user, youth, action, cancellationToken);
        if (Interlocked.Exchange(ref _done, 1) == 0)
        {
            await competingChange();
        }

        return allowed;
    }

    public Task<YouthRelation> ToYouthAsync(ProfessionalProfile user, Youth youth, CancellationToken cancellationToken) =>
        inner.ToYouthAsync(user, youth, cancellationToken);

    public YouthRelation ToJpp(ProfessionalProfile user, string jppId) => inner.ToJpp(user, jppId);
}
