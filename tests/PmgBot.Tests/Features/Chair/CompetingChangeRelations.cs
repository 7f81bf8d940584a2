using System.Reflection;
using PmgBot.Core.Access;

namespace PmgBot.Tests.Features.Chair;

/// <summary>
/// The real <see cref="ICaseRelations"/>, but the first <c>ToYouthAsync</c> (the relations the access check uses) lets "another chair" commit a change
/// (through its own context) before it answers: exactly the moment between the service's read and its write.
/// A dispatch proxy (hence not sealed), so every other member is forwarded unchanged, whatever the interface gains later.
/// </summary>
internal class CompetingChangeRelations : DispatchProxy
{
    private ICaseRelations _inner = null!;
    private Func<Task> _competingChange = null!;
    private int _done;

    public static ICaseRelations Create(ICaseRelations inner, Func<Task> competingChange)
    {
        var proxy = Create<ICaseRelations, CompetingChangeRelations>();
        var self = (CompetingChangeRelations)(object)proxy;
        self._inner = inner;
        self._competingChange = competingChange;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var result = targetMethod.Invoke(_inner, args);
        return targetMethod.Name == nameof(ICaseRelations.ToYouthAsync) && Interlocked.Exchange(ref _done, 1) == 0
            ? AfterAsync((Task<YouthRelation>)result!)
            : result;
    }

    private async Task<YouthRelation> AfterAsync(Task<YouthRelation> relation)
    {
        var answer = await relation;
        await _competingChange();
        return answer;
    }
}
