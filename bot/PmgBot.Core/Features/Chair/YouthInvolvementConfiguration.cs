using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Chair;

internal sealed class YouthInvolvementConfiguration : IEntityTypeConfiguration<YouthInvolvement>
{
    public void Configure(EntityTypeBuilder<YouthInvolvement> builder)
    {
        builder.ToTable("YouthInvolvements");
        builder.HasKey(x => new { x.YouthId, x.OrganisationId });
        builder.Property(x => x.OrganisationId).HasMaxLength(64);
        builder.Property(x => x.AddedById).HasMaxLength(64);
        builder.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
