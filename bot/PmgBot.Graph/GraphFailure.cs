using System.Text.RegularExpressions;
using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using PmgBot.Core.Features.Meetings.Calendar;

namespace PmgBot.Graph;

/// <summary>
/// Turns what the SDK throws into a <see cref="CalendarStatus"/>. The reason is the HTTP status and Graph's error
/// code only: Graph's error message can quote the mailbox, so it is never used.
/// </summary>
internal static partial class GraphFailure
{
    /// <summary>
    /// The status for <paramref name="exception"/>, or null when the caller cancelled (then it is thrown on). Anything
    /// unforeseen (an answer the SDK cannot read) is Unavailable too: the caller must always learn what was booked.
    /// </summary>
    public static CalendarStatus? From(Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return null;
            case AggregateException aggregate when aggregate.Flatten().InnerExceptions.OfType<ApiException>().LastOrDefault() is { } last:
                // The SDK's RetryHandler gave up: "Too many retries", one ApiException per answer, the last one last.
                return FromStatus(last.ResponseStatusCode, (last as ODataError)?.Error?.Code, "after retries");
            case ODataError error:
                return FromStatus(error.ResponseStatusCode, error.Error?.Code, null);
            case ApiException api:
                return FromStatus(api.ResponseStatusCode, null, null);
            case AuthenticationFailedException or CredentialUnavailableException:
                return CalendarStatus.Failed(CalendarOutcome.Forbidden, "no Graph token: " + exception.GetType().Name);
            case HttpRequestException http:
                return CalendarStatus.Failed(CalendarOutcome.Unavailable, "no connection: " + http.HttpRequestError);
            case OperationCanceledException:
                return CalendarStatus.Failed(CalendarOutcome.Unavailable, "timed out");
            default:
                return CalendarStatus.Failed(CalendarOutcome.Unavailable, "unexpected " + exception.GetType().Name);
        }
    }

    public static CalendarStatus FromStatus(int status, string? code, string? note)
    {
        var outcome = status switch
        {
            404 or 410 => CalendarOutcome.NotFound,
            401 or 403 => CalendarOutcome.Forbidden,
            429 => CalendarOutcome.Throttled,
            >= 500 => CalendarOutcome.Unavailable,
            >= 400 => CalendarOutcome.Invalid,
            _ => CalendarOutcome.Unavailable,
        };
        var reason = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Code(code) is { } safeCode)
        {
            reason += " " + safeCode;
        }

        return CalendarStatus.Failed(outcome, note is null ? reason : reason + " " + note);
    }

    /// <summary>Graph error codes are identifiers (ErrorAccessDenied, ErrorItemNotFound); anything else is dropped.</summary>
    public static string? Code(string? code) =>
        code is not null && ErrorCode().IsMatch(code) ? code : null;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.]{0,63}$")]
    private static partial Regex ErrorCode();
}
