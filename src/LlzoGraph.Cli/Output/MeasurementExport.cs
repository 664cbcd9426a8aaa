using System.Globalization;
using LlzoGraph.Core.Text;
using System.Text;
using LlzoGraph.Core.Queries;

namespace LlzoGraph.Cli.Output;

/// <summary>Writes stored measurements as JSON or CSV: one row per measurement with subject, values, conditions, references and evidence.</summary>
internal static class MeasurementExport
{
    private static readonly string[] Header =
    [
        "id", "paper", "subject", "kind", "property", "value", "upper_value", "unit", "canonical_value", "canonical_unit",
        "qualifier", "conditions", "reference_numbers", "reference_first_author", "reference_year", "evidence_kind",
        "evidence_section", "evidence_text", "confidence",
    ];

    public static void WriteJson(TextWriter writer, IReadOnlyList<MeasurementView> measurements) =>
        writer.WriteLine(Json.Serialize(measurements.Select(m => new
        {
            m.Id, paper = m.Evidence.Paper.Title, subject = m.SubjectName, kind = m.SubjectKind, m.Property,
            m.Value, m.UpperValue, m.Unit, canonicalValue = m.SiValue, canonicalUnit = m.SiUnit, m.Qualifier,
            conditions = m.Conditions.Select(c => new { c.Name, c.Value, c.Unit }),
            references = m.References.Select(r => new { r.Number, r.FirstAuthor, r.Year, r.Title, r.Journal, r.Doi }),
            evidence = new { m.Evidence.Kind, m.Evidence.Section, m.Evidence.Table, m.Evidence.Row, m.Evidence.Page, m.Evidence.Text },
            m.Confidence,
        })));

    public static void WriteCsv(TextWriter writer, IReadOnlyList<MeasurementView> measurements)
    {
        writer.WriteLine(string.Join(',', Header));
        foreach (var m in measurements)
        {
            var first = m.References.Count > 0 ? m.References[0] : null;
            string[] cells =
            [
                m.Id, m.Evidence.Paper.Title, m.SubjectName, m.SubjectKind.ToString(), m.Property.ToString(),
                Number(m.Value), m.UpperValue is { } u ? Number(u) : string.Empty, m.Unit, Number(m.SiValue), m.SiUnit,
                m.Qualifier.ToString(),
                string.Join("; ", m.Conditions.Select(c => $"{c.Name}={Number(c.Value)} {c.Unit}")),
                string.Join(' ', m.References.Select(r => r.Number.ToString(CultureInfo.InvariantCulture))),
                first?.FirstAuthor ?? string.Empty, first?.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                m.Evidence.Kind.ToString(), m.Evidence.Section, m.Evidence.Text, Number(m.Confidence),
            ];
            writer.WriteLine(string.Join(',', cells.Select(Csv.Quote)));
        }
    }

    private static string Number(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    internal static string ToCsv(IReadOnlyList<MeasurementView> measurements)
    {
        var sb = new StringBuilder();
        using var writer = new StringWriter(sb, CultureInfo.InvariantCulture);
        WriteCsv(writer, measurements);
        return sb.ToString();
    }
}
