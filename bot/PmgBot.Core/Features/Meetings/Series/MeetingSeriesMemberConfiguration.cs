using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Directory;

namespace PmgBot.Core.Features.Meetings.Series;

internal sealed class MeetingSeriesMemberConfiguration : IEntityTypeConfiguration<MeetingSeriesMember>
{
    public void Configure(EntityTypeBuilder<MeetingSeriesMember> builder)
    {
        builder.ToTable("MeetingSeriesMembers");
        builder.HasKey(x => new { x.JppId, x.ProfessionalId, x.Role });
        builder.Property(x => x.JppId).HasMaxLength(64);
        builder.Property(x => x.ProfessionalId).HasMaxLength(64);
        builder.HasOne<Professional>().WithMany().HasForeignKey(x => x.ProfessionalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.ProfessionalId);
    }
}
