using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Jobs.Scheduling;

namespace PmgBot.Jobs.Meetings;

/// <summary>
/// Sends the chair's digest of each meeting whose digest is due (<see cref="MeetingDigestSender"/>): some working days
/// before the meeting at 09:00 in Amsterdam. Hourly, so the 09:00 run sends it on time and a run that failed or was
/// missed (the bot was down) is caught up within the hour while the meeting is still ahead; the sent key in our
/// database keeps it to one digest per meeting and chair, whichever run or instance gets there first. The same run sends
/// the digests chairs asked for again ("Herinner me later", <see cref="DigestReminderSender"/>) whose time has come.
/// </summary>
public sealed class MeetingDigestJob(MeetingDigestSender sender, DigestReminderSender reminders) : IScheduledJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await sender.SendDueAsync(cancellationToken).ConfigureAwait(false);
        await reminders.SendDueAsync(cancellationToken).ConfigureAwait(false);
    }
}
