using LlzoGraph.Core.Curation;
using LlzoGraph.Core.Ports;
using LlzoGraph.Core.Queries;
using static LlzoGraph.Store.Contract.Papers;

namespace LlzoGraph.Store.Contract;

/// <summary>The curators' overlay: every edit kept and attributed, shown by reads, untouched by re-ingestion; API keys kept hashed.</summary>
public abstract partial class GraphStoreContract
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    protected ICurationStore Curation => Store as ICurationStore ?? throw new InvalidOperationException("the store keeps no curation");

    protected IApiKeyStore Keys => Store as IApiKeyStore ?? throw new InvalidOperationException("the store keeps no API keys");

    /// <summary>Every text the store holds (all its rows or node properties), to show what it does not keep.</summary>
    protected abstract Task<string> StoredTextAsync();

    private async Task<MeasurementView> Hf()
    {
        await Store.UpsertAsync(PaperA());
        return (await Store.FindMeasurementsAsync(new MeasurementQuery { SubjectNameContains = "HF" })).Single();
    }

    private static CurationEdit Correct(MeasurementView m, double mA, string author = "curator@lab") => new(
        "edit:" + Guid.NewGuid(), m.Id, CurationAction.Correct, author, Noon, "value misread",
        new CuratedFields(m.Value, m.Unit, m.SiValue, m.SiUnit, m.SubjectName),
        new CuratedFields(mA, "mA/cm2", Q(mA, "mA/cm2").SiValue, "A/m2", "HF acid treatment"));

    [StoreFact]
    public async Task A_correction_is_what_reads_show_and_the_history_keeps_who_when_before_and_after()
    {
        var hf = await Hf();
        await Curation.RecordAsync(Correct(hf, 0.7));

        var read = (await Store.FindMeasurementsAsync(new MeasurementQuery { Ids = [hf.Id] })).Single();
        Assert.Equal((0.7, "HF acid treatment", 1.0), (read.Value, read.SubjectName, read.Confidence));
        Assert.Equal(Q(0.7, "mA/cm2").SiValue, read.SiValue);
        Assert.Equal((CurationAction.Correct, "curator@lab", Noon, (string?)null), (read.Curation!.Action, read.Curation.Author, read.Curation.At, read.Curation.Conflict));

        var edit = Assert.Single(await Curation.HistoryAsync(hf.Id));
        Assert.Equal((hf.Value, 0.7, "value misread"), (edit.Before!.Value, edit.After!.Value, edit.Comment));
        Assert.Equal(("HF treatment", "HF acid treatment", Noon), (edit.Before.SubjectName, edit.After.SubjectName, edit.At));

        // the corrected value is what filters see
        Assert.Contains(await Store.FindMeasurementsAsync(new MeasurementQuery { AtLeast = Q(0.6, "mA/cm2").SiValue, SiUnit = "A/m2" }), m => m.Id == hf.Id);
    }

    [StoreFact]
    public async Task The_history_keeps_every_edit_oldest_first_and_a_later_confirmation_keeps_the_corrected_name()
    {
        var hf = await Hf();
        await Curation.RecordAsync(Correct(hf, 0.7, "first@lab"));
        await Curation.RecordAsync(new CurationEdit("edit:confirm", hf.Id, CurationAction.Confirm, "second@lab", Noon.AddHours(1), "checked", null, null));

        Assert.Equal(["first@lab", "second@lab"], (await Curation.HistoryAsync(hf.Id)).Select(e => e.Author));
        var read = (await Store.FindMeasurementsAsync(new MeasurementQuery { Ids = [hf.Id] })).Single();
        Assert.Equal((CurationAction.Confirm, "second@lab", "HF acid treatment", 0.7), (read.Curation!.Action, read.Curation.Author, read.SubjectName, read.Value));
        Assert.Empty(await Curation.HistoryAsync("measurement:none"));
    }

    [StoreFact]
    public async Task Re_ingesting_the_paper_leaves_the_correction_in_place()
    {
        var hf = await Hf();
        await Curation.RecordAsync(Correct(hf, 0.7));

        await Store.UpsertAsync(PaperA());
        await Store.UpsertAsync(PaperA());

        var read = (await Store.FindMeasurementsAsync(new MeasurementQuery { Ids = [hf.Id] })).Single();
        Assert.Equal(0.7, read.Value);
        Assert.Null(read.Curation!.Conflict);
        Assert.Single(read.ReportedIn);
        Assert.Single(await Curation.HistoryAsync(hf.Id));
        Assert.Equal(6, (await Store.GetStatisticsAsync()).Measurements);
    }

    [StoreFact]
    public async Task A_curated_fact_a_new_extraction_no_longer_yields_is_kept_and_queued_as_a_conflict_first()
    {
        var hf = await Hf();
        await Curation.RecordAsync(new CurationEdit("edit:1", hf.Id, CurationAction.Confirm, "curator@lab", Noon, null, null, null));
        var changed = PaperA() with { Measurements = PaperA().Measurements.Where(m => m.Id != hf.Id).ToList() };

        await Store.UpsertAsync(changed);

        var kept = (await Store.FindMeasurementsAsync(new MeasurementQuery { Ids = [hf.Id] })).Single();
        Assert.Contains("no longer extracts", kept.Curation!.Conflict, StringComparison.Ordinal);
        Assert.Equal(("HF treatment", 1.0), (kept.SubjectName, kept.Confidence));
        var queue = await Curation.ReviewQueueAsync(10);
        Assert.Equal(6, queue.Count);
        Assert.True(queue[0].Conflict);
        Assert.Equal(hf.Id, queue[0].Measurement.Id);
        Assert.All(queue.Skip(1), item => Assert.False(item.Conflict));
        var confidences = queue.Skip(1).Select(i => i.Measurement.Confidence).ToList();
        Assert.Equal(confidences.Order(), confidences);
        Assert.Equal(2, (await Curation.ReviewQueueAsync(2)).Count);

        // the extraction yields it again: no conflict any more, and it leaves the queue
        await Store.UpsertAsync(PaperA());
        Assert.Null((await Store.FindMeasurementsAsync(new MeasurementQuery { Ids = [hf.Id] })).Single().Curation!.Conflict);
        Assert.DoesNotContain(await Curation.ReviewQueueAsync(10), item => item.Measurement.Id == hf.Id);
    }

    [StoreFact]
    public async Task A_rejected_fact_is_hidden_unless_asked_for_and_an_unknown_measurement_is_refused()
    {
        var hf = await Hf();
        await Curation.RecordAsync(new CurationEdit("edit:r", hf.Id, CurationAction.Reject, "curator@lab", Noon, "not a measurement", null, null));

        Assert.Empty(await Store.FindMeasurementsAsync(new MeasurementQuery { Ids = [hf.Id] }));
        Assert.Equal(5, (await AllAsync()).Count);
        var shown = Assert.Single(await Store.FindMeasurementsAsync(new MeasurementQuery { Ids = [hf.Id], IncludeRejected = true }));
        Assert.Equal(CurationAction.Reject, shown.Curation!.Action);
        await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            Curation.RecordAsync(new CurationEdit("edit:x", "measurement:none", CurationAction.Confirm, "c", Noon, null, null, null)));
        Assert.Empty(await Curation.HistoryAsync("measurement:none"));
    }

    [StoreFact]
    public async Task Api_keys_are_stored_hashed_and_found_by_the_key()
    {
        var key = await Keys.CreateKeyAsync("Ada Curator", ApiRole.Curator);
        var admin = await Keys.CreateKeyAsync("Root", ApiRole.Admin);

        Assert.Equal(("Ada Curator", ApiRole.Curator), await Keys.FindKeyAsync(key) is { } o ? (o.Owner, o.Role) : default);
        Assert.Equal(("Root", ApiRole.Admin), await Keys.FindKeyAsync($" {admin} ") is { } a ? (a.Owner, a.Role) : default);
        Assert.Null(await Keys.FindKeyAsync(key + "x"));
        Assert.Null(await Keys.FindKeyAsync(" "));
        var stored = await StoredTextAsync();
        Assert.Contains("Ada Curator", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(key, stored, StringComparison.Ordinal);
    }
}
