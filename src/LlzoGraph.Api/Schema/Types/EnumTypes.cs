using GraphQL.Types;
using LlzoGraph.Core.Facts;

namespace LlzoGraph.Api.Schema.Types;

/// <summary>An enum graph type over a Core enum: CONSTANT_CASE names, one description per value.</summary>
internal abstract class DescribedEnumType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    protected DescribedEnumType(string name, string description)
    {
        Name = name;
        Description = description;
        foreach (var value in Values)
        {
            value.Description = Describe((TEnum)value.Value!);
        }
    }

    protected abstract string? Describe(TEnum value);
}

internal sealed class PropertyEnumType() : DescribedEnumType<Property>(
    "Property", "The controlled vocabulary of properties a measurement can report.")
{
    protected override string? Describe(Property value)
    {
        var definition = PropertyVocabulary.Get(value);
        var name = char.ToUpperInvariant(definition.Name[0]) + definition.Name[1..];
        return $"{name}; usually reported in {definition.Unit.Symbol} (SI unit {definition.Unit.SiSymbol}).";
    }
}

internal sealed class SubjectKindEnumType() : DescribedEnumType<SubjectKind>(
    "SubjectKind", "What a measurement is about: a material itself, or a strategy applied to it.")
{
    protected override string? Describe(SubjectKind value) => value switch
    {
        SubjectKind.Material => "A material itself, e.g. Ta-doped LLZO.",
        SubjectKind.Treatment => "A treatment of a material or its surface, e.g. acid etching or annealing.",
        SubjectKind.Interlayer => "A layer placed between electrolyte and electrode, e.g. Au or ZnO.",
        SubjectKind.Coating => "A coating on a material or its particles.",
        SubjectKind.Additive => "Something added to a material or electrode, e.g. a sintering aid or an alloying element.",
        SubjectKind.Process => "A way of making or assembling, e.g. hot pressing or melt infiltration.",
        SubjectKind.Other => "Any other subject.",
        _ => null,
    };
}

internal sealed class QualifierEnumType() : DescribedEnumType<Qualifier>(
    "Qualifier", "How a reported number relates to the true value.")
{
    protected override string? Describe(Qualifier value) => value switch
    {
        Qualifier.Exact => "Reported as the value (\"2.1 mA cm-2\").",
        Qualifier.Approximately => "Reported as about the value (\"~2 mA cm-2\").",
        Qualifier.LessThan => "Reported as below the value (\"< 10 Ω cm2\").",
        Qualifier.AtMost => "Reported as at most the value (\"≤ 10 Ω cm2\").",
        Qualifier.GreaterThan => "Reported as above the value (\"> 1 mA cm-2\").",
        Qualifier.AtLeast => "Reported as at least the value (\"≥ 1 mA cm-2\").",
        Qualifier.Range => "Reported as a range: value is its lower bound, upperValue its upper bound.",
        _ => null,
    };
}

internal sealed class EvidenceKindEnumType() : DescribedEnumType<EvidenceKind>(
    "EvidenceKind", "Where a value was read.")
{
    protected override string? Describe(EvidenceKind value) => value switch
    {
        EvidenceKind.Sentence => "A sentence of a paragraph.",
        EvidenceKind.TableRow => "A row of a table.",
        _ => null,
    };
}

internal sealed class CitationFormEnumType() : DescribedEnumType<CitationForm>(
    "CitationForm", "How an in-text citation was written.")
{
    protected override string? Describe(CitationForm value) => value switch
    {
        CitationForm.Superscript => "A superscript number after the cited statement (\"…surface.³²\").",
        CitationForm.TrailingNumber => "A plain number printed after the full stop, as converted text leaves superscripts (\"…surface. 47\").",
        CitationForm.Bracketed => "A number in square brackets (\"[12–14]\").",
        CitationForm.RefMention => "A mention such as \"ref. 47\", typical of figure captions.",
        CitationForm.AuthorYear => "An author–year citation (\"Feng et al., 2022\"), resolved against the reference list.",
        CitationForm.TableColumn => "A table's reference column for its row.",
        _ => null,
    };
}
