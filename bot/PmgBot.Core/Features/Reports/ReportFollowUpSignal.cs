using PmgBot.Core.Threading;

namespace PmgBot.Core.Features.Reports;

/// <summary>Wakes the report follow-up job (<see cref="AutoResetSignal"/>).</summary>
internal sealed class ReportFollowUpSignal(TimeProvider time) : AutoResetSignal(time), IReportFollowUpSignal;
