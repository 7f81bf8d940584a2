using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Meetings.Series;

internal sealed class JppMeetingConfiguration : IEntityTypeConfiguration<JppMeeting>
{
    public void Configure(EntityTypeBuilder<JppMeeting> builder)
    {
        builder.ToTable("JppMeetings");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.JppId).HasMaxLength(64);
        builder.Property(x => x.DayOffName).HasMaxLength(100);
        builder.HasOne<Jpp>().WithMany().HasForeignKey(x => x.JppId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.JppId, x.StartsAtUtc }).IsUnique();

        // One meeting per series date: two planners at once (two instances) cannot both add it.
        builder.HasIndex(x => new { x.JppId, x.SeriesDate }).IsUnique();
    }
}
