using System.Text.RegularExpressions;
using LlzoGraph.Core.Documents;
using LlzoGraph.Core.Facts;
using LlzoGraph.Core.Units;
using LlzoGraph.Extraction.Citations;
using LlzoGraph.Extraction.Quantities;
using LlzoGraph.Extraction.Tagging;
using LlzoGraph.Extraction.Text;
using LlzoGraph.Extraction.Vocabulary;

namespace LlzoGraph.Extraction.Facts;

/// <summary>
/// Reads measurements from the sentences of one paragraph. A value becomes a fact only with a property (named
/// in the sentence, or implied by a unit that only one property has) and a subject. The subject is, in order of how
/// local the evidence is: a strategy the value's own phrases name or refer back to (what it is given "for", the X of
/// "the PROPERTY of X", the clause's grammatical subject); a strategy the clause names before the value; a material
/// those phrases name; the one the passage is about, found by what the sentence refers back to ("the MCL",
/// "Li-C/LLZO"); the strategy the paper's own summary table gives for the cited work; a material named in the sentence;
/// last, the material the paper's title names.
/// </summary>
internal sealed partial class SentenceFacts(
    IReadOnlyDictionary<int, Subject> tableSubjects, CitationIndex citations, IEntityTagger? tagger = null, DocumentTerms? terms = null, Subject? paperMaterial = null)
{
    private const int PropertyReach = 120;

    public IEnumerable<Measurement> Extract(Block block) => Read(block).Measurements;

    /// <summary>The measurements of one paragraph, and the values whose unit contradicts the property they are given.</summary>
    public FactExtraction Read(Block block)
    {
        var measurements = new List<Measurement>();
        var flagged = new List<FlaggedValue>();
        var sentences = SentenceSplitter.Split(block.Text);
        var scope = CitationScope(sentences, citations);
        var defined = StrategyAbbreviations.Define(block.Text);
        var tagged = sentences.Select(s => tagger?.Tag(s.Clean, TaggingDomain.Project, terms ?? DocumentTerms.None) ?? []).ToList();
        var strategies = sentences.Select((s, k) => PassageSubjects.Named(s.Clean, defined, tagged[k])).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var quantities = QuantityFinder.Find(sentence.Clean);
            if (quantities.Count == 0)
            {
                continue;
            }

            var properties = PropertyMatcher.Find(sentence.Clean);
            var unnamed = PropertyPhrases.Find(sentence.Clean).Where(n => !properties.Any(p => n.Start < p.End && p.Start < n.End)).ToList();
            var read = quantities.Select(q => (Quantity: q, Condition: Conditions.NameIn(sentence.Clean, q))).ToList();
            var results = read.Where(n => n.Condition is null).Select(n => n.Quantity).ToList();
            var conditions = read.Where(n => n.Condition is not null)
                .Select(n => (Start: n.Quantity.Start, Condition: new Condition(n.Condition!, n.Quantity.Quantity)))
                .Concat(Conditions.InWords(sentence.Clean).Select(c => (Start: c.Position, c.Condition)))
                .ToList();
            var evidence = new Evidence(EvidenceKind.Sentence, block.Section, sentence.Text, block.Index, Page: block.Page, Box: block.Box);
            var respective = RespectiveSubjects.Find(sentence.Clean, results, properties, strategies[i]);
            var respectiveProperties = RespectiveSubjects.Properties(sentence.Clean, results, properties);
            var lastListed = respective.Keys.MaxBy(k => k.Start);
            var given = new Dictionary<QuantityMention, Property>(); // the property each value was given
            var materials = PassageSubjects.Materials(sentence.Clean, tagged[i]);
            for (var r = 0; r < results.Count; r++)
            {
                var q = results[r];
                var textBefore = sentence.Clean[..q.Start];
                var compared = ThatOf().Match(textBefore);
                if (IsComparisonTarget(q, sentence.Clean, properties) && !compared.Success)
                {
                    continue;
                }

                var (property, distance) = PropertyFor(q, sentence.Clean, properties, unnamed);
                if (respectiveProperties.TryGetValue(q, out var listedProperty))
                {
                    if (listedProperty is null || !PropertyVocabulary.Get(listedProperty.Value).Accepts(q.Quantity.Unit))
                    {
                        continue; // listed in the place of a property the vocabulary does not know, or cannot be
                    }

                    (property, distance) = (listedProperty.Value, q.Start - listedProperty.End);
                }

                if (property is null && Delivered().IsMatch(textBefore))
                {
                    // "delivered 2.1 mAh cm⁻²": a capacity, told apart by its unit
                    property = FamilyMember(Capacity, q.Quantity.Unit);
                    distance = -1;
                }

                if (property is null && Conditions.EndsInFailure(textBefore) && PropertyVocabulary.Get(Property.CriticalCurrentDensity).Accepts(q.Quantity.Unit))
                {
                    (property, distance) = (Property.CriticalCurrentDensity, -1); // "untreated cells failed at 0.25 mA cm⁻²"
                }

                if (Retained().IsMatch(textBefore) && q.Quantity.Unit.Symbol == "%")
                {
                    (property, distance) = (Property.CapacityRetention, -1); // "retained 88% capacity", "retained only 41% of its discharge capacity"
                }

                var layer = (property is null || distance < 0 || property == Property.Thickness) && q.Quantity.Unit.Dimension == ThicknessDimension
                    ? LayerAfter(q, sentence.Clean)
                    : null;
                Mention<Property>? NamedAt(int before) => before >= 0 ? properties.FirstOrDefault(p => p.End == q.Start - before) : null; // the mention a property came from
                if (property == Property.Thickness && NamedAt(distance) is { } thickness && thickness.End <= q.Start)
                {
                    layer ??= LayerWith(sentence.Clean, thickness.Start); // "a LiOH surface layer with a thickness of 20 nm"
                }

                if ((property is null || distance < 0) && (IsThicknessOf(q, sentence.Clean, strategies[i]) || layer is not null))
                {
                    (property, distance) = (Property.Thickness, -1);
                }

                var anchor = -1; // where the value's property is stated before it
                if (property is null && CyclingBefore(q, sentence.Clean, conditions.Any(c => c.Condition.Name == "current density")) is { } cycling)
                {
                    (property, distance, anchor) = (Property.CycleLife, -1, cycling);
                }

                if (property is null && Conditions.IntroducesComparison(textBefore)
                    && results.Take(r).LastOrDefault(given.ContainsKey) is { } comparedTo && PropertyVocabulary.Get(given[comparedTo]).Accepts(q.Quantity.Unit))
                {
                    (property, distance) = (given[comparedTo], -1); // "retained 88% capacity …, compared with 61% for the control"
                }

                if (property is null)
                {
                    if (Contradicted(q, sentence.Clean, properties) is { } named)
                    {
                        var definition = PropertyVocabulary.Get(named);
                        flagged.Add(new FlaggedValue(named, q.Quantity, evidence,
                            $"'{q.Quantity.Text}' is in {q.Quantity.Unit.Symbol} ({q.Quantity.Unit.Dimension}), but {definition.Name} is measured in {definition.Unit.Symbol} ({definition.Unit.Dimension})"));
                    }

                    continue;
                }

                given[q] = property.Value;
                var propertyMention = NamedAt(distance);
                anchor = propertyMention is not null && propertyMention.End <= q.Start ? propertyMention.End : anchor;
                var (subject, subjectConfidence) = PhraseSubjects.Label(sentence.Clean, q.Start, strategies[i], materials) is { } labelled ? (labelled, 0.85)
                    : respective.TryGetValue(q, out var listed) ? (listed, 0.8)
                    : layer is { } described && LayerSubject(described, strategies[i], materials) is { } made ? (made, 0.7)
                    : Conditions.IntroducesComparison(textBefore) && NamedAfter(q, sentence.Clean, strategies[i]) is { } other ? (other, 0.7) // "compared with 46 Ω cm² after heat treatment"
                    : compared.Success ? (SubjectNames.FromName(compared.Groups["x"].Value), 0.7) // "… than that of pristine LLZO (0.3 mA cm⁻²)"
                    : SubjectFor(q, propertyMention, i, sentences, scope[i], strategies, tagged[i]);
                if (subject is null)
                {
                    continue;
                }

                var own = ConditionsOf(sentence.Clean, results, r, conditions, anchor, respective.ContainsKey(q) && q != lastListed ? lastListed : null);
                var confidence = Math.Round(subjectConfidence * (distance < 0 ? 0.7 : 1 - Math.Min(0.3, distance / 400.0)), 3);
                var measurement = new Measurement(subject, property.Value, q.Quantity, own, evidence, scope[i], confidence);
                if (q.Before is { } before)
                {
                    // "from ~10⁻⁶ to ~10⁻⁴ S cm⁻¹": an approximation written with the pair holds for both values
                    var approximate = q.Quantity.Qualifier == Qualifier.Approximately ? Qualifier.Approximately : Qualifier.Exact;
                    var previous = measurement with { Quantity = new Quantity(before, q.Quantity.Unit, approximate, text: q.Quantity.Text) };
                    measurements.Add(previous);
                    measurement = measurement with { ChangedFrom = previous };
                }

                measurements.Add(measurement);
            }
        }

        return new FactExtraction(measurements, flagged);
    }

    /// <summary>
    /// The property a value is plainly given ("an ionic conductivity of 3 h": the property, then at most a linking
    /// word) when its unit cannot be that property; null when the value is not stated as any property.
    /// </summary>
    private static Property? Contradicted(QuantityMention q, string text, IReadOnlyList<Mention<Property>> properties)
    {
        var named = properties.Where(p => p.End <= q.Start && q.Start - p.End <= 40).MaxBy(p => p.End);
        return named is not null && LinkOnly().IsMatch(text[named.End..q.Start]) && !PropertyVocabulary.Get(named.Value).Accepts(q.Quantity.Unit)
            ? named.Value
            : null;
    }

    /// <summary>
    /// The references a sentence reports: its own citations, else those that close its passage (the next
    /// citation in the paragraph), as reviews cite once at the end of the sentences about one work.
    /// </summary>
    private static List<IReadOnlyList<int>> CitationScope(IReadOnlyList<Sentence> sentences, CitationIndex citations)
    {
        var cited = sentences.Select(citations.NumbersOf).ToList();
        var scope = new List<IReadOnlyList<int>>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            scope.Add(cited[i].Count > 0 ? cited[i] : cited.Skip(i + 1).FirstOrDefault(c => c.Count > 0) ?? []);
        }

        return scope;
    }

    /// <summary>
    /// The nearest property mention before the value whose dimension fits, else one just after in the same clause, else
    /// a unit-implied one. None when a property the vocabulary does not know (<paramref name="unnamed"/>) stands between
    /// and the value is its own ("a hardness of 9.1 GPa and a Young's modulus of …", or in a later clause).
    /// </summary>
    private static (Property? Property, int Distance) PropertyFor(
        QuantityMention q, string text, IReadOnlyList<Mention<Property>> properties, IReadOnlyList<(int Start, int End)> unnamed)
    {
        var fits = properties.Select(p => ByUnit(p, q.Quantity.Unit)).Where(p => PropertyVocabulary.Get(p.Value).Accepts(q.Quantity.Unit)).ToList();
        var before = fits.Where(p => p.End <= q.Start && q.Start - p.End <= PropertyReach).MaxBy(p => p.End);
        if (before is not null)
        {
            var between = unnamed.Where(o => o.Start >= before.End && o.End <= q.Start).ToList();
            var own = between.Count > 0 ? between.MaxBy(o => o.End) : default;
            return between.Count > 0 && (LinkOnly().IsMatch(text[own.End..q.Start]) || ClauseBreak().IsMatch(text[before.End..own.Start]))
                ? (null, 0)
                : (before.Value, q.Start - before.End);
        }

        if (unnamed.Any(o => o.End <= q.Start && LinkOnly().IsMatch(text[o.End..q.Start])))
        {
            return (null, 0); // "a hardness of 9.1 GPa": no property of the vocabulary's
        }

        var after = fits.Where(p => p.Start >= q.End && p.Start - q.End <= 40 && !ClauseBreak().IsMatch(text[q.End..p.Start])).MinBy(p => p.Start);
        if (after is not null)
        {
            return (after.Value, after.Start - q.End);
        }

        // a conductivity is read as the ionic one only where no property is named for the value to contradict
        var named = properties.Any(p => p.End <= q.Start && q.Start - p.End <= PropertyReach);
        var implied = named ? PropertyMatcher.ImpliedBy(q.Quantity.Unit) : PropertyMatcher.ImpliedBy(q.Quantity.Unit, text);
        return implied is null ? (null, 0) : (implied, -1);
    }

    /// <summary>
    /// A value that belongs to what the subject is compared with, not to the subject: "… as high as 60 GPa, which is
    /// higher than the value needed for stability (9 GPa)" — a "than" between the property and the value, other
    /// than the one of the value's own qualifier ("more than 9 GPa").
    /// </summary>
    private static bool IsComparisonTarget(QuantityMention q, string text, IReadOnlyList<Mention<Property>> properties)
    {
        var named = properties.Where(p => p.End <= q.Start && q.Start - p.End <= PropertyReach).MaxBy(p => p.End);
        if (named is null)
        {
            return false;
        }

        var gap = text[named.End..q.Start];
        var own = OwnQualifier().Match(gap);
        return Than().IsMatch(own.Success ? gap[..own.Index] : gap);
    }

    /// <summary>
    /// Words that name a family of properties told apart by unit: a "capacity" per gram is specific, per cm² areal; an
    /// "energy density" per kilogram is gravimetric, per litre volumetric.
    /// </summary>
    private static readonly string[] UnitDecides = [Capacity, "energy density"];

    private const string Capacity = "capacity";

    /// <summary>The member of the named property's family that the unit fits ("discharge capacity of 3 mA h cm⁻²" → areal capacity).</summary>
    private static Mention<Property> ByUnit(Mention<Property> named, Unit unit)
    {
        var family = UnitDecides.FirstOrDefault(f => named.Text.EndsWith(f, StringComparison.OrdinalIgnoreCase)
            || named.Text.EndsWith(f[..^1] + "ies", StringComparison.OrdinalIgnoreCase));
        if (family is null || PropertyVocabulary.Get(named.Value).Accepts(unit))
        {
            return named;
        }

        return FamilyMember(family, unit) is { } member ? named with { Value = member } : named;
    }

    /// <summary>The member of a family of properties (<see cref="UnitDecides"/>) whose unit a value has, if any.</summary>
    private static Property? FamilyMember(string family, Unit unit) =>
        PropertyVocabulary.All.FirstOrDefault(p => p.Accepts(unit) && p.Name.EndsWith(family, StringComparison.OrdinalIgnoreCase))?.Key;

    /// <summary>A length right after a layer or coating it describes ("an LCO layer (about 500 nm)", "a gold interlayer of 300 nm") is its thickness.</summary>
    private static readonly Dimension ThicknessDimension = PropertyVocabulary.Get(Property.Thickness).Unit.Dimension;

    /// <summary>
    /// The noun phrase a length stands before as its size ("a 10 nm Nb₂O₅ buffer layer", "a 30 μm LLZO-PEO membrane",
    /// "a 500 μm LLZTO pellet"), or null.
    /// </summary>
    private static (int Start, int End)? LayerAfter(QuantityMention q, string text)
    {
        var m = LengthThenLayer().Match(text, q.End);
        return m.Success ? (m.Index, m.Index + m.Length) : null;
    }

    /// <summary>
    /// The layer-like noun phrase a thickness is stated for right before its property: "a LiOH surface layer with a
    /// thickness of …", "Li–La–Zr–O films (thickness …", or null.
    /// </summary>
    private static (int Start, int End)? LayerWith(string text, int property)
    {
        var m = LayerThenThickness().Match(text[..property]);
        return m.Success ? (m.Groups["np"].Index, m.Groups["np"].Index + m.Groups["np"].Length) : null;
    }

    /// <summary>
    /// The strategy a value compared with is given for, right after it ("compared with 46 Ω cm² after heat treatment",
    /// "… for the interface without Li₃BO₃" → that control), or null.
    /// </summary>
    private static Subject? NamedAfter(QuantityMention q, string text, IReadOnlyList<Mention<Subject>> strategies)
    {
        var by = GivenFor().Match(text, q.End);
        if (by.Success && GivenPhrase().Match(text, by.Index + by.Length) is { Success: true } phrase && PhraseSubjects.Control(phrase.Groups["x"].Value) is { } control)
        {
            return control; // "… for the interface without Li₃BO₃", "… for the unmodified control"
        }

        var named = by.Success ? strategies.FirstOrDefault(s => s.Start >= by.Index + by.Length && s.Start - (by.Index + by.Length) <= 40) : null;
        return named is null ? null : ControlOf(text, named) ?? named.Value;
    }

    /// <summary>What the noun phrase after a length names: its strategy, else its material.</summary>
    private static Subject? LayerSubject((int Start, int End) phrase, IReadOnlyList<Mention<Subject>> strategies, IReadOnlyList<Mention<string>> materials) =>
        strategies.FirstOrDefault(s => s.Start >= phrase.Start && s.End <= phrase.End)?.Value
        ?? materials.Where(m => m.Start >= phrase.Start && m.End <= phrase.End).Select(m => SubjectNames.FromName(m.Value)).FirstOrDefault();

    private static bool IsThicknessOf(QuantityMention q, string text, IReadOnlyList<Mention<Subject>> strategies) =>
        q.Quantity.Unit.Dimension == PropertyVocabulary.Get(Property.Thickness).Unit.Dimension
        && strategies.Any(s => s.Value.Kind is SubjectKind.Interlayer or SubjectKind.Coating && s.End <= q.Start && q.Start - s.End <= 12
            && LayerThenLength().IsMatch(text[s.End..q.Start]));

    /// <summary>
    /// The conditions of the <paramref name="r"/>th value, each name once, the nearest first: those after it up to the
    /// next value; one the sentence opens with ("At 60 °C, the CCD rose to …"; not one stated later before the values,
    /// often a step of making: "heated at 500 °C, achieving 10 Ω cm²"); for a value of a "respectively" list, those
    /// after the list's <paramref name="lastListed"/> value ("0.8 and 0.3 mS cm⁻¹ at 25 °C, respectively"); and those
    /// between its property, stated at <paramref name="anchor"/>, and it ("the CCD measured at 25 °C was …", "cycled at
    /// 0.5 mA cm⁻² for 1500 h"), unless an earlier value stands between and holds them.
    /// </summary>
    private static List<Condition> ConditionsOf(
        string text, List<QuantityMention> results, int r, List<(int Start, Condition Condition)> conditions, int anchor, QuantityMention? lastListed)
    {
        var q = results[r];
        int After(int start) => results.FirstOrDefault(x => x.Start > start)?.Start ?? int.MaxValue;
        var own = conditions.Where(c => c.Start > q.Start && c.Start < After(q.Start)).Select(c => c.Condition).ToList();
        var more = conditions.Where(c => OpensWithCondition().IsMatch(text[..c.Start]));
        if (lastListed is not null)
        {
            more = more.Concat(conditions.Where(c => c.Start > lastListed.Start && c.Start < After(lastListed.Start)));
        }

        if (anchor >= 0 && (r == 0 || results[r - 1].Start < anchor))
        {
            more = more.Concat(conditions.Where(c => c.Start >= anchor && c.Start < q.Start));
        }

        foreach (var (_, condition) in more)
        {
            if (own.All(o => o.Name != condition.Name))
            {
                own.Add(condition);
            }
        }

        return own;
    }

    /// <summary>
    /// A time a cell is cycled for, with its conditions between ("cells are cycled at 0.5 mA cm⁻² for 1500 h",
    /// "stable plating/stripping over 800 h"), is its cycle life.
    /// </summary>
    /// <param name="underCurrent">
    /// Whether the sentence gives a current density: then "stable for 1000 h at 0.1 mA cm⁻²" and "ran for 1500 h at 0.1
    /// mA cm⁻²" are cycling as well.
    /// </param>
    /// <returns>Where the cycling word ends, or null.</returns>
    private static int? CyclingBefore(QuantityMention q, string text, bool underCurrent)
    {
        if (q.Quantity.Unit.Dimension != PropertyVocabulary.Get(Property.CycleLife).Unit.Dimension
            || !(q.Lead is "for" or "over" || q.Quantity.Qualifier is Qualifier.GreaterThan or Qualifier.AtLeast))
        {
            return null;
        }

        if (CyclingAfter().Match(text, q.End) is { Success: true } after)
        {
            return after.Index + after.Length; // "over 2000 h of cycling"
        }

        var from = Math.Max(0, q.Start - 80);
        var cycling = CyclingWord().Match(text[from..q.Start]);
        if (!cycling.Success && underCurrent)
        {
            cycling = StableWord().Match(text[from..q.Start]);
        }

        return cycling.Success ? from + cycling.Groups["word"].Index + cycling.Groups["word"].Length : null;
    }

    private (Subject? Subject, double Confidence) SubjectFor(
        QuantityMention q, Mention<Property>? property, int index, IReadOnlyList<Sentence> sentences, IReadOnlyList<int> refs,
        List<IReadOnlyList<Mention<Subject>>> strategies, IReadOnlyList<EntityMention> tagged)
    {
        var sentence = sentences[index];
        var (clauseStart, clauseEnd) = ClauseOf(sentence.Clean, q.Start);

        // what the value is given "for", the X of "the PROPERTY of X", and the clause's own subject phrase, most local
        // first, when they name or refer back to a strategy
        var asides = Aside().Matches(sentence.Clean).Where(a => a.Index >= clauseStart && a.Index + a.Length <= q.Start).ToList();
        var phrase = SubjectPhrases.Find(WithoutAsides(sentence.Clean, asides), clauseStart, clauseEnd, q.Start);
        var ofWhat = property is not null && property.End <= q.Start ? SubjectPhrases.Of(sentence.Clean, property, q.Start) : null;
        var local = new[] { SubjectPhrases.For(sentence.Clean, q.End, clauseEnd), ofWhat, phrase };
        foreach (var candidate in local.Prepend(SubjectPhrases.With(sentence.Clean, q.End, clauseEnd))) // a design "with" names is no material's
        {
            if (candidate is null)
            {
                continue;
            }

            var before = PassageSubjects.Earlier(index, candidate.Start, sentences, refs, strategies);
            var (mention, antecedent) = PhraseSubjects.Strategy(sentence.Clean, candidate, strategies[index], before);
            if (mention is not null)
            {
                return (ControlOf(sentence.Clean, mention) ?? mention.Value, 0.85);
            }

            if (antecedent is not null)
            {
                return (antecedent, 0.8);
            }
        }

        var here = strategies[index].Where(s => s.Start >= clauseStart && s.End <= clauseEnd).ToList();
        var preceding = here.Where(s => s.End <= q.Start).ToList();
        var outside = preceding.Where(s => !asides.Any(a => a.Index <= s.Start && s.End <= a.Index + a.Length)).ToList();
        var inSentence = (outside.Count > 0 ? outside : preceding).MaxBy(s => s.End) ?? (here.Count > 0 ? here[0] : null);
        if (inSentence?.Value.Kind is SubjectKind.Process or SubjectKind.Treatment)
        {
            // "a Li₃PO₄ layer … through atomic layer deposition and annealing", "a Li–Sn alloy interlayer via magnetron
            // sputtering": the process makes the layer
            var means = PassageSubjects.IsMeans(sentence.Clean, inSentence);
            inSentence = here.FirstOrDefault(s => s.Start < inSentence.Start && s.Value.Kind is not (SubjectKind.Process or SubjectKind.Treatment)
                && (s.Value.Materials.Count > 0 || means && s.Value.Kind is not SubjectKind.Other)) ?? inSentence;
        }

        var control = inSentence is null ? null : ControlOf(sentence.Clean, inSentence);
        if (inSentence is not null && inSentence.End <= q.Start)
        {
            return (control ?? ExampleOf(sentence.Clean, inSentence, tagged, q.Start) ?? inSentence.Value, 0.85);
        }

        // then a material one of them names: it wins over the passage's strategy and over a strategy named after the value
        var sentenceMaterials = PassageSubjects.Materials(sentence.Clean, tagged);
        foreach (var candidate in local)
        {
            if (candidate is not null && PhraseSubjects.Material(sentence.Clean, candidate, sentenceMaterials) is { } own)
            {
                return (own, own.Kind == SubjectKind.Material ? 0.75 : 0.5); // a battery type ("Sodium-ion cells") is a weak subject
            }
        }

        if (inSentence is not null && control is null)
        {
            return (inSentence.Value, 0.8); // a control named after the value is not its subject
        }

        // "This led to …", "As a result, …": the value is what the passage's subject achieved, not the sentence's materials
        var isResult = ResultOpening().IsMatch(sentence.Clean[clauseStart..]);

        if (PassageSubjects.Topic(index, clauseStart, sentence.Clean[clauseStart..clauseEnd], sentences, refs, strategies) is { } topic)
        {
            return (topic, 0.7);
        }

        // the cited work's row in the paper's own summary table, when the passage names no subject
        var tabled = refs.Where(tableSubjects.ContainsKey).Select(r => tableSubjects[r]).Distinct().ToList();
        if (tabled.Count == 1)
        {
            return (tabled[0], 0.8);
        }

        if (isResult && PassageSubjects.DefinedMaterial(index, sentences, refs) is { } defined)
        {
            return (defined, 0.6);
        }

        // an ion ("Li⁺ transport") or a reference electrode ("vs. Li⁺/Li") is no sample
        bool Sample(Mention<string> m) => m.Start >= clauseStart && m.End <= clauseEnd && !MaterialTokens.IsIon(m.Value) && !ReferenceElectrode().IsMatch(sentence.Clean[..m.Start]);
        var finderHits = MaterialFinder.Find(sentence.Clean); // by the names it knows; a wider name the tagger gives them ("PEO-LLZTO") is theirs
        var materials = sentenceMaterials.Where(m => finderHits.Any(f => f.Start >= m.Start && f.End <= m.End)).Where(Sample).ToList();
        var material = materials.Where(m => m.End <= q.Start).MaxBy(m => m.End) ?? (materials.Count > 0 ? materials[0] : null);
        if (material is not null)
        {
            return (PhraseSubjects.AsMaterial(sentence.Clean, material), 0.75);
        }

        // last, the noun phrase the sentence opens with ("Sodium-ion cells with hard carbon anodes reach …")
        var opening = OpeningNounPhrase().Match(sentence.Clean);
        if (opening.Success && opening.Index + opening.Length <= q.Start)
        {
            return (new Subject(opening.Groups["np"].Value, SubjectKind.Other, []), 0.5);
        }

        // then a material only the tagger recognises, then the material the passage defines a short form for
        var taggedMaterials = sentenceMaterials.Where(Sample).ToList();
        var taggedMaterial = taggedMaterials.Where(m => m.End <= q.Start).MaxBy(m => m.End) ?? (taggedMaterials.Count > 0 ? taggedMaterials[0] : null);
        if (taggedMaterial is not null)
        {
            return (PhraseSubjects.AsMaterial(sentence.Clean, taggedMaterial), 0.5);
        }

        return PassageSubjects.DefinedMaterial(index, sentences, refs) is { } earlier ? (earlier, 0.5)
            : PassageSubjects.LastMaterial(index, sentences, refs) is { } named ? (named, 0.4)
            : paperMaterial is not null && (phrase is null || !PhraseSubjects.IsGenericStrategy(phrase.Text))
                ? (paperMaterial, 0.3) // "the 10 h sample" of a paper about Ta-doped LLZO; not "these strategies"
            : (null, 0);
    }

    /// <summary>
    /// A control the sentence names by what it lacks: "the battery without the X additive" is not the additive, nor is
    /// the cell of a sentence that opens "Without any X, …".
    /// </summary>
    /// <summary>
    /// The one example a class of designs is given by, when the value follows it: "soft interlayers such as
    /// PEO-LiTFSI, with a Young's modulus of 0.1 GPa" are measured on PEO-LiTFSI. A list of examples leaves the class.
    /// </summary>
    private static Subject? ExampleOf(string text, Mention<Subject> strategy, IReadOnlyList<EntityMention> tagged, int value)
    {
        var such = SuchAs().Match(text, strategy.End);
        if (!such.Success)
        {
            return null;
        }

        var example = PassageSubjects.Materials(text, tagged).FirstOrDefault(m => m.Start == such.Index + such.Length);
        return example is not null && example.End <= value && !ListGoesOn().IsMatch(text.AsSpan(example.End))
            ? new Subject(example.Value, SubjectKind.Material, [example.Value])
            : null;
    }

    [GeneratedRegex(@"\G,?\s+such\s+as\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SuchAs();

    [GeneratedRegex(@"^\s*(?:,\s*[^\s,]+\s*(?:,|and|or)|and\b|or\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ListGoesOn();

    private static Subject? ControlOf(string text, Mention<Subject> strategy)
    {
        var without = Without().Match(text[..strategy.Start]);
        return without.Success
            ? new Subject(text[without.Groups["np"].Index..strategy.End], SubjectKind.Other, strategy.Value.Materials)
            : null;
    }

    [GeneratedRegex(@"(?:\b(?<np>[\p{L}-]+\s+without)|^\W*(?<np>without))\s+(?:the\s+|an?\s+|any\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Without();

    [GeneratedRegex(@"^\s*(?:This|These|It|They)\s+(?:led|leads|lead|resulted|results|enabled|enables|gave|gives)\b|^\s*(?:As a result|Consequently|Therefore|Thus|Hence)\b")]
    private static partial Regex ResultOpening();

    /// <summary>
    /// The part of a sentence that holds the value, where the sentence splitter kept two printed sentences together
    /// ("… at 200 °C. The interfacial resistance …"): boundaries are a full stop before a word that opens a sentence,
    /// and a contrast that brings its own subject (", whereas the cell with …").
    /// </summary>
    private static (int Start, int End) ClauseOf(string text, int position)
    {
        var start = 0;
        var end = text.Length;
        foreach (Match m in ClauseBoundary().Matches(text))
        {
            if (m.Index + m.Length <= position)
            {
                start = m.Index + m.Length;
            }
            else if (m.Index >= position)
            {
                end = Math.Min(end, m.Index + 1);
            }
        }

        return (start, end);
    }

    [GeneratedRegex(@"(?<=[\p{L}\p{N}°%)⁻¹²³]\.)(?<!\b(?:al|Fig|fig|Ref|ref|vs|Eq|eq|ca)\.)\s+(?=(?:The|This|These|Those|Its|Their|It|Such|Furthermore|Moreover|However|Meanwhile|Additionally|Consequently|As a result)\b)|[,;]\s+(?=(?:whereas|while)\s+(?:the|a|an|its|their|this|these|that|those|[\p{Lu}\d])\S*\s)|:\s+(?=(?:a|an|the|this|these|its|their)\s)")]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex(@"^\s*(?:of|was|were|is|are|reached|reaching|=|:|as high as|as low as|up to|about|only)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkOnly();

    /// <summary>The text with the relative clauses blanked, so that a subject phrase is read past them.</summary>
    private static string WithoutAsides(string text, List<Match> asides)
    {
        if (asides.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var a in asides)
        {
            Array.Fill(chars, ' ', a.Index, a.Length);
        }

        return new string(chars);
    }

    /// <summary>
    /// A relative or participle clause set off by commas ("Bilayer frameworks, in which a porous host is co-sintered onto
    /// a dense membrane, have enabled …", "A LiNbO₃ coating, applied by a sol–gel route, lowered …"): what it names
    /// describes the subject before it and is none itself.
    /// </summary>
    [GeneratedRegex(@",\s+(?:in which|in whom|where|wherein|which|whose|\p{L}+ed\s+(?:by|via|using|through|from|with))\b[^,;:]*,", RegexOptions.IgnoreCase)]
    private static partial Regex Aside();

    /// <summary>Where one clause ends and another begins: a semicolon, or a comma before a conjunction.</summary>
    [GeneratedRegex(@";|,\s*(?:and|but|while|whereas|yet)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\s*(?:\(|,|of)?\s*(?:about|approximately|~|ca\.)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LayerThenLength();

    /// <summary>The head nouns of what a length can be the thickness of.</summary>
    private const string LayerHeads = "(?:membranes?|films?|layers?|interlayers?|bilayers?|foils?|pellets?|separators?|coatings?|sheets?)";

    [GeneratedRegex(@"\G(?:\s*(?:,|,?\s+and|,?\s+or)\s+[~≈]?\d[\d.]*\s*(?:nm|μm|µm|mm)\b)*[\s-]*(?:thick\s+)?(?:[^\s,;.()]+\s+){0,3}?" + LayerHeads + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex LengthThenLayer();

    [GeneratedRegex(@"(?<np>(?:[^\s,;.()]+\s+){0,3}?[^\s,;.()]*?\b" + LayerHeads + @")\s*(?:\(\s*|,\s*|\s+with\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex LayerThenThickness();

    [GeneratedRegex(@"\G\s*(?:after|with|for|using|by)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex GivenFor();

    /// <summary>The noun phrase a comparison's value is given for, up to the clause's next break.</summary>
    [GeneratedRegex(@"\G(?<x>(?:the\s+|an?\s+)?[^,;()]{1,60}?)(?=\s*(?:[,;)]|\.(?:\s|$)|$|\s(?:at|after|and|which|when|in)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex GivenPhrase();

    [GeneratedRegex(@"\G\s*of\s+(?:stable\s+)?(?:cycling|plating/stripping|stripping/plating)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CyclingAfter();

    [GeneratedRegex(@"\bretain(?:ed|s|ing)?\s+(?:(?:only|just|still|merely)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Retained();

    /// <summary>A cell that delivers what follows, right before the value ("delivered", "delivering a high").</summary>
    [GeneratedRegex(@"\bdeliver(?:s|ed|ing)?\s+(?:an?\s+)?(?:(?:high|higher|low|lower|initial|reversible|stable)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex Delivered();

    /// <summary>What a value compared with belongs to, right before it: "… than that of (the) pristine LLZO (".</summary>
    [GeneratedRegex(@"\b(?:than|times)\s+(?:that|those)\s+of\s+(?:the\s+)?(?<x>[^(),;]{2,60}?)\s*[(,:]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ThatOf();

    /// <summary>A cycling verb or noun, then no full stop (a decimal point is none) or semicolon before the value.</summary>
    [GeneratedRegex(@"\b(?<word>cycl(?:e|es|ed|ing)|plating/stripping|stripping/plating)\b(?:[^.;]|\.\d)*$", RegexOptions.IgnoreCase)]
    private static partial Regex CyclingWord();

    /// <summary>"stable"/"stably" or "ran" (for a cell under a current), then no full stop or semicolon before the value.</summary>
    [GeneratedRegex(@"\b(?<word>stable|stably|ran|runs|run|operated)\b(?:[^.;]|\.\d)*$", RegexOptions.IgnoreCase)]
    private static partial Regex StableWord();

    /// <summary>The words before a condition that opens its sentence ("At ", "Under a pressure of ").</summary>
    [GeneratedRegex(@"^\W*(?:at|under|after)\s+(?:an?\s+(?:\w+\s+)?(?:temperature|pressure|current density|rate)\s+of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OpensWithCondition();

    [GeneratedRegex(@"\b(?:vs\.?|versus)\s*(?:[\p{L}⁺⁻+]+\s*/\s*)?$")]
    private static partial Regex ReferenceElectrode();

    [GeneratedRegex(@"\bthan\b", RegexOptions.IgnoreCase)]
    private static partial Regex Than();

    [GeneratedRegex(@"\b(?:more|less|higher|lower|greater|smaller|larger|better)\s+than\s*[~≈]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnQualifier();

    /// <summary>One to three words opening a sentence, capitalised, not a determiner or connective, up to the verb or preposition that ends them.</summary>
    [GeneratedRegex(@"^(?!(?:The|A|An|This|These|Those|That|It|Its|They|Their|As|In|On|At|For|By|With|However|Moreover|Furthermore|Thus|Therefore|Meanwhile|Similarly|Besides|Although|When|While|After|Before|Due|Owing|Compared|Here|There|Such|Both|Each|Other|Some|All|Most|Notably|Finally|First|Second|Then|Also|To|From|Through|Via|Using|Because|Since|If|We|Our)\b)(?<np>[A-Z][\p{L}\p{N}-]*(?:\s+[a-z][\p{L}\p{N}-]*){0,2}?)\s+(?=(?:is|are|was|were|has|have|had|show|shows|showed|exhibit|exhibits|exhibited|achieve|achieves|achieved|deliver|delivers|delivered|reach|reaches|reached|assembled|with|can|could|possess|possesses|possessed)\b)")]
    private static partial Regex OpeningNounPhrase();
}
