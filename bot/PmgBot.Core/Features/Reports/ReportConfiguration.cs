using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PmgBot.Core.Directory;
using PmgBot.Core.Register;

namespace PmgBot.Core.Features.Reports;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("Reports");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Reference).HasMaxLength(20);
        builder.Property(x => x.IdempotencyKey).HasMaxLength(100);
        builder.Property(x => x.ReporterId).HasMaxLength(64);
        builder.Property(x => x.ReporterOrganisationId).HasMaxLength(64);
        builder.Property(x => x.YouthFirstName).HasMaxLength(100);
        builder.Property(x => x.YouthTussenvoegsel).HasMaxLength(40);
        builder.Property(x => x.YouthLastName).HasMaxLength(150);
        builder.Property(x => x.NormalizedFirstName).HasMaxLength(100);
        builder.Property(x => x.NormalizedLastName).HasMaxLength(150);
        builder.Property(x => x.School).HasMaxLength(200);
        builder.Property(x => x.GroupOrLocation).HasMaxLength(200);
        builder.Property(x => x.MunicipalityId).HasMaxLength(64);
        builder.Property(x => x.JppId).HasMaxLength(64);
        builder.Property(x => x.Description).HasMaxLength(2000);
        builder.Property(x => x.NotInformedReason).HasMaxLength(500);
        builder.Property(x => x.ScreenedById).HasMaxLength(64);
        builder.Property(x => x.ScreeningNote).HasMaxLength(1000);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Jpp>().WithMany().HasForeignKey(x => x.JppId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Youth>().WithMany().HasForeignKey(x => x.PossibleYouthId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<JppMeeting>().WithMany().HasForeignKey(x => x.AgendaMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.Reference).IsUnique();
        builder.HasIndex(x => x.IdempotencyKey).IsUnique();
        builder.HasIndex(x => new { x.ReporterId, x.CreatedAtUtc });
        builder.HasIndex(x => new { x.JppId, x.Status });
        builder.HasIndex(x => x.YouthId);
        builder.HasIndex(x => x.PossibleYouthId);
        builder.HasIndex(x => x.AgendaMeetingId);
        builder.HasIndex(x => x.FollowUpDueAtUtc);
    }
}
