using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Inbox;

namespace PmgBot.Tests.Integration;

/// <summary>The bot's own inbox with a switch that makes every write fail as if the database were down.</summary>
internal sealed class SwitchableInbox
{
    public bool Down { get; set; }

    public IInbox Around(IServiceProvider services)
    {
        var real = (IInbox)ActivatorUtilities.CreateInstance(services, typeof(IInbox).Assembly.GetType("PmgBot.Core.Inbox.InboxWriter")!);
        return new Switched(this, real);
    }

    private sealed class Switched(SwitchableInbox owner, IInbox real) : IInbox
    {
        public bool IsWritable => !owner.Down && real.IsWritable;

        public Task<InboxAppend> AppendAsync(InboxEntry entry, CancellationToken cancellationToken) =>
            owner.Down ? Task.FromResult(InboxAppend.Unavailable) : real.AppendAsync(entry, cancellationToken);

        public void Complete(Guid turnId) => real.Complete(turnId);

        public void RepliesSent(Guid turnId, int count) => real.RepliesSent(turnId, count);

        public IReadOnlyCollection<Guid> TurnsNotYetWritten => real.TurnsNotYetWritten;
    }
}
