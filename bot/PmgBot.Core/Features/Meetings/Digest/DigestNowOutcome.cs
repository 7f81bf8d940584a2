namespace PmgBot.Core.Features.Meetings.Digest;

/// <summary>What Development's <c>digest nu</c> did with one meeting's digest (<see cref="MeetingDigestSender.SendNowAsync"/>).</summary>
public enum DigestNowOutcome
{
    /// <summary>Queued for the first time, with the sent key: the job will not send this chair this digest again.</summary>
    Sent = 0,

    /// <summary>The sent key was taken already (the job or an earlier command): queued again under the command's own key.</summary>
    SentAgain = 1,

    /// <summary>Not queued: no personal chat with the chair and none could be made. Nothing stored.</summary>
    NotQueued = 2,
}
