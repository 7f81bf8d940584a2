using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PmgBot.Core.Directory;

internal sealed class ProfessionalJppConfiguration : IEntityTypeConfiguration<ProfessionalJpp>
{
    public void Configure(EntityTypeBuilder<ProfessionalJpp> builder)
    {
        builder.ToTable("ProfessionalJpps");
        builder.HasKey(x => new { x.ProfessionalId, x.JppId });
        builder.Property(x => x.ProfessionalId).HasMaxLength(64);
        builder.Property(x => x.JppId).HasMaxLength(64);
        builder.HasOne<Jpp>().WithMany().HasForeignKey(x => x.JppId).OnDelete(DeleteBehavior.Restrict);
    }
}
