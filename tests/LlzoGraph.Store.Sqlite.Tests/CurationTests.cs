using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using static LlzoGraph.Store.Contract.Papers;

namespace LlzoGraph.Store.Sqlite.Tests;

/// <summary>The curators' overlay: every edit kept and attributed, shown by reads, untouched by re-ingestion.</summary>
public sealed class CurationTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();
    private SqliteGraphStore store = null!;

    public async Task InitializeAsync() => store = await SqliteGraphStore.OpenAsync(folder.File("curation.db"));

    public async Task DisposeAsync() => await store.DisposeAsync();

    public void Dispose() => folder.Dispose();

    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private async Task<MeasurementView> Hf()
    {
        await store.UpsertAsync(PaperA());
        return (await store.FindMeasurementsAsync(new MeasurementQuery { SubjectNameContains = "HF" })).Single();
    }

    private static CurationEdit Correct(MeasurementView m, double mA, string author = "curator@lab") => new(
        "edit:" + Guid.NewGuid(), m.Id, CurationAction.Correct, author, Noon, "value misread",
        new CuratedFields(m.Value, m.Unit, m.SiValue, m.SiUnit, m.SubjectName),
        new CuratedFields(mA, "mA/cm2", Q(mA, "mA/cm2").SiValue, "A/m2", "HF acid treatment"));

    [Fact]
    public async Task A_correction_is_what_reads_show_and_the_history_keeps_who_when_before_and_after()
    {
        var hf = await Hf();
        await store.RecordAsync(Correct(hf, 0.7));

        var read = (await store.FindMeasurementsAsync(new MeasurementQuery { Ids = [hf.Id] })).Single();
        Assert.Equal((0.7, "HF acid treatment", 1.0), (read.Value, read.SubjectName, read.Confidence));
        Assert.Equal((CurationAction.Correct, "curator@lab", Noon, (string?)null), (read.Curation!.Action, read.Curation.Author, read.Curation.At, read.Curation.Conflict));

        var edit = Assert.Single(await store.HistoryAsync(hf.Id));
        Assert.Equal((hf.Value, 0.7, "value misread"), (edit.Before!.Value, edit.After!.Value, edit.Comment));
    }

    [Fact]
    public async Task Re_ingesting_the_paper_leaves_the_correction_in_place()
    {
        var hf = await Hf();
        await store.RecordAsync(Correct(hf, 0.7));

        await store.UpsertAsync(PaperA());
        await store.UpsertAsync(PaperA());

        var read = (await store.FindMeasurementsAsync(new MeasurementQuery { Ids = [hf.Id] })).Single();
        Assert.Equal(0.7, read.Value);
        Assert.Null(read.Curation!.Conflict);
        Assert.Single(await store.HistoryAsync(hf.Id));
    }

    [Fact]
    public async Task A_curated_fact_a_new_extraction_no_longer_yields_is_kept_and_queued_as_a_conflict_first()
    {
        var hf = await Hf();
        await store.RecordAsync(new CurationEdit("edit:1", hf.Id, CurationAction.Confirm, "curator@lab", Noon, null, null, null));
        var changed = PaperA() with { Measurements = PaperA().Measurements.Where(m => m.Id != hf.Id).ToList() };

        await store.UpsertAsync(changed);

        var kept = (await store.FindMeasurementsAsync(new MeasurementQuery { Ids = [hf.Id] })).Single();
        Assert.Contains("no longer extracts", kept.Curation!.Conflict, StringComparison.Ordinal);
        var queue = await store.ReviewQueueAsync(10);
        Assert.True(queue[0].Conflict);
        Assert.Equal(hf.Id, queue[0].Measurement.Id);
        Assert.All(queue.Skip(1), item => Assert.False(item.Conflict));
        var confidences = queue.Skip(1).Select(i => i.Measurement.Confidence).ToList();
        Assert.Equal(confidences.Order(), confidences);
    }

    [Fact]
    public async Task A_rejected_fact_is_hidden_unless_asked_for_and_an_unknown_measurement_is_refused()
    {
        var hf = await Hf();
        await store.RecordAsync(new CurationEdit("edit:r", hf.Id, CurationAction.Reject, "curator@lab", Noon, "not a measurement", null, null));

        Assert.Empty(await store.FindMeasurementsAsync(new MeasurementQuery { Ids = [hf.Id] }));
        Assert.Single(await store.FindMeasurementsAsync(new MeasurementQuery { Ids = [hf.Id], IncludeRejected = true }));
        await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            store.RecordAsync(new CurationEdit("edit:x", "measurement:none", CurationAction.Confirm, "c", Noon, null, null, null)));
    }

    [Fact]
    public async Task Api_keys_are_stored_hashed_and_found_by_the_key()
    {
        var key = await store.CreateKeyAsync("Ada Curator", ApiRole.Curator);

        Assert.Equal(("Ada Curator", ApiRole.Curator), (await store.FindKeyAsync(key) is { } o ? (o.Owner, o.Role) : default));
        Assert.Null(await store.FindKeyAsync(key + "x"));
        Assert.DoesNotContain(key, Database.Dump(store.DatabasePath), StringComparison.Ordinal);
    }
}
