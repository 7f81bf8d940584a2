using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PmgBot.Core.Audit;
using PmgBot.Core.Conversations;
using PmgBot.Core.Directory;
using PmgBot.Core.Inbox;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;

namespace PmgBot.Core.Data;

/// <summary>
/// The bot's database. One model, two providers: <see cref="SqlitePmgDbContext"/> and
/// <see cref="PostgresPmgDbContext"/> each carry their own migration set.
/// </summary>
public abstract class PmgDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Jpp> Jpps => Set<Jpp>();
    public DbSet<Professional> Professionals => Set<Professional>();
    public DbSet<ProfessionalJpp> ProfessionalJpps => Set<ProfessionalJpp>();
    public DbSet<StoredConversationReference> ConversationReferences => Set<StoredConversationReference>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxTurn> InboxTurns => Set<InboxTurn>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Youth> Youths => Set<Youth>();
    public DbSet<YouthLevelChange> YouthLevelChanges => Set<YouthLevelChange>();
    public DbSet<YouthInvolvement> YouthInvolvements => Set<YouthInvolvement>();
    public DbSet<YouthJppShare> YouthJppShares => Set<YouthJppShare>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<JppMeeting> JppMeetings => Set<JppMeeting>();
    public DbSet<RecordCounter> RecordCounters => Set<RecordCounter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<Organisation>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Kind).HasMaxLength(100);
        });
        modelBuilder.Entity<Municipality>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<Jpp>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.MunicipalityId).HasMaxLength(64);
            e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Professional>(e =>
        {
            e.HasKey(x => x.AadObjectId);
            e.Property(x => x.AadObjectId).HasMaxLength(64);
            e.Property(x => x.DisplayName).HasMaxLength(200);
            e.Property(x => x.Email).HasMaxLength(320);
            e.Property(x => x.Phone).HasMaxLength(40);
            e.Property(x => x.OrganisationId).HasMaxLength(64);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Jpps).WithOne().HasForeignKey(x => x.ProfessionalId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProfessionalJpp>(e =>
        {
            e.HasKey(x => new { x.ProfessionalId, x.JppId });
            e.Property(x => x.ProfessionalId).HasMaxLength(64);
            e.Property(x => x.JppId).HasMaxLength(64);
            e.HasOne<Jpp>().WithMany().HasForeignKey(x => x.JppId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<StoredConversationReference>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.ConversationId).HasMaxLength(512);
            e.Property(x => x.ServiceUrl).HasMaxLength(512);
            e.Property(x => x.TenantId).HasMaxLength(64);
            e.Property(x => x.UserId).HasMaxLength(256);
            e.Property(x => x.UserAadObjectId).HasMaxLength(64);
            e.Property(x => x.BotId).HasMaxLength(256);
            e.Property(x => x.ChannelId).HasMaxLength(64);
            e.Property(x => x.ConversationType).HasMaxLength(32);
            e.HasIndex(x => new { x.ConversationId, x.UserAadObjectId }).IsUnique();
            e.HasIndex(x => x.UserAadObjectId);
        });
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.DedupKey).HasMaxLength(200);
            e.Property(x => x.ServiceUrl).HasMaxLength(512);
            e.Property(x => x.ConversationId).HasMaxLength(512);
            e.Property(x => x.TenantId).HasMaxLength(64);
            e.Property(x => x.LastError).HasMaxLength(1000);
            e.Property(x => x.SentActivityId).HasMaxLength(256);
            e.HasIndex(x => x.DedupKey).IsUnique();
            e.HasIndex(x => new { x.Status, x.NextAttemptAtUtc });
        });
        modelBuilder.Entity<InboxTurn>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.DedupKey).HasMaxLength(64);
            e.Property(x => x.ConversationId).HasMaxLength(512);
            e.Property(x => x.CorrelationId).HasMaxLength(64);
            e.Property(x => x.LeaseOwner).HasMaxLength(100);
            e.HasIndex(x => x.DedupKey).IsUnique();
            e.HasIndex(x => new { x.Status, x.LeaseUntilUtc });
        });
        modelBuilder.Entity<AuditEvent>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Actor).HasMaxLength(64);
            e.Property(x => x.Action).HasMaxLength(100);
            e.Property(x => x.RecordType).HasMaxLength(100);
            e.Property(x => x.RecordId).HasMaxLength(100);
            e.Property(x => x.Outcome).HasMaxLength(50);
            e.Property(x => x.Detail).HasMaxLength(500);
            e.HasIndex(x => x.AtUtc);
            e.HasIndex(x => new { x.RecordType, x.RecordId });
        });
        ConfigureRegister(modelBuilder);

        // Feature folders configure their own entities (IEntityTypeConfiguration classes under Features/).
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PmgDbContext).Assembly,
            type => type.Namespace?.StartsWith("PmgBot.Core.Features.", StringComparison.Ordinal) == true);
    }

    private static void ConfigureRegister(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Youth>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.FirstName).HasMaxLength(100);
            e.Property(x => x.Tussenvoegsel).HasMaxLength(40);
            e.Property(x => x.LastName).HasMaxLength(150);
            e.Property(x => x.NormalizedFirstName).HasMaxLength(100);
            e.Property(x => x.NormalizedLastName).HasMaxLength(150);
            e.Property(x => x.MunicipalityId).HasMaxLength(64);
            e.Property(x => x.JppId).HasMaxLength(64);
            e.Property(x => x.CasusregisseurId).HasMaxLength(64);
            e.Property(x => x.ProcesregisseurId).HasMaxLength(64);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Jpp>().WithMany().HasForeignKey(x => x.JppId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.DateOfBirth);
            e.HasIndex(x => new { x.NormalizedLastName, x.NormalizedFirstName });
            e.HasIndex(x => x.CasusregisseurId);
        });
        modelBuilder.Entity<YouthLevelChange>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.ChangedById).HasMaxLength(64);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<YouthInvolvement>(e =>
        {
            e.HasKey(x => new { x.YouthId, x.OrganisationId });
            e.Property(x => x.OrganisationId).HasMaxLength(64);
            e.Property(x => x.AddedById).HasMaxLength(64);
            e.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<YouthJppShare>(e =>
        {
            e.HasKey(x => new { x.YouthId, x.JppId });
            e.Property(x => x.JppId).HasMaxLength(64);
            e.Property(x => x.DecidedById).HasMaxLength(64);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Jpp>().WithMany().HasForeignKey(x => x.JppId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<RecordCounter>(e =>
        {
            e.HasKey(x => x.Scope);
            e.Property(x => x.Scope).HasMaxLength(40);
        });
        modelBuilder.Entity<Report>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Reference).HasMaxLength(20);
            e.Property(x => x.IdempotencyKey).HasMaxLength(100);
            e.Property(x => x.ReporterId).HasMaxLength(64);
            e.Property(x => x.ReporterOrganisationId).HasMaxLength(64);
            e.Property(x => x.YouthFirstName).HasMaxLength(100);
            e.Property(x => x.YouthTussenvoegsel).HasMaxLength(40);
            e.Property(x => x.YouthLastName).HasMaxLength(150);
            e.Property(x => x.NormalizedFirstName).HasMaxLength(100);
            e.Property(x => x.NormalizedLastName).HasMaxLength(150);
            e.Property(x => x.School).HasMaxLength(200);
            e.Property(x => x.GroupOrLocation).HasMaxLength(200);
            e.Property(x => x.MunicipalityId).HasMaxLength(64);
            e.Property(x => x.JppId).HasMaxLength(64);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.NotInformedReason).HasMaxLength(500);
            e.Property(x => x.ScreenedById).HasMaxLength(64);
            e.Property(x => x.ScreeningNote).HasMaxLength(1000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Jpp>().WithMany().HasForeignKey(x => x.JppId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Youth>().WithMany().HasForeignKey(x => x.YouthId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Youth>().WithMany().HasForeignKey(x => x.PossibleYouthId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<JppMeeting>().WithMany().HasForeignKey(x => x.AgendaMeetingId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.Reference).IsUnique();
            e.HasIndex(x => x.IdempotencyKey).IsUnique();
            e.HasIndex(x => new { x.ReporterId, x.CreatedAtUtc });
            e.HasIndex(x => new { x.JppId, x.Status });
            e.HasIndex(x => x.YouthId);
            e.HasIndex(x => x.PossibleYouthId);
            e.HasIndex(x => x.AgendaMeetingId);
            e.HasIndex(x => x.FollowUpDueAtUtc);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every timestamp is UTC in the database and comes back as DateTimeKind.Utc on both providers.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAppendOnlyAudit();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAppendOnlyAudit();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void GuardAppendOnlyAudit()
    {
        foreach (var entry in ChangeTracker.Entries<AuditEvent>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log is append-only.");
            }
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
