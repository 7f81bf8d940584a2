using System.Net.Http;
using PmgBot.Core.Connector;

namespace PmgBot.Tests.Connector;

public sealed class ConnectorClassifierTests
{
    [Theory]
    [InlineData(ConnectorOperation.SendToConversation, 200, ConnectorOutcome.Delivered)]
    [InlineData(ConnectorOperation.SendToConversation, 201, ConnectorOutcome.Delivered)]
    [InlineData(ConnectorOperation.CreateConversation, 201, ConnectorOutcome.Delivered)]
    [InlineData(ConnectorOperation.UpdateActivity, 202, ConnectorOutcome.Delivered)]
    [InlineData(ConnectorOperation.SendToConversation, 429, ConnectorOutcome.RetryLater)]
    [InlineData(ConnectorOperation.ReplyToActivity, 429, ConnectorOutcome.RetryLater)]
    [InlineData(ConnectorOperation.SendToConversation, 412, ConnectorOutcome.RetryLater)]
    [InlineData(ConnectorOperation.SendToConversation, 502, ConnectorOutcome.RetryLater)]
    [InlineData(ConnectorOperation.SendToConversation, 503, ConnectorOutcome.RetryLater)]
    [InlineData(ConnectorOperation.SendToConversation, 504, ConnectorOutcome.RetryLater)]
    [InlineData(ConnectorOperation.SendToConversation, 500, ConnectorOutcome.MaybeDelivered)]
    [InlineData(ConnectorOperation.ReplyToActivity, 500, ConnectorOutcome.MaybeDelivered)]
    [InlineData(ConnectorOperation.SendToConversation, 501, ConnectorOutcome.MaybeDelivered)]
    [InlineData(ConnectorOperation.SendToConversation, 408, ConnectorOutcome.MaybeDelivered)]
    [InlineData(ConnectorOperation.UpdateActivity, 500, ConnectorOutcome.RetryLater)]
    [InlineData(ConnectorOperation.CreateConversation, 500, ConnectorOutcome.RetryLater)]
    [InlineData(ConnectorOperation.SendToConversation, 400, ConnectorOutcome.Failed)]
    [InlineData(ConnectorOperation.SendToConversation, 401, ConnectorOutcome.Failed)]
    [InlineData(ConnectorOperation.SendToConversation, 403, ConnectorOutcome.Failed)]
    [InlineData(ConnectorOperation.SendToConversation, 404, ConnectorOutcome.Failed)]
    [InlineData(ConnectorOperation.SendToConversation, 413, ConnectorOutcome.Failed)]
    [InlineData(ConnectorOperation.UpdateActivity, 404, ConnectorOutcome.Failed)]
    [InlineData(ConnectorOperation.SendToConversation, 302, ConnectorOutcome.Failed)]
    public void FromStatus_StatusCode_ClassifiedPerProtocol(ConnectorOperation operation, int status, ConnectorOutcome expected)
    {
        Assert.Equal(expected, ConnectorClassifier.FromStatus(operation, status));
    }

    public static TheoryData<ConnectorOperation, Exception, ConnectorOutcome> Exceptions => new()
    {
        { ConnectorOperation.SendToConversation, new HttpRequestException(HttpRequestError.ConnectionError), ConnectorOutcome.RetryLater },
        { ConnectorOperation.SendToConversation, new HttpRequestException(HttpRequestError.NameResolutionError), ConnectorOutcome.RetryLater },
        { ConnectorOperation.SendToConversation, new HttpRequestException(HttpRequestError.SecureConnectionError), ConnectorOutcome.RetryLater },
        { ConnectorOperation.SendToConversation, new HttpRequestException(HttpRequestError.ResponseEnded), ConnectorOutcome.MaybeDelivered },
        { ConnectorOperation.ReplyToActivity, new HttpRequestException(HttpRequestError.InvalidResponse), ConnectorOutcome.MaybeDelivered },
        { ConnectorOperation.SendToConversation, new TaskCanceledException("timeout", new TimeoutException()), ConnectorOutcome.MaybeDelivered },
        { ConnectorOperation.UpdateActivity, new HttpRequestException(HttpRequestError.ResponseEnded), ConnectorOutcome.RetryLater },
        { ConnectorOperation.UpdateActivity, new TaskCanceledException("timeout", new TimeoutException()), ConnectorOutcome.RetryLater },
        { ConnectorOperation.CreateConversation, new TaskCanceledException("timeout", new TimeoutException()), ConnectorOutcome.RetryLater },
        { ConnectorOperation.CreateConversation, new HttpRequestException(HttpRequestError.ConnectionError), ConnectorOutcome.RetryLater },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void FromException_TransportFailure_NeverResendsWhatMayHaveArrived(ConnectorOperation operation, Exception exception, ConnectorOutcome expected)
    {
        Assert.Equal(expected, ConnectorClassifier.FromException(operation, exception));
    }
}
