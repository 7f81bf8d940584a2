namespace PmgBot.Core.Features.Meetings.Bookings;

/// <summary>One call to make to the calendar gateway. <see cref="OrganisationId"/> is null for the meeting's own event.</summary>
public abstract record BookingStep(string? OrganisationId);
