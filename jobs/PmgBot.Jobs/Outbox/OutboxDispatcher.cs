using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Core.Outbox;
using PmgBot.Jobs.Hosting;

namespace PmgBot.Jobs.Outbox;

/// <summary>
/// Sends the outbox: one <see cref="OutboxDispatchRun"/> per loop (<see cref="SignalledJob"/>), sleeping until the next
/// message is due, at most <see cref="OutboxOptions.PollInterval"/>, and woken at once when a message is enqueued in this process.
/// </summary>
/// <remarks>
/// Delivery guarantee: a message is marked Sent right after the connector confirms it. If the process dies
/// between the connector's 2xx and that update (the one in-flight message), the message is sent again once its
/// lease expires; every other message is sent exactly once.
/// </remarks>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IOutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger) : SignalledJob(scopes)
{
    protected override TimeSpan PollInterval => options.Value.PollInterval;

    protected override Task<TimeSpan?> RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<OutboxDispatchRun>().RunOnceAsync(cancellationToken);

    protected override Task WaitForSignalAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    protected override void LogStarted() => OutboxDispatcherLog.Started(logger);

    protected override void LogRunFailed(Exception exception) => OutboxDispatcherLog.RunFailed(logger, exception);
}
