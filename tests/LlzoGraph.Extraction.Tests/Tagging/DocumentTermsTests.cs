using LlzoGraph.Core.Documents;
using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class DocumentTermsTests
{
    private static Document Paper() => new("p.txt", new DocumentMetadata("t", [], null, null, null), [],
        [
            new Block(0, BlockKind.Paragraph, "Films were grown by pulsed laser deposition (PLD).", "1"),
            new Block(1, BlockKind.Caption, "Fig. 1 Gadolinium-doped ceria (GDC) substrates.", "1"),
            new Block(2, BlockKind.Reference, "Poly(ethylene oxide) (PEO) handbook.", "References"),
        ],
        [], []);

    [Fact]
    public void A_paper_s_terms_come_from_its_running_text_and_captions_and_are_read_once()
    {
        var paper = Paper();

        var terms = DocumentTerms.Of(paper);

        Assert.Equal(DocumentTerms.TermKind.Strategy, terms.KindOf("PLD"));
        Assert.Equal(DocumentTerms.TermKind.Substance, terms.KindOf("GDC"));
        Assert.Null(terms.KindOf("PEO"));
        Assert.Same(terms, DocumentTerms.Of(paper));
        Assert.NotSame(terms, DocumentTerms.Of(Paper()));
    }

    [Fact]
    public void A_short_form_is_a_substance_when_its_name_ends_in_one_not_when_a_device_holds_one()
    {
        var terms = DocumentTerms.Of("A solid oxide fuel cell (SOFC) with samarium-doped ceria (SDC) and the oxygen reduction reaction (ORR).");

        Assert.Equal(DocumentTerms.TermKind.Substance, terms.KindOf("SDC"));
        Assert.Equal(DocumentTerms.TermKind.Other, terms.KindOf("SOFC"));
        Assert.Equal(DocumentTerms.TermKind.Other, terms.KindOf("ORR"));
        Assert.Equal(["SDC"], terms.Substances);
    }

    [Fact]
    public void A_short_form_of_how_two_phases_are_arranged_is_no_substance()
    {
        var terms = DocumentTerms.Of("Both ceramic-in-polymer (CIP) and polymer-in-ceramic (PIC) membranes hold lithium lanthanum zirconate (LLZ).");

        Assert.Equal(DocumentTerms.TermKind.Other, terms.KindOf("CIP"));
        Assert.Equal(DocumentTerms.TermKind.Other, terms.KindOf("PIC"));
        Assert.Equal(["LLZ"], terms.Substances);
    }
}
