using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Data;

namespace PmgBot.Core.Directory;

/// <summary>The directory's tables on the context (<c>db.Organisations</c>): declared here, beside the entities, so the context names none of them.</summary>
public static class DirectorySets
{
    extension(PmgDbContext db)
    {
        public DbSet<Organisation> Organisations => db.Set<Organisation>();
        public DbSet<Municipality> Municipalities => db.Set<Municipality>();
        public DbSet<Jpp> Jpps => db.Set<Jpp>();
        public DbSet<Professional> Professionals => db.Set<Professional>();
        public DbSet<ProfessionalJpp> ProfessionalJpps => db.Set<ProfessionalJpp>();
    }
}
