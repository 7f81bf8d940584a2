using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmgBot.Core.Features.Meetings.Series;

internal sealed class MeetingSeriesDateConfiguration : IEntityTypeConfiguration<MeetingSeriesDate>
{
    public void Configure(EntityTypeBuilder<MeetingSeriesDate> builder)
    {
        builder.ToTable("MeetingSeriesDates");
        builder.HasKey(x => new { x.JppId, x.Date, x.Kind });
        builder.Property(x => x.JppId).HasMaxLength(64);
    }
}
