using System.Text;
using LlzoGraph.Core.Documents;
using LlzoGraph.Documents.ConvertedText;

namespace LlzoGraph.Documents.Tests;

/// <summary>
/// Small converted-text documents written for the tests: a front matter the reader recognises, then whatever
/// body a test needs. Nothing here comes from the corpus.
/// </summary>
internal static class Synthetic
{
    /// <summary>An abstract long enough (80+ words) to be recognised as one.</summary>
    public static readonly string Abstract = string.Join(' ', Enumerable.Repeat("Imaginary garnet electrolytes are described here in invented words only.", 10));

    public const string Title = "Invented interfaces of imaginary garnet electrolytes for reader tests";

    public static string FrontMatter => $"""
        JOURNAL OF IMAGINARY MATERIALS

        ARTICLE

        {Title}

        Alice Kowalski,†a Bram Devries*b and Chen Yu *a

        {Abstract}

        Received 3rd March 2021, Accepted 9th May 2022

        DOI: 10.9999/imaginary.2022.001
        """ + "\n\n";

    /// <summary>Reads the front matter followed by <paramref name="body"/>; fails the test when the reader fails.</summary>
    public static Document Read(string body)
    {
        var parsed = ConvertedTextReader.Read("synthetic.txt", Encoding.UTF8.GetBytes(FrontMatter + body));
        Assert.True(parsed.Ok, parsed.Error);
        return parsed.Value!;
    }

    public static IReadOnlyList<Block> Paragraphs(this Document document) => document.Blocks.Where(b => b.Kind == BlockKind.Paragraph).ToList();

    public static IReadOnlyList<Block> OfKind(this Document document, BlockKind kind) => document.Blocks.Where(b => b.Kind == kind).ToList();
}
