namespace PmgBot.Core.Inbox;

/// <summary>
/// This process as a lease owner: <c>machine/incarnation</c>. After a restart on the same machine the turns of the
/// previous incarnation are taken over at once; those of other machines only when their lease ran out.
/// </summary>
public sealed class InboxProcess
{
    public InboxProcess()
        : this(Environment.MachineName)
    {
    }

    public InboxProcess(string machine)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(machine);
        Machine = machine.Length > 40 ? machine[..40] : machine;
        Owner = $"{Machine}/{Guid.NewGuid():N}";
    }

    public string Machine { get; }

    public string Owner { get; }

    /// <summary>The owner prefix of every incarnation on this machine.</summary>
    public string MachinePrefix => Machine + "/";
}
