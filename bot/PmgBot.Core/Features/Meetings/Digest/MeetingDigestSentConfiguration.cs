using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Meetings.Digest;

internal sealed class MeetingDigestSentConfiguration : IEntityTypeConfiguration<MeetingDigestSent>
{
    public void Configure(EntityTypeBuilder<MeetingDigestSent> builder)
    {
        builder.ToTable("MeetingDigestsSent");
        builder.HasKey(x => new { x.MeetingId, x.ProfessionalId });
        builder.Property(x => x.ProfessionalId).HasMaxLength(64);
        builder.HasOne<JppMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
