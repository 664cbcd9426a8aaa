using LlzoGraph.Extraction.Tagging;

namespace LlzoGraph.Extraction.Tests.Tagging;

public sealed class ConsistentEntityTaggerTests
{
    /// <summary>Tags a name as MATERIAL only where its cue word stands just before it, as a sentence-bound model would.</summary>
    private sealed class AfterCue(double confidence, params (string Cue, string Name)[] names) : IEntityTagger
    {
        public AfterCue(string cue, string name, double confidence = 0.95)
            : this(confidence, (cue, name))
        {
        }

        public int Calls { get; private set; }

        public IReadOnlyList<EntityMention> Tag(string sentence)
        {
            Calls++;
            return names.Where(n => sentence.Contains(n.Cue + " " + n.Name, StringComparison.Ordinal))
                .Select(n => (n.Name, Start: sentence.IndexOf(n.Cue + " " + n.Name, StringComparison.Ordinal) + n.Cue.Length + 1))
                .Select(n => new EntityMention(EntityType.Material, n.Start, n.Start + n.Name.Length, n.Name, confidence))
                .ToList();
        }
    }

    private const string Paper = "The cathode is made of SCNT powder.\nSCNT was then heated to 900 °C. The Ni-SCNT cermet worked.";

    [Fact]
    public void A_name_the_paper_tags_confidently_is_tagged_where_it_stands_alone()
    {
        var tagger = new ConsistentEntityTagger(new AfterCue("of", "SCNT"), minimumShare: 0.3);

        var mentions = tagger.Tag("SCNT was then heated to 900 °C.", TaggingDomain.SofcExp, DocumentTerms.Of(Paper));

        var m = Assert.Single(mentions);
        Assert.Equal((EntityType.Material, 0, 4, "SCNT"), (m.Type, m.Start, m.End, m.Text));
    }

    [Fact]
    public void A_name_the_paper_tags_is_not_carried_to_an_author_of_that_name()
    {
        const string paper = "The anode is made of Li metal.\nLi et al. heated the pellet. Li and co-workers cooled it.";
        var tagger = new ConsistentEntityTagger(new AfterCue("of", "Li"), minimumShare: 0);

        Assert.Empty(tagger.Tag("Li et al. heated the pellet.", TaggingDomain.Project, DocumentTerms.Of(paper)));
        Assert.Empty(tagger.Tag("Li and co-workers cooled it.", TaggingDomain.Project, DocumentTerms.Of(paper)));
    }

    [Fact]
    public void A_symbol_the_paper_tags_is_not_carried_to_the_word_it_spells_at_a_sentence_start()
    {
        const string paper = "The anode is made of In foil.\nIn contrast, the pellet held. Then In melted.";
        var tagger = new ConsistentEntityTagger(new AfterCue("of", "In"), minimumShare: 0);

        Assert.Empty(tagger.Tag("In contrast, the pellet held.", TaggingDomain.Project, DocumentTerms.Of(paper)));
        Assert.Equal(["In"], tagger.Tag("Then In melted.", TaggingDomain.Project, DocumentTerms.Of(paper)).Select(m => m.Text));
    }

    [Fact]
    public void A_name_inside_a_longer_token_is_not_tagged() =>
        Assert.Empty(new ConsistentEntityTagger(new AfterCue("of", "SCNT"), minimumShare: 0).Tag("The Ni-SCNT cermet worked.", TaggingDomain.SofcExp, DocumentTerms.Of(Paper)));

    [Theory]
    [InlineData(0.5, 0.2)] // tagged with too little confidence
    [InlineData(0.95, 0.5)] // tagged at one of three places in the paper: fewer than half
    public void A_name_the_paper_rarely_or_weakly_tags_is_left_alone(double confidence, double share)
    {
        var paper = "The cathode is made of SCNT powder. SCNT was heated. SCNT was cooled.";
        var tagger = new ConsistentEntityTagger(new AfterCue("of", "SCNT", confidence), minimumShare: share);

        Assert.Empty(tagger.Tag("SCNT was heated.", TaggingDomain.SofcExp, DocumentTerms.Of(paper)));
    }

    [Fact]
    public void Without_the_paper_the_inner_tags_stand_and_a_sentence_of_the_paper_is_tagged_once()
    {
        var inner = new AfterCue("of", "SCNT");
        var tagger = new ConsistentEntityTagger(inner);
        var terms = DocumentTerms.Of(Paper);

        Assert.Empty(tagger.Tag("SCNT was then heated to 900 °C.", TaggingDomain.SofcExp, DocumentTerms.None));
        tagger.Tag("SCNT was then heated to 900 °C.", TaggingDomain.SofcExp, terms);
        var afterFirst = inner.Calls;
        tagger.Tag("SCNT was then heated to 900 °C.", TaggingDomain.SofcExp, terms);

        Assert.Equal(4, afterFirst); // the sentence without the paper, then the paper's three sentences
        Assert.Equal(afterFirst, inner.Calls);
    }

    [Fact]
    public void What_the_inner_tagger_found_wins_over_a_propagated_name()
    {
        var tagger = new ConsistentEntityTagger(new AfterCue(0.95, ("of", "SCNT"), ("new", "SCNT cathode")));
        var paper = "A pellet of SCNT was pressed. The new SCNT cathode was tested.";

        var mentions = tagger.Tag("The new SCNT cathode was tested.", TaggingDomain.SofcExp, DocumentTerms.Of(paper));

        Assert.Equal(["SCNT cathode"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void The_paper_is_read_in_the_domain_of_each_sentence()
    {
        var tagger = new ConsistentEntityTagger(new InOneDomain(TaggingDomain.SofcExp, new AfterCue("of", "SCNT")));
        var terms = DocumentTerms.Of("Made of SCNT. Then SCNT was heated.");

        Assert.Empty(tagger.Tag("Then SCNT was heated.", TaggingDomain.Project, terms));
        Assert.Equal("SCNT", Assert.Single(tagger.Tag("Then SCNT was heated.", TaggingDomain.SofcExp, terms)).Text);
    }

    /// <summary>Tags as the inner tagger does in one domain, and nothing in the others.</summary>
    private sealed class InOneDomain(TaggingDomain only, IEntityTagger inner) : IEntityTagger
    {
        public IReadOnlyList<EntityMention> Tag(string sentence) => Tag(sentence, TaggingDomain.Project);

        public IReadOnlyList<EntityMention> Tag(string sentence, TaggingDomain domain) => domain == only ? inner.Tag(sentence) : [];
    }

    [Fact]
    public void A_short_form_the_paper_defines_for_a_substance_is_a_material_where_the_inner_tagger_missed_it()
    {
        const string paper = "The anode was gadolinium-doped ceria (GDC).\nGDC was heated to 900 °C.";
        var tagger = new ConsistentEntityTagger(new AfterCue("of", "XYZ"));

        var m = Assert.Single(tagger.Tag("GDC was heated to 900 °C.", TaggingDomain.SofcExp, DocumentTerms.Of(paper)));

        Assert.Equal((EntityType.Material, 0, 3, "GDC"), (m.Type, m.Start, m.End, m.Text));
    }
}
