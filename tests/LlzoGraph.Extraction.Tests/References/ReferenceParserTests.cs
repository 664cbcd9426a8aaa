using LlzoGraph.Core.Documents;
using LlzoGraph.Extraction.References;

namespace LlzoGraph.Extraction.Tests.References;

public class ReferenceParserTests
{
    private static ReferenceEntry Parse(string raw, int number = 1) =>
        ReferenceParser.Parse(new ReferenceEntry(number, raw, [], null, null, null, null, null, null));

    public static TheoryData<string, string[], string, string, int, string?, string?> Entries => new()
    {
        {
            "A. Okafor and B. C. Lindqvist, Invented anodes for imaginary cells, ACS Nano, 2012, 6, 1201-1210.",
            ["A. Okafor", "B. C. Lindqvist"], "Invented anodes for imaginary cells", "ACS Nano", 2012, "6", "1201-1210"
        },
        {
            "Q.-K. Zhang, X.-Q. Li and J. Wan, Hyphenated initials in an invented title, Angew. Chem., Int. Ed., 2020, 59, 4521-4530.",
            ["Q.-K. Zhang", "X.-Q. Li", "J. Wan"], "Hyphenated initials in an invented title", "Angew. Chem., Int. Ed.", 2020, "59", "4521-4530"
        },
        {
            "F. A. Garcia Daza, J. G. Pereira da Silva and L. van der Berg, Compound surnames, Phys. Rev. B, 2019, 99, 014101.",
            ["F. A. Garcia Daza", "J. G. Pereira da Silva", "L. van der Berg"], "Compound surnames", "Phys. Rev. B", 2019, "99", "014101"
        },
        {
            "X. Fan and C. Wang, An article number with letters, Sci. Adv., 2017, 3, eadd8972.",
            ["X. Fan", "C. Wang"], "An article number with letters", "Sci. Adv.", 2017, "3", "eadd8972"
        },
        {
            "A. Bee, C. Dee and E. Eff, An article number and no volume, Adv. Mater., 2023, 2308275.",
            ["A. Bee", "C. Dee", "E. Eff"], "An article number and no volume", "Adv. Mater.", 2023, null, "2308275"
        },
        {
            "J. Solo, Title, with a comma inside it, Chem. Rev., 2020, 120, 6820–6877.",
            ["J. Solo"], "Title, with a comma inside it", "Chem. Rev.", 2020, "120", "6820-6877"
        },
        {
            "*J. Solo*, An entry with conversion markup, *Chem. Rev.*, 2020, **120**, 6820–6877.",
            ["J. Solo"], "An entry with conversion markup", "Chem. Rev.", 2020, "120", "6820-6877"
        },
        {
            "Smith, J., Doe, A.B. and Lee, C., 2020. An author-year title. J. Power Sources 450, 227-235.",
            ["J. Smith", "A. B. Doe", "C. Lee"], "An author-year title", "J. Power Sources", 2020, "450", "227-235"
        },
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public void Reads_authors_title_journal_year_volume_and_pages(string raw, string[] authors, string title, string journal, int year, string? volume, string? pages)
    {
        var entry = Parse(raw);

        Assert.Null(entry.Problem);
        Assert.Equal(authors, entry.Authors);
        Assert.Equal(title, entry.Title);
        Assert.Equal(journal, entry.Journal);
        Assert.Equal(year, entry.Year);
        Assert.Equal(volume, entry.Volume);
        Assert.Equal(pages, entry.Pages);
        Assert.Equal(raw, entry.Raw);
        Assert.NotNull(entry.FieldConfidence);
        Assert.All(entry.FieldConfidence!.Values, c => Assert.InRange(c, 0, 1));
    }

    [Fact]
    public void The_surname_of_a_compound_name_is_everything_after_the_initials()
    {
        var entry = Parse("J. G. Pereira da Silva and K. Ell, Compound surnames again, Phys. Rev. B, 2018, 98, 1-9.");
        Assert.Equal("Pereira da Silva", entry.FirstAuthorSurname);
        Assert.Equal("physrevb", entry.JournalKey);
    }

    [Fact]
    public void A_two_segment_journal_is_less_certain_about_the_title()
    {
        var twoSegments = Parse("Q.-K. Zhang, A title, Angew. Chem., Int. Ed., 2020, 59, 1-2.");
        var oneSegment = Parse("Q.-K. Zhang, A title, Chem. Rev., 2020, 59, 1-2.");
        Assert.True(twoSegments.FieldConfidence!["title"] < oneSegment.FieldConfidence!["title"]);
    }

    [Fact]
    public void An_article_number_without_volume_is_less_certain_about_the_volume()
    {
        var entry = Parse("A. Bee, Article number only, Adv. Mater., 2023, 2308275.");
        Assert.Null(entry.Volume);
        Assert.True(entry.FieldConfidence!["volume"] < 0.9);
    }

    [Theory]
    [InlineData("K. Ell, A title with a doi, Joule, 2019, 3, 1190-1199, DOI: 10.9999/joule.2019.001.", "10.9999/joule.2019.001")]
    [InlineData("K. Ell, A title with a doi, Joule, 2019, 3, 1190-1199, https://doi.org/10.9999/joule.2019.001", "10.9999/joule.2019.001")]
    [InlineData("K. Ell, A title with a doi, Joule, 2019, 3, 1190-1199, doi:10.9999/joule.2019.001).", "10.9999/joule.2019.001")]
    public void Reads_a_doi_and_the_fields_around_it(string raw, string doi)
    {
        var entry = Parse(raw);
        Assert.Equal(doi, entry.Doi);
        Assert.Equal("Joule", entry.Journal);
        Assert.Equal("1190-1199", entry.Pages);
        Assert.Null(entry.Problem);
    }

    [Fact]
    public void Reads_an_issue_in_parentheses()
    {
        var entry = Parse("J. Solo, A title with an issue, Chem. Rev., 2020, 120(14), 6820-6877.");
        Assert.Equal("120", entry.Volume);
        Assert.Equal("14", entry.Issue);
    }

    [Fact]
    public void A_patent_keeps_its_office_as_journal_and_its_number_as_pages()
    {
        var entry = Parse("M. Inventor and N. Other, US Pat., US2021012345, 2021.");
        Assert.Null(entry.Problem);
        Assert.Equal(["M. Inventor", "N. Other"], entry.Authors);
        Assert.Equal("US Pat.", entry.Journal);
        Assert.Equal("US2021012345", entry.Pages);
        Assert.Equal(2021, entry.Year);
        Assert.Null(entry.Title);
    }

    [Theory]
    [InlineData("M. Inventor, Method for making garnet films, Patent pending, filed by Example Corp.", null)]
    [InlineData("Example Corp., Garnet pellet press, WO patent application, 2019.", 2019)]
    [InlineData("Personal communication.", null)]
    [InlineData("", null)]
    [InlineData("2019", 2019)]
    [InlineData(",,,,....", null)]
    public void An_entry_that_cannot_be_parsed_is_kept_raw_with_a_problem(string raw, int? year)
    {
        var entry = Parse(raw, 12);

        Assert.Equal(12, entry.Number);
        Assert.Equal(raw, entry.Raw);
        Assert.False(string.IsNullOrWhiteSpace(entry.Problem));
        Assert.Null(entry.Title);
        Assert.Null(entry.Journal);
        Assert.Equal(year, entry.Year);
    }

    [Fact]
    public void Garbage_of_any_length_never_throws()
    {
        var random = new Random(5);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:()-–*&'’";
        for (var i = 0; i < 200; i++)
        {
            var raw = new string(Enumerable.Range(0, random.Next(0, 600)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var entry = Parse(raw);
            Assert.Equal(raw, entry.Raw);
            Assert.True(entry.Problem is not null || entry.Authors.Count > 0);
        }
    }
}
