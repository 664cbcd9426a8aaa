using System.Text;
using LlzoGraph.Documents.ConvertedText;

namespace LlzoGraph.Documents.Tests.ConvertedText;

/// <summary>Files that are not readable papers give a failure with a reason, never an exception.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "empty" },
        { "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "UTF-8" },
        { "zeros.txt", Encoding.UTF8.GetBytes("1. Introduction\n\nText\0with\0nul\0bytes.\n"), "binary" },
        { "controls.txt", Enumerable.Range(0, 400).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41)).ToArray(), "binary" },
        { "latin1.txt", Encoding.Latin1.GetBytes("1. Introduction\n\nCaf\u00e9 pellets were sintered at 900 \u00b0C for the r\u00e9sum\u00e9.\n"), "UTF-8" },
        { "blank.txt", Encoding.UTF8.GetBytes("\n\n   \n\t\n"), "no paragraphs" },
        { "headings.txt", Encoding.UTF8.GetBytes("Summary\n\nOutlook\n\nAcknowledgements\n"), "no paragraphs" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_a_failure_with_a_reason(string name, byte[] bytes, string reason)
    {
        var path = folder.Write(name, bytes);

        var read = await new ConvertedTextReader().ReadAsync(path);

        Assert.False(read.Ok);
        Assert.Null(read.Value);
        Assert.Contains(reason, read.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_missing_file_is_a_failure_with_a_reason()
    {
        var read = await new ConvertedTextReader().ReadAsync(Path.Combine(folder.Path, "no-such-paper.txt"));
        Assert.False(read.Ok);
        Assert.Contains("not found", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_is_a_failure_with_a_reason()
    {
        var read = await new ConvertedTextReader().ReadAsync(Path.Combine(folder.Path, "no-such-folder", "paper.txt"));
        Assert.False(read.Ok);
        Assert.False(string.IsNullOrWhiteSpace(read.Error));
    }

    [Fact]
    public void Bytes_of_random_noise_never_throw()
    {
        var random = new Random(20240117);
        for (var i = 0; i < 50; i++)
        {
            var bytes = new byte[random.Next(0, 4096)];
            random.NextBytes(bytes);
            var read = ConvertedTextReader.Read("noise.txt", bytes);
            Assert.True(read.Ok || !string.IsNullOrWhiteSpace(read.Error));
        }
    }

    [Fact]
    public void Random_printable_text_never_throws()
    {
        var random = new Random(7);
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789 .,;:()[]{}$^_\\~-–—|\t\n\n⁰¹²³⁻₂₃ΩµÅ°";
        for (var i = 0; i < 30; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 8000)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var read = ConvertedTextReader.Read("noise.txt", Encoding.UTF8.GetBytes(text));
            Assert.True(read.Ok || !string.IsNullOrWhiteSpace(read.Error));
        }
    }

    [Fact]
    public async Task A_good_file_reads_from_disk_with_its_path_as_source()
    {
        var path = folder.Write("good.txt", Encoding.UTF8.GetBytes(Synthetic.FrontMatter + "1. Introduction\n\nPellets were pressed.\n"));

        var read = await new ConvertedTextReader().ReadAsync(path);

        Assert.True(read.Ok, read.Error);
        Assert.Equal(path, read.Value!.Source);
    }

    [Fact]
    public async Task A_file_with_a_byte_order_mark_and_crlf_line_ends_reads_like_any_other()
    {
        var text = (Synthetic.FrontMatter + "1. Introduction\n\nPellets were pressed.\n").Replace("\n", "\r\n", StringComparison.Ordinal);
        var path = folder.Write("windows.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        var read = await new ConvertedTextReader().ReadAsync(path);

        Assert.True(read.Ok, read.Error);
        Assert.Equal(Synthetic.Title, read.Value!.Metadata.Title);
        Assert.Equal("JOURNAL OF IMAGINARY MATERIALS", read.Value.Blocks[0].Text);
        Assert.Equal("Pellets were pressed.", Assert.Single(read.Value.Paragraphs()).Text);
        Assert.DoesNotContain(read.Value.Blocks, b => b.Text.Contains('\uFEFF', StringComparison.Ordinal) || b.Text.Contains('\r', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("paper.txt", true)]
    [InlineData("paper.TXT", true)]
    [InlineData("paper.md", true)]
    [InlineData("paper.markdown", true)]
    [InlineData("paper.pdf", false)]
    [InlineData("paper.docx", false)]
    [InlineData("paper", false)]
    public void Claims_only_text_extensions(string path, bool expected)
    {
        Assert.Equal(expected, new ConvertedTextReader().CanRead(path));
    }
}
