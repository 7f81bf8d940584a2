using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Register;

internal sealed class YouthConfiguration : IEntityTypeConfiguration<Youth>
{
    public void Configure(EntityTypeBuilder<Youth> builder)
    {
        builder.ToTable("Youths");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Code).HasMaxLength(20);
        builder.Property(x => x.FirstName).HasMaxLength(100);
        builder.Property(x => x.Tussenvoegsel).HasMaxLength(40);
        builder.Property(x => x.LastName).HasMaxLength(150);
        builder.Property(x => x.NormalizedFirstName).HasMaxLength(100);
        builder.Property(x => x.NormalizedLastName).HasMaxLength(150);
        builder.Property(x => x.MunicipalityId).HasMaxLength(64);
        builder.Property(x => x.JppId).HasMaxLength(64);
        builder.Property(x => x.CasusregisseurId).HasMaxLength(64);
        builder.Property(x => x.ProcesregisseurId).HasMaxLength(64);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Jpp>().WithMany().HasForeignKey(x => x.JppId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.Code).IsUnique();
        builder.HasIndex(x => x.DateOfBirth);
        builder.HasIndex(x => new { x.NormalizedLastName, x.NormalizedFirstName });
        builder.HasIndex(x => x.CasusregisseurId);
    }
}
