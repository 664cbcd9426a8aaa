using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class SofcExpSpanConventionsTests
{
    /// <summary>Tags the given texts (first place each stands) in any domain.</summary>
    private sealed class Fixed(params (EntityType Type, string Text)[] found) : IEntityTagger
    {
        public IReadOnlyList<EntityMention> Tag(string sentence) => found
            .Select(f => (f.Type, f.Text, Start: sentence.IndexOf(f.Text, StringComparison.Ordinal)))
            .Where(f => f.Start >= 0)
            .Select(f => new EntityMention(f.Type, f.Start, f.Start + f.Text.Length, f.Text, 0.9))
            .OrderBy(m => m.Start)
            .ToList();
    }

    private static IEnumerable<(EntityType, string)> Tag(string sentence, TaggingDomain domain, params (EntityType Type, string Text)[] found) =>
        new SofcExpSpanConventions(new Fixed(found)).Tag(sentence, domain, DocumentTerms.None).Select(m => (m.Type, m.Text));

    [Theory]
    [InlineData("The cell was tested between 550 and 750 °C in air.", "550 and 750 °C", "between 550 and 750 °C")]
    [InlineData("The ASR fell from 0.37 to 0.47 Ohm cm2.", "0.37 to 0.47 Ohm cm2", "from 0.37 to 0.47 Ohm cm2")]
    [InlineData("Cells operate below 500 °C.", "500 °C", "below 500 °C")]
    [InlineData("It ran for more than 3 h.", "3 h", "more than 3 h")]
    [InlineData("The OCV was approximately 1.07 V.", "approximately 1.07 V", "1.07 V")]
    [InlineData("It was stable over 150 h.", "over 150 h", "150 h")]
    [InlineData("The film was 850 nm thick.", "850 nm", "850 nm")]
    [InlineData("The ASR was 2.04 ± 0.1 Ω cm2.", "0.1 Ω cm2", "2.04 ± 0.1 Ω cm2")]
    [InlineData("It rose from 1.5 ± 0.2 to 3 V.", "3 V", "3 V")]
    public void Values_keep_bounding_words_and_drop_approximating_ones(string sentence, string tagged, string expected) =>
        Assert.Equal([(EntityType.Quantity, expected)], Tag(sentence, TaggingDomain.SofcExp, (EntityType.Quantity, tagged)));

    [Fact]
    public void A_bounding_word_tagged_apart_joins_the_value_after_it() =>
        Assert.Equal(
            [(EntityType.Quantity, "below 500 °C")],
            Tag("Cells operate below 500 °C.", TaggingDomain.SofcExp, (EntityType.Quantity, "below"), (EntityType.Quantity, "500 °C")));

    [Theory]
    [InlineData("A single-layered GDC-based cell was made.", "GDC", "GDC-based")]
    [InlineData("AAO‐supported thin-film cells.", "AAO", "AAO‐supported")]
    [InlineData("GDC-doped films.", "GDC", "GDC")]
    [InlineData("The GDC basedness.", "GDC", "GDC")]
    [InlineData("SrMo1−xMgxO3−δ (x = 0.1 and 0.2) anodes.", "SrMo1−xMgxO3−δ", "SrMo1−xMgxO3−δ (x = 0.1 and 0.2)")]
    [InlineData("La1−xSrxCoO3 (0 ≤ x ≤ 0.4) films.", "La1−xSrxCoO3", "La1−xSrxCoO3 (0 ≤ x ≤ 0.4)")]
    [InlineData("LSCF (Fig. 2) films.", "LSCF", "LSCF")]
    public void Materials_keep_a_relating_suffix_and_their_composition(string sentence, string tagged, string expected) =>
        Assert.Equal([(EntityType.Material, expected)], Tag(sentence, TaggingDomain.SofcExp, (EntityType.Material, tagged)));

    [Theory]
    [InlineData("An Sm doped CeO2 buffer layer.", "Sm", "Sm doped CeO2")]
    [InlineData("La-doped SrTiO3 (LST) anodes.", "La-doped", "La-doped SrTiO3")]
    [InlineData("Ni‐infiltrated SDC anodes.", "Ni", "Ni‐infiltrated SDC")]
    [InlineData("Thin yttrium-doped barium zirconate electrolytes.", "yttrium-doped", "yttrium-doped barium zirconate")]
    [InlineData("Yttria stabilized zirconia layers.", "Yttria", "Yttria stabilized zirconia")]
    [InlineData("A Gd-doped ceria-based cell.", "Gd-doped", "Gd-doped ceria")]
    [InlineData("La-doped films were made.", "La-doped", "La-doped")]
    [InlineData("NTO-infiltrated Ni0.9Fe0.1-supports.", "NTO-infiltrated", "NTO-infiltrated Ni0.9Fe0.1")]
    [InlineData("Ni impregnated into the support.", "Ni", "Ni")]
    [InlineData("Sr-doped The film.", "Sr-doped", "Sr-doped")]
    [InlineData("Ni-doped anodes.", "Ni", "Ni")]
    public void A_dopant_keeps_the_host_it_is_put_in(string sentence, string tagged, string expected) =>
        Assert.Equal([(EntityType.Material, expected)], Tag(sentence, TaggingDomain.SofcExp, (EntityType.Material, tagged)));

    [Fact]
    public void A_host_tagged_apart_joins_its_dopant() =>
        Assert.Equal(
            [(EntityType.Material, "La-doped SrTiO3")],
            Tag("La-doped SrTiO3 anodes.", TaggingDomain.SofcExp, (EntityType.Material, "La-doped"), (EntityType.Material, "SrTiO3")));

    [Theory]
    [InlineData("Pt/YSZ/Pt cells were built.", "Pt/YSZ/Pt", new[] { "Pt", "YSZ", "Pt" })]
    [InlineData("The Ni-GDC|GDC|LSCF cell.", "Ni-GDC|GDC|LSCF", new[] { "Ni-GDC", "GDC", "LSCF" })]
    [InlineData("A Pt/yttria-stabilized zirconia interface.", "Pt/yttria-stabilized zirconia", new[] { "Pt", "yttria-stabilized zirconia" })]
    [InlineData("The cathode|YSZ interface.", "cathode|YSZ", new[] { "YSZ" })]
    [InlineData("A (La/Sr)CoO3 film.", "(La/Sr)CoO3", new[] { "(La/Sr)CoO3" })]
    [InlineData("A Ni-YSZ anode.", "Ni-YSZ", new[] { "Ni-YSZ" })]
    public void A_stack_or_cell_is_its_parts_that_name_substances(string sentence, string tagged, string[] expected) =>
        Assert.Equal(expected.Select(e => (EntityType.Material, e)), Tag(sentence, TaggingDomain.SofcExp, (EntityType.Material, tagged)));

    [Fact]
    public void The_project_domain_keeps_a_cell_whole() =>
        Assert.Equal([(EntityType.Material, "Li|LLZTO|Li")], Tag("Li|LLZTO|Li cells.", TaggingDomain.Project, (EntityType.Material, "Li|LLZTO|Li")));

    [Fact]
    public void The_project_domain_is_left_as_tagged()
    {
        (EntityType, string)[] found = [(EntityType.Material, "GDC"), (EntityType.Quantity, "approximately 1.07 V")];

        Assert.Equal(found, Tag("A GDC-based cell gave approximately 1.07 V.", TaggingDomain.Project, found));
    }

    [Fact]
    public void An_extended_value_does_not_reach_into_the_mention_before_it() =>
        Assert.Equal(
            [(EntityType.Material, "H2 from"), (EntityType.Quantity, "5 to 10 %")],
            Tag("We fed H2 from 5 to 10 %.", TaggingDomain.SofcExp, (EntityType.Material, "H2 from"), (EntityType.Quantity, "5 to 10 %")));

    [Fact]
    public void Materials_of_the_gold_leave_their_relating_suffix_out_for_training()
    {
        const string sentence = "A GDC-based cell gave approximately 1.07 V and over 2 W at 600 °C.";
        GoldEntity Span(string text, EntityType type)
        {
            var start = sentence.IndexOf(text, StringComparison.Ordinal);
            return new GoldEntity(start, start + text.Length, type);
        }

        var mapped = SofcExpSpanConventions.ToProject(
            sentence,
            [Span("GDC-based", EntityType.Material), Span("1.07 V", EntityType.Quantity), Span("2 W", EntityType.Quantity), Span("600 °C", EntityType.Quantity)]);

        Assert.Equal(["GDC", "1.07 V", "2 W", "600 °C"], mapped.Select(e => sentence[e.Start..e.End]));
    }
}
