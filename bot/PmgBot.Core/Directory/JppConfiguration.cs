using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmgBot.Core.Directory;

internal sealed class JppConfiguration : IEntityTypeConfiguration<Jpp>
{
    public void Configure(EntityTypeBuilder<Jpp> builder)
    {
        builder.ToTable("Jpps");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.MunicipalityId).HasMaxLength(64);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
