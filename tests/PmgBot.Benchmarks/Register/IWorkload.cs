namespace PmgBot.Benchmarks.Register;

/// <summary>What the virtual users send, and how an answer is judged.</summary>
public interface IWorkload
{
    string Name { get; }

    /// <summary>
    /// True when every request stores data (a report). Such a workload warms up at its paced rate, not saturated, so the
    /// register grows by what steady use adds, not by what two cores can write in a minute.
    /// </summary>
    bool Stores { get; }

    /// <summary>The next request of virtual user <paramref name="user"/> (its <paramref name="sequence"/>-th); <paramref name="runTag"/> makes ids unique per phase.</summary>
    LoadRequest Next(int user, long sequence, string runTag);

    /// <summary>Judges the answer: the HTTP status and body, and for messages the reply the sink received.</summary>
    (bool Ok, string Outcome) Judge(LoadRequest request, int status, string body, ReplyArrival? reply);
}
