// The end-to-end tests share fixed loopback ports (bot 3978, Playground 26150) and one Playground, so test
// collections must not run in parallel.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
