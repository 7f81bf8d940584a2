using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;

namespace PmgBot.Core.Register;

/// <summary>The register's shared tables on the context (<c>db.Youths</c>): declared here, beside the entities, so the context names none of them.</summary>
public static class RegisterSets
{
    extension(PmgDbContext db)
    {
        public DbSet<Youth> Youths => db.Set<Youth>();
        public DbSet<YouthLevelChange> YouthLevelChanges => db.Set<YouthLevelChange>();
        public DbSet<YouthInvolvement> YouthInvolvements => db.Set<YouthInvolvement>();
        public DbSet<YouthJppShare> YouthJppShares => db.Set<YouthJppShare>();
        public DbSet<Report> Reports => db.Set<Report>();
        public DbSet<JppMeeting> JppMeetings => db.Set<JppMeeting>();
        public DbSet<RecordCounter> RecordCounters => db.Set<RecordCounter>();
    }
}
