using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmgBot.Core.Features.Actions.Reminders;

internal sealed class OverviewSentConfiguration : IEntityTypeConfiguration<OverviewSent>
{
    public void Configure(EntityTypeBuilder<OverviewSent> builder)
    {
        builder.ToTable("ActionOverviewsSent");
        builder.HasKey(x => x.Key);
        builder.Property(x => x.Key).HasMaxLength(150);
        builder.Property(x => x.ChairId).HasMaxLength(64);
    }
}
