using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Meetings.AgendaItems;

internal sealed class MeetingAgendaItemConfiguration : IEntityTypeConfiguration<MeetingAgendaItem>
{
    public void Configure(EntityTypeBuilder<MeetingAgendaItem> builder)
    {
        builder.ToTable("MeetingAgendaItems");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.AddedById).HasMaxLength(64);
        builder.Property(x => x.ChangedById).HasMaxLength(64);
        builder.Property(x => x.Reason).HasMaxLength(AgendaItemLimits.ReasonMaxLength);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasOne<JppMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JppMeeting>().WithMany().HasForeignKey(x => x.MovedToMeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Report>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);

        // One item per youth (or report) and meeting, also when two chairs or refreshes add it at once.
        builder.HasIndex(x => new { x.MeetingId, x.YouthId }).IsUnique();
        builder.HasIndex(x => new { x.MeetingId, x.ReportId }).IsUnique();
        builder.HasIndex(x => x.YouthId);
        builder.HasIndex(x => x.ReportId);
        builder.HasIndex(x => x.MovedToMeetingId);
    }
}
