namespace LlzoGraph.Cli.Ingest;

/// <summary>What an ingest did: papers stored, measurements stored, and each failed file with its reason.</summary>
internal sealed record IngestSummary(int Papers, int Measurements, int References, IReadOnlyList<(string Path, string Reason)> Failures);
