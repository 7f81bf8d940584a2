using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Chair;

internal sealed class YouthLevelChangeConfiguration : IEntityTypeConfiguration<YouthLevelChange>
{
    public void Configure(EntityTypeBuilder<YouthLevelChange> builder)
    {
        builder.ToTable("YouthLevelChanges");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.ChangedById).HasMaxLength(64);
        builder.Property(x => x.Reason).HasMaxLength(500);
        builder.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
    }
}
