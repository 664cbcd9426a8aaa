using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;

namespace LlzoGraph.Cli.Output;

/// <summary>The JSON shape of `llzograph extract`: document structure, parsed references, measurements and tagged mentions.</summary>
internal static class ExtractionJson
{
    public static object From(Document document, IReadOnlyList<Measurement> measurements, IReadOnlyList<Citation> citations, IReadOnlyList<FlaggedValue>? flagged = null) => new
    {
        source = document.Source,
        metadata = document.Metadata,
        counts = new
        {
            sections = document.Sections.Count,
            paragraphs = document.Blocks.Count(b => b.Kind == BlockKind.Paragraph),
            tables = document.Tables.Count,
            references = document.References.Count,
            measurements = measurements.Count,
            flagged = flagged?.Count ?? 0,
            citations = citations.Count,
            citationsByForm = citations.GroupBy(c => c.Form).OrderBy(g => g.Key).ToDictionary(
                g => g.Key.ToString(),
                g => new { linked = g.Count(c => document.References.Any(r => r.Number == c.Number)), unlinked = g.Count(c => document.References.All(r => r.Number != c.Number)) }),
        },
        sections = document.Sections.Select(s => new { s.Number, s.Title, s.Level }),
        blocks = document.Blocks.Select(b => new { b.Index, b.Kind, b.Section, b.Page, b.Text }),
        tables = document.Tables.Select(t => new
        {
            t.Label, t.Caption, t.Section, t.Columns,
            rows = t.Rows.Select(r => r.Cells),
        }),
        references = document.References,
        citations = citations.Select(c => new { c.Number, c.Form, c.Section, c.BlockIndex, c.Text }),
        measurements = measurements.Select(m => Measurement(m, measurements)),
        flagged = (flagged ?? []).Select(f => new
        {
            property = f.Property,
            value = f.Quantity.Value,
            unit = f.Quantity.Unit.Symbol,
            text = f.Quantity.Text,
            reason = f.Reason,
            evidence = f.Evidence,
        }),
        mentions = MentionsJson.From(document, Extraction.Tagging.EntityTagger.Default),
    };

    private static object Measurement(Measurement m, IReadOnlyList<Measurement> all) => new
    {
        subject = new { m.Subject.Name, m.Subject.Kind, m.Subject.Materials },
        property = m.Property,
        value = m.Quantity.Value,
        upperValue = m.Quantity.UpperValue,
        unit = m.Quantity.Unit.Symbol,
        siValue = m.Quantity.SiValue,
        siUnit = m.Quantity.Unit.SiSymbol,
        qualifier = m.Quantity.Qualifier,
        text = m.Quantity.Text,
        conditions = m.Conditions.Select(c => new { c.Name, c.Quantity.Value, unit = c.Quantity.Unit.Symbol }),
        references = m.ReferenceNumbers,
        evidence = m.Evidence,
        confidence = m.Confidence,
        changedFrom = m.ChangedFrom is { } from ? all.Select((x, i) => (x, i)).Where(p => ReferenceEquals(p.x, from)).Select(p => (int?)p.i).FirstOrDefault() : null,
    };
}
