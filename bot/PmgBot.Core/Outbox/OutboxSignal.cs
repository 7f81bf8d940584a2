using PmgBot.Core.Threading;

namespace PmgBot.Core.Outbox;

/// <summary>Wakes the outbox dispatcher (<see cref="AutoResetSignal"/>).</summary>
internal sealed class OutboxSignal(TimeProvider time) : AutoResetSignal(time), IOutboxSignal;
