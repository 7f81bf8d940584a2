namespace PmgBot.Core.Data;

/// <summary>An entity whose rows are never updated or deleted (the audit log): the context refuses such a save.</summary>
public interface IAppendOnly
{
}
