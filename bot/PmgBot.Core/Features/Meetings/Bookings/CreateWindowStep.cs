using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>An organisation has a window and no event yet.</summary>
public sealed record CreateWindowStep(string Organisation, WindowEventRequest Request) : BookingStep(Organisation);
