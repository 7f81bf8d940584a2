using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>The Teams-meeting event does not exist yet.</summary>
public sealed record CreateMeetingStep(OnlineMeetingRequest Request) : BookingStep((string?)null);
