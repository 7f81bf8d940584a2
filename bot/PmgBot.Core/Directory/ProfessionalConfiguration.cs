using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmgBot.Core.Directory;

internal sealed class ProfessionalConfiguration : IEntityTypeConfiguration<Professional>
{
    public void Configure(EntityTypeBuilder<Professional> builder)
    {
        builder.ToTable("Professionals");
        builder.HasKey(x => x.AadObjectId);
        builder.Property(x => x.AadObjectId).HasMaxLength(64);
        builder.Property(x => x.DisplayName).HasMaxLength(200);
        builder.Property(x => x.Email).HasMaxLength(320);
        builder.Property(x => x.Phone).HasMaxLength(40);
        builder.Property(x => x.OrganisationId).HasMaxLength(64);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Jpps).WithOne().HasForeignKey(x => x.ProfessionalId).OnDelete(DeleteBehavior.Cascade);
    }
}
