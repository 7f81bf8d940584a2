using Microsoft.EntityFrameworkCore;

namespace PmgBot.Core.Data;

/// <summary>The PostgreSQL flavour. Its migrations live in <c>Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresPmgDbContext(DbContextOptions<PostgresPmgDbContext> options) : PmgDbContext(options);
