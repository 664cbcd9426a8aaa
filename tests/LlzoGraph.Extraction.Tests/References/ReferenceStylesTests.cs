using LlzoGraph.Core.Documents;
using LlzoGraph.Extraction.References;

namespace LlzoGraph.Extraction.Tests.References;

public class ReferenceStylesTests
{
    private static ReferenceEntry Parse(string raw) => ReferenceParser.Parse(new ReferenceEntry(1, raw, [], null, null, null, null, null, null));

    [Fact]
    public void A_compound_surname_with_a_particle_stays_whole()
    {
        var r = Parse("H. Huo, J. G. Pereira da Silva and X. Sun, Design of a mixed conductive interface, Energy Environ. Sci., 2020, 13, 127-134.");

        Assert.Equal(["H. Huo", "J. G. Pereira da Silva", "X. Sun"], r.Authors);
        Assert.Equal("Design of a mixed conductive interface", r.Title);
        Assert.Equal("Pereira da Silva", ReferenceEntry.Surname(r.Authors[1]));
    }

    [Fact]
    public void A_patent_keeps_its_office_and_number()
    {
        var r = Parse("A. Inventor and B. Inventor, US Pat., US2023063636, 2023.");

        Assert.Equal(["A. Inventor", "B. Inventor"], r.Authors);
        Assert.Equal(((string?)null, "US Pat.", (int?)2023, "US2023063636"), (r.Title, r.Journal, r.Year, r.Pages));
        Assert.Null(r.Problem);
    }

    [Fact]
    public void Markup_and_a_doi_are_read_and_fields_carry_confidence()
    {
        var r = Parse("W. Feng and Y. Xia, Stabilization of an interphase, *Sci. Adv.*, 2022, **8**, eadd8972, DOI: 10.1126/sciadv.add8972.");

        Assert.Equal(("Sci. Adv.", "8", "eadd8972", "10.1126/sciadv.add8972"), (r.Journal, r.Volume, r.Pages, r.Doi));
        Assert.Equal("sciadv", r.JournalKey);
        Assert.NotNull(r.FieldConfidence);
        Assert.All(r.FieldConfidence!.Values, c => Assert.InRange(c, 0.5, 1.0));
    }

    [Fact]
    public void An_author_year_entry_is_read_into_the_same_fields()
    {
        var r = Parse("Feng, W., Hu, J., Xia, Y., 2022. Stabilization of garnet/Li interphase by diluting the electronic conductor. Sci. Adv. 8(5), 1-10.");

        Assert.Equal(["W. Feng", "J. Hu", "Y. Xia"], r.Authors);
        Assert.Equal(("Stabilization of garnet/Li interphase by diluting the electronic conductor", "Sci. Adv.", (int?)2022, "8", "5", "1-10"),
            (r.Title, r.Journal, r.Year, r.Volume, r.Issue, r.Pages));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Personal communication.")]
    [InlineData("@@@@ ,,, 12")]
    public void What_cannot_be_parsed_is_kept_raw_with_a_reason(string raw)
    {
        var r = Parse(raw);

        Assert.Equal(raw, r.Raw);
        Assert.False(string.IsNullOrWhiteSpace(r.Problem));
    }
}
