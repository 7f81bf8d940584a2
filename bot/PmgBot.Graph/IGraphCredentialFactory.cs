using Azure.Core;

namespace PmgBot.Graph;

/// <summary>Makes the Azure.Identity credential for Graph (replaced in tests by one that hands out a fixed token).</summary>
public interface IGraphCredentialFactory
{
    TokenCredential Create(GraphOptions options);
}
