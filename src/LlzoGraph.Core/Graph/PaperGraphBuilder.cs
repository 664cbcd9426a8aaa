using System.Globalization;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Materials;

namespace LlzoGraph.Core.Graph;

/// <summary>Turns a read document and its extracted facts into a <see cref="PaperGraph"/> with stable ids.</summary>
public static class PaperGraphBuilder
{
    /// <param name="document">The read document.</param>
    /// <param name="measurements">Its measurements; an "after" one's <see cref="Measurement.ChangedFrom"/> becomes <see cref="MeasurementNode.ChangedFromId"/>.</param>
    /// <param name="citations">Its in-text citations.</param>
    /// <param name="aliases">The abbreviations the paper defines: every name of one material gives one node, with the others as its aliases.</param>
    public static PaperGraph Build(
        Document document, IReadOnlyList<Measurement> measurements, IReadOnlyList<Citation>? citations = null, MaterialAliases? aliases = null)
    {
        aliases ??= MaterialAliases.None;
        var meta = document.Metadata;
        var paperId = meta.Doi is { Length: > 0 } doi
            ? StableId.For("paper", "doi", doi.ToLowerInvariant())
            : StableId.For("paper", "title", StableId.NameKey(meta.Title));
        var paper = new PaperNode(paperId, meta.Title, meta.Authors, meta.Abstract, meta.Doi, meta.Year, Path.GetFileName(document.Source));

        var references = document.References
            .GroupBy(r => r.Number).Select(g => g.First())
            .Select(r => new ReferenceNode(ReferenceId(paperId, r), r.Number, r))
            .ToList();
        var referenceByNumber = references.ToDictionary(r => r.Number, r => r.Id);

        var materials = new Dictionary<string, MaterialNode>();
        var strategies = new Dictionary<string, StrategyNode>();
        string MaterialId(string name)
        {
            var canonical = aliases.CanonicalOf(name);
            var id = StableId.For("material", MaterialAliases.Key(canonical));
            var node = materials.TryGetValue(id, out var seen) ? seen : new MaterialNode(id, canonical) { Aliases = aliases.AliasesOf(canonical) };
            var spelling = name.Trim();
            if (spelling != node.Name && !node.Aliases.Contains(spelling))
            {
                node = node with { Aliases = [.. node.Aliases, spelling] }; // another spelling of its formula, or a defined abbreviation
            }

            materials[id] = node;
            return id;
        }

        string SubjectId(Subject subject)
        {
            if (!subject.IsStrategy)
            {
                return MaterialId(subject.Name);
            }

            var id = StableId.For("strategy", subject.Kind.ToString(), StableId.NameKey(subject.Name));
            var materialIds = subject.Materials.Select(MaterialId).Distinct().ToList();
            strategies.TryAdd(id, new StrategyNode(id, subject.Name, subject.Kind, materialIds));
            return id;
        }

        List<string> ReferenceIds(Measurement m) =>
            m.ReferenceNumbers.Where(referenceByNumber.ContainsKey).Select(n => referenceByNumber[n]).Distinct().Order(StringComparer.Ordinal).ToList();

        var nodes = new Dictionary<string, MeasurementNode>();
        foreach (var m in measurements)
        {
            var subjectId = SubjectId(m.Subject);
            var refIds = ReferenceIds(m);
            var id = MeasurementId(paperId, m, subjectId, refIds);
            var changedFromId = m.ChangedFrom is { } from ? MeasurementId(paperId, from, SubjectId(from.Subject), ReferenceIds(from)) : null;
            nodes[id] = nodes.TryGetValue(id, out var seen)
                ? seen with
                {
                    Evidence = seen.Evidence.Contains(m.Evidence) ? seen.Evidence : [.. seen.Evidence, m.Evidence],
                    Confidence = Math.Max(seen.Confidence, m.Confidence),
                    ChangedFromId = seen.ChangedFromId ?? changedFromId,
                }
                : new MeasurementNode(id, subjectId, m.Subject.Kind, m.Property, m.Quantity, m.Conditions, [m.Evidence], refIds, m.Confidence)
                {
                    ChangedFromId = changedFromId,
                };
        }

        var sections = document.Sections.Select((s, i) => new SectionNode(i, s.Number, s.Title)).ToList();
        var citationNodes = (citations ?? [])
            .Where(c => referenceByNumber.ContainsKey(c.Number))
            .Select(c => new CitationNode(referenceByNumber[c.Number], c.Number, c.Form, c.Section, c.BlockIndex, c.Text))
            .Distinct()
            .ToList();
        return new PaperGraph(paper, sections, materials.Values.ToList(), strategies.Values.ToList(), nodes.Values.ToList(), references)
        {
            Citations = citationNodes,
        };
    }

    /// <summary>
    /// A measurement reported from cited work is identified by those works and the fact itself, so every paper
    /// (and every sentence or table row) repeating it names the same node; one without a citation is the
    /// paper's own, identified by where the paper states it.
    /// </summary>
    private static string MeasurementId(string paperId, Measurement m, string subjectId, List<string> referenceIds)
    {
        var e = m.Evidence;
        var origin = referenceIds.Count > 0
            ? "cited:" + string.Join(',', referenceIds)
            : string.Join('|', "paper:" + paperId, e.BlockIndex.ToString(CultureInfo.InvariantCulture), e.Table,
                e.Row?.ToString(CultureInfo.InvariantCulture), e.Text);
        var q = m.Quantity;
        return StableId.For(
            "measurement", origin, subjectId, m.Property.ToString(), Number(q.Value), Number(q.UpperValue), q.Unit.Symbol, q.Qualifier.ToString(),
            string.Join(';', m.Conditions.Select(c => c.Name + "=" + Number(c.Quantity.Value) + " " + c.Quantity.Unit.Symbol).Order(StringComparer.Ordinal)));
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>
    /// A cited work is identified by its DOI, else by first author's surname, year, journal, volume and first page,
    /// each compared without case, accents, spaces or punctuation ("Sci. Adv." = "Sci Adv", "Mücke" = "Mucke").
    /// </summary>
    private static string ReferenceId(string citingPaperId, ReferenceEntry r)
    {
        if (r.Doi is { Length: > 0 } doi)
        {
            return StableId.For("reference", "doi", doi.ToLowerInvariant());
        }

        if (r.FirstAuthorSurname is { } surname && r.Year is { } year && r.JournalKey is { Length: > 0 } journal && r.Pages is { } pages)
        {
            var firstPage = pages.Split('-', '–')[0].Trim().ToLowerInvariant();
            return StableId.For("reference", StableId.Letters(surname), year.ToString(CultureInfo.InvariantCulture), journal, r.Volume?.Trim(), firstPage);
        }

        return StableId.For("reference", citingPaperId, r.Number.ToString(CultureInfo.InvariantCulture));
    }
}
