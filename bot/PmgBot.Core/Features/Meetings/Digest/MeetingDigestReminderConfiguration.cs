using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Meetings.Digest;

internal sealed class MeetingDigestReminderConfiguration : IEntityTypeConfiguration<MeetingDigestReminder>
{
    public void Configure(EntityTypeBuilder<MeetingDigestReminder> builder)
    {
        builder.ToTable("MeetingDigestReminders");
        builder.HasKey(x => new { x.MeetingId, x.ProfessionalId });
        builder.Property(x => x.ProfessionalId).HasMaxLength(64);
        builder.HasIndex(x => x.RemindAtUtc);
        builder.HasOne<JppMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
