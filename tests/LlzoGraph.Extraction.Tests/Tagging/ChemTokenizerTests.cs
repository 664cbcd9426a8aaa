using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class ChemTokenizerTests
{
    [Theory]
    [InlineData("Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂ pellets", "Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂|pellets")]
    [InlineData("Li6.4La3Zr1.4Ta0.6O12 was sintered.", "Li6.4La3Zr1.4Ta0.6O12|was|sintered|.")]
    [InlineData("a LiF-Li₂PO₃F layer", "a|LiF-Li₂PO₃F|layer")]
    [InlineData("Li|LLZTO|Li cells", "Li|LLZTO|Li|cells")]
    [InlineData("Ga-LLZO, Al-LLZO", "Ga-LLZO|,|Al-LLZO")]
    [InlineData("2.6 mA cm⁻²", "2.6|mA|cm⁻²")]
    [InlineData("2.6mA cm-2", "2.6|mA|cm-2")]
    [InlineData("at 25°C.", "at|25|°C|.")]
    [InlineData("Li₃PO₄ (LPO) layer", "Li₃PO₄|(|LPO|)|layer")]
    [InlineData("(LPO),", "(|LPO|)|,")]
    [InlineData("(at 700 °C)23 was", "(|at|700|°C|)|23|was")]
    [InlineData("(at 700 °C)23, and", "(|at|700|°C|)|23|,|and")]
    [InlineData("Ca(OH)2 forms", "Ca(OH)2|forms")]
    [InlineData("Ca(OH)2, and", "Ca(OH)2|,|and")]
    [InlineData("Ce₀.₉Gd₀.₁O₁.₉₅)", "Ce₀.₉Gd₀.₁O₁.₉₅|)")]
    [InlineData("Li₇La₃(Zr,Ta)₂O₁₂ is cubic", "Li₇La₃(Zr,Ta)₂O₁₂|is|cubic")]
    [InlineData("garnets¹²,¹³ are stable", "garnets|¹²,¹³|are|stable")]
    [InlineData("garnets^{12} are stable", "garnets|^{12}|are|stable")]
    [InlineData("area of 1 cm² only", "area|of|1|cm²|only")]
    [InlineData("~1 Ω cm² and <0.05", "~|1|Ω|cm²|and|<|0.05")]
    [InlineData("1.6×10⁻⁴ S cm⁻¹", "1.6|×|10⁻⁴|S|cm⁻¹")]
    [InlineData("0.3–0.4 V", "0.3|–|0.4|V")]
    [InlineData("95% retention", "95|%|retention")]
    [InlineData("“quoted” words;", "“|quoted|”|words|;")]
    [InlineData("Pt/GDC/YSZ/Pt cells", "Pt|/|GDC|/|YSZ|/|Pt|cells")]
    [InlineData("Li₂CO₃/LiOH layer", "Li₂CO₃|/|LiOH|layer")]
    [InlineData("1 mA/cm2 and 3 S/cm", "1|mA/cm2|and|3|S/cm")]
    [InlineData("and/or V/K", "and/or|V/K")]
    [InlineData("Pt/yttria-stabilized zirconia in H2/air", "Pt|/|yttria-stabilized|zirconia|in|H2|/|air")]
    [InlineData("Charge/discharge and input/output", "Charge/discharge|and|input/output")]
    [InlineData("(La,Sr)MnO₃/CGO and (Li/Na)₂O", "(La,Sr)MnO₃|/|CGO|and|(Li/Na)₂O")]
    [InlineData("the (ABCD)12 cathode", "the|(|ABCD|)|12|cathode")] // a group that is no formula, then a citation
    [InlineData("(ABC)-YSZ and (SrTiO₃)-YSZ", "(|ABC|)|-|YSZ|and|(|SrTiO₃|)|-|YSZ")] // a group joined to a name
    [InlineData("(La₀.₈Sr₀.₂)₀.₉₅MnO₃ and (OH)₂", "(La₀.₈Sr₀.₂)₀.₉₅MnO₃|and|(OH)₂")] // formula groups stay whole
    [InlineData("a zirconate15 film", "a|zirconate|15|film")] // a citation glued onto a word
    [InlineData("at 900 °C121314 or 650 °C,6,19 and ABC.59 films", "at|900|°C|121314|or|650|°C|,|6,19|and|ABC|.|59|films")] // or after a unit or name
    [InlineData("LiCoO2 and Li0.5 in 3 cm2", "LiCoO2|and|Li0.5|in|3|cm2")]
    [InlineData("V₂O₅-based and Li-rich, not Ta-doped or self-supported", "V₂O₅|-|based|and|Li|-|rich|,|not|Ta-doped|or|self-supported")]
    [InlineData("O₂-annealed and Ar-sintered", "O₂|-|annealed|and|Ar|-|sintered")]
    [InlineData("the Li-site and Li⁺-conducting", "the|Li|-|site|and|Li⁺|-|conducting")]
    [InlineData("SnF2-assisted and Ag-induced", "SnF2|-|assisted|and|Ag|-|induced")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Splits_chemistry_text_into_the_expected_tokens(string sentence, string expected)
    {
        var tokens = ChemTokenizer.Tokenize(sentence);

        Assert.Equal(expected, string.Join('|', tokens.Select(t => t.Text)));
    }

    [Theory]
    [InlineData("The Li₆.₄La₃Zr₁.₄Ta₀.₆O₁₂ (LLZTO) pellet showed 2.6 mA cm⁻² at 25 °C [12].")]
    [InlineData("  leading spaces, “quotes”, and trailing dots...")]
    public void Tokens_keep_their_offsets_into_the_sentence(string sentence)
    {
        var tokens = ChemTokenizer.Tokenize(sentence);

        Assert.NotEmpty(tokens);
        Assert.All(tokens, t => Assert.Equal(t.Text, sentence[t.Start..t.End]));
        Assert.All(tokens.Zip(tokens.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start));
        Assert.Equal(sentence.Where(c => !char.IsWhiteSpace(c)).Count(), tokens.Sum(t => t.Text.Length));
    }
}
