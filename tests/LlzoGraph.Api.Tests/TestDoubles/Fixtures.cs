using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Queries;
using LlzoGraph.Core.Units;

namespace LlzoGraph.Api.Tests.TestDoubles;

/// <summary>
/// A handful of measurements around the example query's bound of 2 mA/cm² for interlayers: exactly at it (in two
/// units), below it, a treatment above it, interlayers above it (in mA/cm², µA/cm² and as a range), another property.
/// </summary>
internal static class Fixtures
{
    public static readonly PaperView Review = new(
        "paper-chu2024", "Interfaces of garnet LLZO electrolytes: a review", ["Chu, X.", "Zhang, Y."], "10.1039/d3qm01111a", 2024,
        "chu2024-llzo-interfaces-review.txt");

    public static readonly PaperView Other = new("paper-other", "Another paper", ["Doe, J."], null, 2021, "other.pdf");

    public static readonly ReferenceView Han2017 = new(
        "ref-han2017", 32, ["Han, X.", "Gong, Y.", "Hu, L."], "Negating interfacial impedance in garnet-based solid-state Li metal batteries",
        "Nat. Mater.", 2017, "16", "572-579", "10.1038/nmat4821", "X. Han, Y. Gong, ..., L. Hu, Nat. Mater., 2017, 16, 572-579.");

    public static readonly ReferenceView Wang2018 = new(
        "ref-wang2018", 49, ["Wang, C."], null, "Adv. Mater.", 2018, null, null, null, "C. Wang et al., Adv. Mater., 2018.");

    /// <summary>Interlayers with a CCD strictly above 2 mA/cm², the example query's answer, by id.</summary>
    public static readonly string[] InterlayersAbove2 = ["m-al2o3", "m-li3n", "m-range"];

    public static readonly IReadOnlyList<MeasurementView> Measurements =
    [
        Ccd("m-au", "Au interlayer", SubjectKind.Interlayer, 2.0, "mA/cm2"),
        Ccd("m-ag", "Ag interlayer", SubjectKind.Interlayer, 2000, "µA/cm2"),
        Ccd("m-zno", "ZnO interlayer", SubjectKind.Interlayer, 1.5, "mA/cm2"),
        Ccd("m-etch", "acid etching", SubjectKind.Treatment, 3.0, "mA/cm2"),
        Ccd("m-al2o3", "Al2O3 interlayer", SubjectKind.Interlayer, 2.5, "mA/cm2", references: [Han2017, Wang2018]),
        Ccd("m-li3n", "Li3N interlayer", SubjectKind.Interlayer, 3000, "µA cm-2", paper: Other),
        Ccd("m-range", "Sn interlayer", SubjectKind.Interlayer, 2.2, "mA/cm2", upper: 2.8),
        View("m-asr", "Al2O3 interlayer", SubjectKind.Interlayer, Property.InterfacialResistance, 1, "Ω cm2"),
        View("m-sigma", "Li6.4La3Zr1.4Ta0.6O12", SubjectKind.Material, Property.IonicConductivity, 0.5, "mS/cm",
            conditions: [Condition("temperature", 25, "°C")]),
    ];

    public static readonly StoreStatistics Statistics = new(Papers: 2, Sections: 14, Materials: 1, Strategies: 7, Measurements: 9, References: 2);

    public static InMemoryGraphStore Store() => new(Measurements, [Review, Other], Statistics);

    private static MeasurementView Ccd(
        string id, string subject, SubjectKind kind, double value, string unit, double? upper = null,
        IReadOnlyList<ReferenceView>? references = null, PaperView? paper = null) =>
        View(id, subject, kind, Property.CriticalCurrentDensity, value, unit, upper, references, paper);

    private static MeasurementView View(
        string id, string subject, SubjectKind kind, Property property, double value, string unitText, double? upper = null,
        IReadOnlyList<ReferenceView>? references = null, PaperView? paper = null, IReadOnlyList<ConditionView>? conditions = null)
    {
        var unit = Unit.Parse(unitText).GetValueOrThrow();
        var text = $"The {subject} gives a {PropertyVocabulary.Get(property).Name} of {value} {unitText}.";
        return new MeasurementView(
            id, "subject-" + subject.Replace(' ', '-'), subject, kind, property, value, upper, unit.Symbol, unit.ToSi(value), unit.SiSymbol,
            upper is null ? Qualifier.Exact : Qualifier.Range, conditions ?? [],
            new EvidenceView(paper ?? Review, EvidenceKind.Sentence, "3.2 Interlayers", text, null, null, 7, null),
            references ?? [], 0.9);
    }

    private static ConditionView Condition(string name, double value, string unitText)
    {
        var unit = Unit.Parse(unitText).GetValueOrThrow();
        return new ConditionView(name, value, unit.Symbol, unit.ToSi(value), unit.SiSymbol);
    }
}
