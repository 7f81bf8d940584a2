using PmgBot.Core.Threading;

namespace PmgBot.Core.Register.Reports;

/// <summary>Wakes the report follow-up job (<see cref="AutoResetSignal"/>).</summary>
internal sealed class ReportFollowUpSignal(TimeProvider time) : AutoResetSignal(time), IReportFollowUpSignal;
