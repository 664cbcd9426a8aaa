using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Graph;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Store.Contract;

/// <summary>Small papers built through <see cref="PaperGraphBuilder"/>, as the ingest pipeline builds them.</summary>
public static class Papers
{
    public const string SharedDoi = "10.1039/shared-reference";

    public static Unit U(string symbol) => Unit.Parse(symbol).GetValueOrThrow();

    public static Quantity Q(double value, string unit, double? upper = null) => new(value, U(unit), upperValue: upper);

    public static ReferenceEntry Reference(int number, string? doi, string firstAuthor = "S. Xia", string journal = "Nat. Energy", int year = 2019) =>
        new(number, $"[{number}] {firstAuthor} et al., {journal}, {year}, 4, {100 + number}.", [firstAuthor, "L. Hu"],
            $"Work number {number}", journal, year, "4", $"{100 + number}-{110 + number}", doi);

    public static Measurement M(
        string subject,
        SubjectKind kind,
        Property property,
        Quantity quantity,
        int block,
        int[]? references = null,
        string[]? materials = null,
        Condition[]? conditions = null,
        Evidence? evidence = null,
        double confidence = 0.9) =>
        new(
            new Subject(subject, kind, materials ?? (kind == SubjectKind.Material ? [] : [subject.Split(' ')[0]])),
            property,
            quantity,
            conditions ?? [],
            evidence ?? new Evidence(EvidenceKind.Sentence, "2 Results", $"Sentence {block} about {subject}.", block),
            references ?? [],
            confidence);

    public static PaperGraph Graph(string title, string? doi, IReadOnlyList<ReferenceEntry> references, params Measurement[] measurements) =>
        PaperGraphBuilder.Build(
            new Document(
                $"/corpus/{title.Replace(' ', '-')}.txt",
                new DocumentMetadata(title, ["A. Author", "B. Author"], "An abstract.", doi, 2024),
                [new Section("1", "Introduction", 1), new Section("2", "Results", 1), new Section("2.1", "Interlayers", 2)],
                [],
                [],
                references),
            measurements);

    /// <summary>
    /// Paper A: six measurements over four subjects of four kinds, three references (one shared by DOI with
    /// paper B), a table-row evidence with page and box, and a measurement with conditions.
    /// </summary>
    public static PaperGraph PaperA() => Graph(
        "Interfaces of garnet electrolytes",
        "10.1000/paper-a",
        [Reference(1, SharedDoi), Reference(2, "10.1000/only-a"), Reference(3, null, "J. Han", "Adv. Mater.", 2020)],
        M("AlN interlayer", SubjectKind.Interlayer, Property.CriticalCurrentDensity, Q(1.0, "mA/cm2"), 10, [2, 1]),
        M("HF treatment", SubjectKind.Treatment, Property.CriticalCurrentDensity, Q(0.5, "mA/cm2"), 11),
        M("LLZTO", SubjectKind.Material, Property.IonicConductivity, Q(0.8, "mS/cm"), 12, [1]),
        M("Li3N coating", SubjectKind.Coating, Property.InterfacialResistance, Q(5, "Ω·cm2"), 13, [3]),
        M("AlN interlayer", SubjectKind.Interlayer, Property.CriticalCurrentDensity, Q(1.3, "mA/cm2"), 14,
            conditions: [new Condition("temperature", Q(298, "K")), new Condition("current density", Q(0.1, "mA/cm2"))],
            evidence: new Evidence(EvidenceKind.TableRow, "2.1 Interlayers", "AlN | 1.3 mA cm-2", 14, "Table 1", 3, 5,
                new BoundingBox(10, 20, 300, 40))),
        M("Ag coating", SubjectKind.Coating, Property.CriticalCurrentDensity, Q(900, "µA/cm2"), 15, [3]));

    /// <summary>Paper B cites the shared work as number 7; it measures LLZTO and the AlN interlayer too.</summary>
    public static PaperGraph PaperB() => Graph(
        "Lithium wetting of garnet",
        "10.1000/paper-b",
        [Reference(7, SharedDoi, journal: "Nature Energy"), Reference(8, "10.1000/only-b")],
        M("LLZTO", SubjectKind.Material, Property.IonicConductivity, Q(0.5, "mS/cm"), 3, [7]),
        M("AlN interlayer", SubjectKind.Interlayer, Property.CriticalCurrentDensity, Q(2.0, "mA/cm2"), 4, [8, 7]));
}
