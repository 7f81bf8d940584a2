using System.Text.Json.Nodes;

namespace PmgBot.Core.Features.Reports;

/// <summary>The answer to a submitted report card, before it is shown (in place in the chat, or in a dialog).</summary>
/// <param name="Card">The form or the confirmation card; null for <see cref="ReportSubmitAnswerKind.NotAllowed"/>.</param>
/// <param name="Reference">The report's reference, for <see cref="ReportSubmitAnswerKind.Confirmation"/>.</param>
public sealed record ReportSubmitAnswer(ReportSubmitAnswerKind Kind, JsonObject? Card, string? Reference);
