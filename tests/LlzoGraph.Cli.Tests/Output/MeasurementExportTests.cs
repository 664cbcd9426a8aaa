using LlzoGraph.Cli.Output;
using LlzoGraph.Cli.Tests.EndToEnd;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Cli.Tests.Output;

public sealed class MeasurementExportTests(IngestedCorpus corpus) : IClassFixture<IngestedCorpus>
{
    [Fact]
    public async Task Csv_has_one_row_per_measurement_with_the_columns_reviewers_need()
    {
        var all = await corpus.Store.FindMeasurementsAsync(new MeasurementQuery { Limit = 100_000 });
        var csv = MeasurementExport.ToCsv(all);
        var header = csv.Split('\n')[0];
        foreach (var column in new[] { "subject", "kind", "property", "value", "unit", "canonical_value", "conditions", "reference_numbers", "evidence_text" })
        {
            Assert.Contains(column, header.Split(','));
        }

        var records = CountRecords(csv);
        Assert.Equal(all.Count + 1, records);
        Assert.Equal((await corpus.Store.GetStatisticsAsync()).Measurements, all.Count);
    }

    /// <summary>Counts CSV records, honouring quoted fields that hold newlines or commas.</summary>
    private static int CountRecords(string csv)
    {
        var records = 0;
        var quoted = false;
        foreach (var c in csv)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\n' && !quoted)
            {
                records++;
            }
        }

        return records;
    }
}
