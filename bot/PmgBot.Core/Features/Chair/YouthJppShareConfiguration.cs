using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Chair;

internal sealed class YouthJppShareConfiguration : IEntityTypeConfiguration<YouthJppShare>
{
    public void Configure(EntityTypeBuilder<YouthJppShare> builder)
    {
        builder.ToTable("YouthJppShares");
        builder.HasKey(x => new { x.YouthId, x.JppId });
        builder.Property(x => x.JppId).HasMaxLength(64);
        builder.Property(x => x.DecidedById).HasMaxLength(64);
        builder.Property(x => x.Reason).HasMaxLength(500);
        builder.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Jpp>().WithMany().HasForeignKey(x => x.JppId).OnDelete(DeleteBehavior.Restrict);
    }
}
