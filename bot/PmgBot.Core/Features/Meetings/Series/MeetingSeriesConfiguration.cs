using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Directory;

namespace PmgBot.Core.Features.Meetings.Series;

internal sealed class MeetingSeriesConfiguration : IEntityTypeConfiguration<MeetingSeries>
{
    public void Configure(EntityTypeBuilder<MeetingSeries> builder)
    {
        builder.ToTable("MeetingSeries");
        builder.HasKey(x => x.JppId);
        builder.Property(x => x.JppId).HasMaxLength(64);
        builder.Property(x => x.OrganizerMailbox).HasMaxLength(320);
        builder.HasOne<Jpp>().WithOne().HasForeignKey<MeetingSeries>(x => x.JppId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.JppId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Dates).WithOne().HasForeignKey(x => x.JppId).OnDelete(DeleteBehavior.Cascade);
    }
}
